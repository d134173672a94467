/** `env`, `printenv`, `hostname`, `uname` and `sleep`: the process's view of its environment. */

import type { Command } from '../types';

/** The kernel the sandbox's nodes pretend to run (an AKS node image's kernel). */
export const KERNEL = {
  name: 'Linux',
  release: '5.15.0-1073-azure',
  version: '#82-Ubuntu SMP Mon Aug 26 17:37:43 UTC 2024',
  machine: 'x86_64',
  os: 'GNU/Linux',
};

export const env: Command = async ({ argv, proc, io }) => {
  if (argv.length > 1) {
    await io.err(`env: running commands through env is not available in this sandbox\n`);
    return 125;
  }
  const lines = Object.entries(proc.env).map(([key, value]) => `${key}=${value}\n`);
  await io.out(lines.join(''));
  return 0;
};

export const printenv: Command = async ({ argv, proc, io }) => {
  const names = argv.slice(1);
  if (names.length === 0) return env({ argv: ['env'], proc, io } as Parameters<Command>[0]);
  let status = 0;
  for (const name of names) {
    const value = proc.env[name];
    if (value === undefined) status = 1;
    else await io.out(value + '\n');
  }
  return status;
};

export const hostname: Command = async ({ argv, proc, io }) => {
  const newName = argv.slice(1).find((a) => !a.startsWith('-'));
  if (newName === undefined) {
    await io.out(proc.hostname + '\n');
    return 0;
  }
  // Setting the hostname needs CAP_SYS_ADMIN in the pod's UTS namespace.
  if (!proc.effective.includes('SYS_ADMIN')) {
    await io.err(
      proc.image.userland === 'busybox'
        ? 'hostname: sethostname: Operation not permitted\n'
        : 'hostname: you must be root to change the host name\n',
    );
    return 1;
  }
  proc.hostname = newName;
  return 0;
};

const UNAME_FIELDS: Record<string, (host: string) => string> = {
  s: () => KERNEL.name,
  n: (host) => host,
  r: () => KERNEL.release,
  v: () => KERNEL.version,
  m: () => KERNEL.machine,
  o: () => KERNEL.os,
};

export const uname: Command = async ({ argv, proc, io }) => {
  let flags = argv
    .slice(1)
    .flatMap((a) => (a.startsWith('-') ? a.slice(1).split('') : []))
    .filter((f) => f in UNAME_FIELDS || f === 'a');
  if (flags.length === 0) flags = ['s'];
  if (flags.includes('a')) flags = ['s', 'n', 'r', 'v', 'm', 'o'];
  const order = ['s', 'n', 'r', 'v', 'm', 'o'].filter((f) => flags.includes(f));
  await io.out(order.map((f) => UNAME_FIELDS[f]!(proc.hostname)).join(' ') + '\n');
  return 0;
};

export const sleep: Command = async ({ argv, proc, io, signal }) => {
  const seconds = Number.parseFloat(argv[1] ?? '');
  if (argv[1] === undefined || Number.isNaN(seconds) || seconds < 0) {
    const busybox = proc.image.userland === 'busybox';
    const problem =
      argv[1] === undefined
        ? 'missing operand'
        : busybox
          ? `invalid number '${argv[1]}'`
          : `invalid time interval '${argv[1]}'`;
    await io.err(
      `sleep: ${problem}\n` + (busybox ? '' : "Try 'sleep --help' for more information.\n"),
    );
    return 1;
  }
  await proc.sleep(seconds * 1000, signal);
  return signal.aborted ? 130 : 0;
};
