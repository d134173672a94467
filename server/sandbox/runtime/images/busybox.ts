/** The official `busybox` image: busybox ash and applets, no /etc/os-release. */

import type { ImageProfile } from '../types';
import { BUSYBOX_GROUP, BUSYBOX_PASSWD, BUSYBOX_SHADOW } from './busybox-files';

export const busyboxImage: ImageProfile = {
  name: 'busybox',
  userland: 'busybox',
  shells: { sh: 'ash', ash: 'ash' },
  ping: 'busybox',
  hasIp: true,
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  files: {
    '/etc/passwd': BUSYBOX_PASSWD,
    '/etc/group': BUSYBOX_GROUP,
    '/etc/shadow': BUSYBOX_SHADOW,
  },
  rootDirectories: [
    'bin',
    'dev',
    'etc',
    'home',
    'lib',
    'lib64',
    'proc',
    'root',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
  commands: {},
};
