/**
 * Shared types of the simulated runtime: what an image is made of (its profile), the state of one
 * simulated process, and the signature of a command.
 */

import type { CapabilityName } from './capabilities';
import type { KubeObject, ExecRequest } from './process';

/** Where a command's text goes; with a tty, `\n` becomes `\r\n` on the way out. */
export type Output = {
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
};

/** Text a command reads: the client's stdin or the previous command of a pipeline. */
export type Input = {
  /** Next chunk of text, or null at end of input. */
  read(): Promise<string | null>;
};

/** Which family of tools an image ships; decides error wording (`can't open 'x'` vs `x:`). */
export type Userland = 'busybox' | 'gnu';

/** busybox's ping or iputils' ping: different output and different error wording. */
export type PingFlavour = 'busybox' | 'iputils';

/** ash (busybox), dash (Debian's sh) or bash: different prompts and error wording. */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

export type FileNode =
  | { kind: 'file'; mode: number; uid: number; gid: number; content: () => string }
  | { kind: 'dir'; mode: number; uid: number; gid: number };

/** Everything the runtime needs to know about one image. Add an image by adding a profile. */
export type ImageProfile = {
  /** Canonical name (registry and tag stripped), e.g. `busybox`. */
  name: string;
  userland: Userland;
  /** Shell programs in the image and the flavour each behaves like, e.g. `{ sh: 'ash' }`. */
  shells: Record<string, ShellFlavour>;
  /** Absent when the image has no ping. */
  ping?: PingFlavour;
  /** Whether `ip` (iproute2 or busybox) is installed. */
  hasIp: boolean;
  /** Environment the image sets (Dockerfile ENV), before the pod's own `env`. */
  env: Record<string, string>;
  /** Image files: /etc/os-release, /etc/passwd, /etc/group, and any extras. */
  files: Record<string, string>;
  /** Top-level directories of the image's root filesystem. */
  rootDirectories: string[];
  /** Commands only this image has (e.g. `iptables` in cFOS); they override common ones. */
  commands: Record<string, Command>;
  /** Common commands this image does not ship. */
  without?: string[];
};

/** One simulated process inside a container. The shell mutates `env`, `cwd` and `status`. */
export type ContainerProcess = {
  request: ExecRequest;
  pod: KubeObject;
  image: ImageProfile;
  uid: number;
  gid: number;
  /** Supplementary groups, as `id` prints them. */
  groups: number[];
  /** Capability set of the container: the bounding set. */
  bounding: CapabilityName[];
  /** Effective capabilities of this process: the bounding set for root, none for other users. */
  effective: CapabilityName[];
  /** `allowPrivilegeEscalation: false` sets no_new_privs on the process. */
  noNewPrivs: boolean;
  /** 2 (filter) with a RuntimeDefault or Localhost seccomp profile, else 0 (unconfined). */
  seccompMode: 0 | 2;
  /** Process id of the exec'd process inside the container's pid namespace. */
  pid: number;
  /** Name of the program running now; /proc/self/status belongs to whoever reads it. */
  comm: string;
  hostname: string;
  podIP?: string;
  env: Record<string, string>;
  cwd: string;
  files: Map<string, FileNode>;
  /** Width of the client's terminal (80 when unknown). */
  terminalColumns(): number;
  /** Waits, stopping early when the signal aborts. Injected so tests need not sleep. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
};

export type CommandContext = {
  argv: string[];
  proc: ContainerProcess;
  io: Output;
  stdin: Input;
  /** Aborted when the client goes away or presses Ctrl-C at a tty. */
  signal: AbortSignal;
};

/** A command returns its exit status. */
export type Command = (context: CommandContext) => Promise<number>;
