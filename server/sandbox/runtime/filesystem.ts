/**
 * The read-only view of a container's filesystem: the image's files, what the runtime writes
 * (/etc/hostname, /etc/hosts, /etc/resolv.conf), mounted volumes, the service-account token and
 * /proc. Nothing here can be written; the sandbox keeps no container state between execs.
 */

import { findContainer } from './pod-spec';
import { formatProcStatus } from './proc-status';
import type { ContainerProcess, FileNode } from './types';

const CLUSTER_DOMAIN = 'cluster.local';
const CLUSTER_DNS = '10.96.0.10';
const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function file(content: () => string, mode = 0o644, uid = 0, gid = 0): FileNode {
  return { kind: 'file', mode, uid, gid, content };
}

function dir(mode = 0o755, uid = 0, gid = 0): FileNode {
  return { kind: 'dir', mode, uid, gid };
}

/** Adds `path` and every missing parent directory. */
function put(files: Map<string, FileNode>, path: string, node: FileNode): void {
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const parent = '/' + parts.slice(0, i).join('/');
    if (!files.has(parent)) files.set(parent, dir());
  }
  files.set(path, node);
}

function volumeMountPaths(proc: ContainerProcess): string[] {
  const mounts = (findContainer(proc.pod, proc.request.container) as { volumeMounts?: unknown })
    ?.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  return mounts
    .map((m) => (m as { mountPath?: unknown }).mountPath)
    .filter((p): p is string => typeof p === 'string' && p.startsWith('/'));
}

function resolvConf(namespace: string): string {
  return (
    `search ${namespace}.svc.${CLUSTER_DOMAIN} svc.${CLUSTER_DOMAIN} ${CLUSTER_DOMAIN}\n` +
    `nameserver ${CLUSTER_DNS}\n` +
    'options ndots:5\n'
  );
}

function hostsFile(proc: ContainerProcess): string {
  const lines = [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
  ];
  if (proc.podIP) lines.push(`${proc.podIP}\t${proc.hostname}`);
  return lines.join('\n') + '\n';
}

/** Name of PID 1: the container's command, else the image's own entry program. */
function mainProcessName(proc: ContainerProcess): string {
  const command = (findContainer(proc.pod, proc.request.container) as { command?: unknown })
    ?.command;
  const first =
    Array.isArray(command) && typeof command[0] === 'string' ? command[0] : proc.image.name;
  // The kernel keeps at most 15 characters of a process name.
  return (first.split('/').pop() ?? first).slice(0, 15);
}

export function buildFilesystem(proc: ContainerProcess): Map<string, FileNode> {
  const files = new Map<string, FileNode>([['/', dir()]]);
  for (const name of proc.image.rootDirectories) put(files, `/${name}`, dir());
  put(files, '/root', dir(0o700));
  put(files, '/tmp', dir(0o1777));
  for (const [path, content] of Object.entries(proc.image.files)) {
    const secret = path === '/etc/shadow';
    put(
      files,
      path,
      file(() => content, secret ? 0o640 : 0o644),
    );
  }
  const namespace = proc.pod.metadata.namespace ?? 'default';
  put(
    files,
    '/etc/hostname',
    file(() => proc.hostname + '\n'),
  );
  put(
    files,
    '/etc/hosts',
    file(() => hostsFile(proc)),
  );
  put(
    files,
    '/etc/resolv.conf',
    file(() => resolvConf(namespace)),
  );
  for (const mountPath of volumeMountPaths(proc)) {
    if (!files.has(mountPath)) put(files, mountPath, dir(0o777));
  }
  put(
    files,
    `${SERVICE_ACCOUNT_DIR}/namespace`,
    file(() => namespace),
  );
  const token = proc.request.cluster?.token;
  if (token)
    put(
      files,
      `${SERVICE_ACCOUNT_DIR}/token`,
      file(() => token),
    );
  put(
    files,
    '/proc/self/status',
    file(() => formatProcStatus(proc, proc.comm.slice(0, 15)), 0o444),
  );
  put(
    files,
    '/proc/1/status',
    file(() => formatProcStatus(proc, mainProcessName(proc), 1), 0o444),
  );
  put(
    files,
    '/proc/sys/kernel/cap_last_cap',
    file(() => '40\n', 0o444),
  );
  put(
    files,
    '/proc/sys/kernel/hostname',
    file(() => proc.hostname + '\n'),
  );
  return files;
}

/** Makes `path` absolute against `cwd` and folds `.`, `..` and repeated slashes. */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function listDirectory(files: Map<string, FileNode>, path: string): string[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  const names = new Set<string>();
  for (const key of files.keys()) {
    if (key !== path && key.startsWith(prefix)) {
      const rest = key.slice(prefix.length);
      names.add(rest.split('/')[0]!);
    }
  }
  return [...names].sort();
}

/**
 * Whether the process may read the node (or list it, for a directory). Root reads anything
 * while it holds CAP_DAC_OVERRIDE; otherwise the owner, group or other bits decide.
 */
export function canRead(proc: ContainerProcess, node: FileNode): boolean {
  if (proc.uid === 0 && proc.effective.includes('DAC_OVERRIDE')) return true;
  if (proc.effective.includes('DAC_READ_SEARCH')) return true;
  if (node.uid === proc.uid) return (node.mode & 0o400) !== 0;
  if (node.gid === proc.gid || proc.groups.includes(node.gid)) return (node.mode & 0o040) !== 0;
  return (node.mode & 0o004) !== 0;
}
