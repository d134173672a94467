/**
 * The simulated container runtime. `exec` picks a program by the container's image (registry,
 * tag and digest ignored): a program registered by another part of the sandbox (the learner's
 * workstation shell), else a built-in image profile, else a busybox-like default.
 */

import { findContainer } from './pod-spec';
import { imageLookupKeys } from './image-name';
import { DEFAULT_IMAGE_PROFILE, IMAGE_PROFILES } from './images';
import type { ContainerRuntime, ExecRequest, ImageProgram, ProcessIO } from './process';
import { runInImage } from './run-in-image';
import type { ImageProfile } from './types';

export type { ContainerRuntime, ExecRequest, ExecResult, ImageProgram, ProcessIO } from './process';
export type { ImageProfile } from './types';
export {
  CAPABILITY_NAMES,
  RUNTIME_DEFAULT_CAPABILITIES,
  capabilityMask,
  effectiveCapabilities,
  formatCapabilityMask,
  validateCapabilities,
} from './capabilities';
export { effectiveUser } from './user';
export { normalizeImageName } from './image-name';

export type ContainerRuntimeOptions = {
  /** Extra programs by image name, e.g. `{ 'workshop/workstation': runWorkstationShell }`. */
  images?: Record<string, ImageProgram>;
  /** Extra or replacement image profiles by canonical name. */
  profiles?: Record<string, ImageProfile>;
  /** How simulated programs wait (ping's interval, sleep); tests pass a fast one. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
};

function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

export function createContainerRuntime(options: ContainerRuntimeOptions = {}): ContainerRuntime {
  const programs = new Map<string, ImageProgram>();
  for (const [name, program] of Object.entries(options.images ?? {})) {
    programs.set(imageLookupKeys(name)[0]!, program);
  }
  const profiles = { ...IMAGE_PROFILES, ...options.profiles };
  const sleep = options.sleep ?? realSleep;
  // Exec'd processes get increasing pids, as they would inside one pod's pid namespace.
  let nextPid = 7;

  return {
    async exec(request: ExecRequest, io: ProcessIO) {
      const image = findContainer(request.pod, request.container)?.image;
      if (typeof image !== 'string') {
        await io.write('stderr', `container not found ("${request.container}")\n`);
        return { exitCode: 1 };
      }
      const keys = imageLookupKeys(image);
      const program = keys.map((key) => programs.get(key)).find(Boolean);
      if (program) return program(request, io);
      const profile = keys.map((key) => profiles[key]).find(Boolean) ?? DEFAULT_IMAGE_PROFILE;
      return runInImage(request, io, profile, { pid: nextPid++, sleep });
    },
  };
}
