/**
 * The official `nginx` image (Debian bookworm): dash as sh, bash, coreutils; no ping and no
 * iproute2, as in the real image. `nginx -v` reports its version.
 */

import type { Command, ImageProfile } from '../types';
import {
  DEBIAN_GROUP,
  DEBIAN_OS_RELEASE,
  DEBIAN_PASSWD,
  DEBIAN_PATH,
  DEBIAN_ROOT_DIRECTORIES,
} from './debian-files';

const NGINX_VERSION = '1.27.2';

const nginx: Command = async ({ argv, io }) => {
  if (argv[1] === '-v' || argv[1] === '-V') {
    await io.err(`nginx version: nginx/${NGINX_VERSION}\n`);
    return 0;
  }
  await io.err('nginx: running a second nginx is not available in this sandbox; try "nginx -v"\n');
  return 1;
};

export const nginxImage: ImageProfile = {
  name: 'nginx',
  userland: 'gnu',
  shells: { sh: 'dash', dash: 'dash', bash: 'bash' },
  hasIp: false,
  env: {
    PATH: DEBIAN_PATH,
    NGINX_VERSION,
    NJS_VERSION: '0.8.6',
    NJS_RELEASE: '1~bookworm',
    PKG_RELEASE: '1~bookworm',
    DYNPKG_RELEASE: '1~bookworm',
  },
  files: {
    '/etc/os-release': DEBIAN_OS_RELEASE,
    '/etc/passwd': DEBIAN_PASSWD + 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n',
    '/etc/group': DEBIAN_GROUP + 'nginx:x:101:\n',
    '/etc/shadow': 'root:*:19970:0:99999:7:::\n',
    '/etc/nginx/nginx.conf':
      'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n',
    '/usr/share/nginx/html/index.html':
      '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n',
    '/docker-entrypoint.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n',
  },
  rootDirectories: [...DEBIAN_ROOT_DIRECTORIES, 'docker-entrypoint.d'],
  commands: { nginx },
};
