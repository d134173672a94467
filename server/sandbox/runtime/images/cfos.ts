/**
 * Fortinet's cFOS container firewall. What matters for the labs is its iptables (v1.8.7,
 * legacy backend) and iputils ping, which fail without CAP_NET_ADMIN and CAP_NET_RAW. The base
 * system is modelled as Debian, with dash as sh; that part is an approximation.
 */

import { iptables } from '../commands/iptables';
import type { ImageProfile } from '../types';
import {
  DEBIAN_GROUP,
  DEBIAN_OS_RELEASE,
  DEBIAN_PASSWD,
  DEBIAN_PATH,
  DEBIAN_ROOT_DIRECTORIES,
} from './debian-files';

export const cfosImage: ImageProfile = {
  name: 'cfos',
  userland: 'gnu',
  shells: { sh: 'dash', dash: 'dash', bash: 'bash' },
  ping: 'iputils',
  hasIp: true,
  env: { PATH: DEBIAN_PATH },
  files: {
    '/etc/os-release': DEBIAN_OS_RELEASE,
    '/etc/passwd': DEBIAN_PASSWD,
    '/etc/group': DEBIAN_GROUP,
    '/etc/shadow': 'root:*:19970:0:99999:7:::\n',
  },
  rootDirectories: [...DEBIAN_ROOT_DIRECTORIES, 'data'],
  commands: {
    iptables,
    'iptables-legacy': iptables,
  },
};
