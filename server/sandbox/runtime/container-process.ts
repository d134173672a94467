/**
 * Builds the state of one exec'd process from the pod spec and the image: who it runs as, which
 * capabilities it holds, its environment and its view of the filesystem.
 */

import { effectiveCapabilities } from './capabilities';
import { memberGroups, parseGroups, parsePasswd } from './etc-files';
import { buildFilesystem } from './filesystem';
import { findContainer, hostnameOf, podIPOf } from './pod-spec';
import type { ExecRequest } from './process';
import type { ContainerProcess, ImageProfile } from './types';
import { resolveUser } from './user';

/** The API server's ClusterIP as every pod sees it in its environment. */
const KUBERNETES_SERVICE_IP = '10.96.0.1';

function serviceEnvironment(): Record<string, string> {
  const ip = KUBERNETES_SERVICE_IP;
  return {
    KUBERNETES_SERVICE_HOST: ip,
    KUBERNETES_SERVICE_PORT: '443',
    KUBERNETES_SERVICE_PORT_HTTPS: '443',
    KUBERNETES_PORT: `tcp://${ip}:443`,
    KUBERNETES_PORT_443_TCP: `tcp://${ip}:443`,
    KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
    KUBERNETES_PORT_443_TCP_PORT: '443',
    KUBERNETES_PORT_443_TCP_ADDR: ip,
  };
}

/** `env` entries with a literal value; `valueFrom` needs the API server and is left out. */
function containerEnvironment(request: ExecRequest): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of findContainer(request.pod, request.container)?.env ?? []) {
    if (typeof entry.name === 'string' && typeof entry.value === 'string') {
      env[entry.name] = entry.value;
    }
  }
  return env;
}

function seccompModeOf(request: ExecRequest): 0 | 2 {
  const podType = (request.pod.spec as { securityContext?: { seccompProfile?: { type?: string } } })
    ?.securityContext?.seccompProfile?.type;
  const type =
    findContainer(request.pod, request.container)?.securityContext?.seccompProfile?.type ?? podType;
  return type === 'RuntimeDefault' || type === 'Localhost' ? 2 : 0;
}

export type ProcessOptions = {
  pid: number;
  terminalColumns(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
};

export function createContainerProcess(
  request: ExecRequest,
  image: ImageProfile,
  options: ProcessOptions,
): ContainerProcess {
  const { pod, container } = request;
  const user = resolveUser(pod, container);
  const passwd = parsePasswd(image.files['/etc/passwd'] ?? '');
  const account = passwd.find((entry) => entry.uid === user.uid);
  const gid = user.gidFromSpec ? user.gid : (account?.gid ?? 0);
  const groups = [
    ...new Set([
      gid,
      ...memberGroups(parseGroups(image.files['/etc/group'] ?? ''), account?.name),
      ...user.supplementalGroups,
    ]),
  ];
  const securityContext = findContainer(pod, container)?.securityContext ?? {};
  const privileged = securityContext.privileged === true;
  const bounding = effectiveCapabilities(pod, container);
  const hostname = hostnameOf(pod);

  const proc: ContainerProcess = {
    request,
    pod,
    image,
    uid: user.uid,
    gid,
    groups,
    bounding,
    // A non-root user loses its effective capabilities unless the container is privileged.
    effective: user.uid === 0 || privileged ? bounding : [],
    noNewPrivs: securityContext.allowPrivilegeEscalation === false,
    seccompMode: seccompModeOf(request),
    pid: options.pid,
    comm: request.command[0]?.split('/').pop() ?? 'sh',
    hostname,
    podIP: podIPOf(pod),
    env: {
      ...image.env,
      HOSTNAME: hostname,
      ...serviceEnvironment(),
      ...(request.tty ? { TERM: 'xterm' } : {}),
      ...containerEnvironment(request),
    },
    cwd: '/',
    files: new Map(),
    terminalColumns: options.terminalColumns,
    sleep: options.sleep,
  };
  proc.env.HOME ??= account?.home ?? '/';
  proc.files = buildFilesystem(proc);
  return proc;
}

/** The name of a uid or gid in the image, for `id` and `whoami`. */
export function userName(proc: ContainerProcess, uid: number): string | undefined {
  return parsePasswd(proc.image.files['/etc/passwd'] ?? '').find((e) => e.uid === uid)?.name;
}

export function groupName(proc: ContainerProcess, gid: number): string | undefined {
  return parseGroups(proc.image.files['/etc/group'] ?? '').find((g) => g.gid === gid)?.name;
}
