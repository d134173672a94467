/**
 * iptables v1.8.7 (legacy), listing only. Reading a table needs CAP_NET_ADMIN (the kernel
 * refuses the getsockopt otherwise) and, before that, the lock file under /run, which only root
 * may create. The tables are empty: the sandbox's pods run no firewall rules. Changing rules is
 * refused with a clear message because the sandbox has no kernel to hold them.
 */

import type { Command, CommandContext } from '../types';

const PROGRAM = 'iptables v1.8.7 (legacy)';

export const BUILTIN_CHAINS: Record<string, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

const MODIFYING = new Set([
  '-A',
  '--append',
  '-I',
  '--insert',
  '-D',
  '--delete',
  '-R',
  '--replace',
  '-F',
  '--flush',
  '-Z',
  '--zero',
  '-N',
  '--new-chain',
  '-X',
  '--delete-chain',
  '-P',
  '--policy',
  '-E',
  '--rename-chain',
]);

type Listing = { verbose: boolean; exact: boolean; lineNumbers: boolean };

/** The header row, column for column as iptables' print_header() pads it. */
export function formatHeader({ verbose, exact, lineNumbers }: Listing): string {
  let header = lineNumbers ? 'num  ' : '';
  if (verbose) header += exact ? `${'pkts'.padStart(8)} ${'bytes'.padStart(10)} ` : ' pkts bytes ';
  header += `${'target'.padEnd(9)}  prot opt `;
  if (verbose) header += `${'in'.padEnd(6)} ${'out'.padEnd(6)}  `;
  return header + `${'source'.padEnd(19)}  ${'destination'.padEnd(19)} `;
}

export function formatChain(chain: string, listing: Listing): string {
  const policy = listing.verbose ? 'policy ACCEPT 0 packets, 0 bytes' : 'policy ACCEPT';
  return `Chain ${chain} (${policy})\n${formatHeader(listing)}\n`;
}

async function usageError(io: CommandContext['io'], message: string) {
  await io.err(
    `${PROGRAM}: ${message}\nTry \`iptables -h' or 'iptables --help' for more information.\n`,
  );
  return 2;
}

export const iptables: Command = async ({ argv, proc, io }) => {
  let table = 'filter';
  let command: string | null = null;
  let chain: string | undefined;
  const listing: Listing = { verbose: false, exact: false, lineNumbers: false };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-V' || arg === '--version') {
      await io.out(`${PROGRAM}\n`);
      return 0;
    } else if (arg === '-t' || arg === '--table') {
      const value = args[++i];
      if (value === undefined) return usageError(io, `option "${arg}" requires an argument`);
      table = value;
    } else if (
      arg === '-L' ||
      arg === '--list' ||
      arg === '-S' ||
      arg === '--list-rules' ||
      MODIFYING.has(arg)
    ) {
      if (command !== null) return usageError(io, 'Cannot use more than one command at once');
      command = arg;
      if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) chain = args[++i];
    } else if (
      /^-[vnx]+$/.test(arg) ||
      arg === '--verbose' ||
      arg === '--numeric' ||
      arg === '--exact'
    ) {
      if (arg.includes('v')) listing.verbose = true;
      if (arg.includes('x') || arg === '--exact') listing.exact = true;
    } else if (arg === '--line-numbers') {
      listing.lineNumbers = true;
    } else if (/^-[A-Za-z]*[LS][A-Za-z]*$/.test(arg) && !MODIFYING.has(arg)) {
      // Combined flags such as -nvL.
      command = arg.includes('L') ? '-L' : '-S';
      listing.verbose ||= arg.includes('v');
      listing.exact ||= arg.includes('x');
      if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) chain = args[++i];
    } else if (command !== null && MODIFYING.has(command)) {
      // Rule specifications are not interpreted: the command is refused below anyway.
    } else {
      return usageError(io, `unknown option "${arg}"`);
    }
  }
  if (command === null) return usageError(io, 'no command specified');

  if (proc.uid !== 0) {
    await io.err("Fatal: can't open lock file /run/xtables.lock: Permission denied\n");
    return 4;
  }
  const chains = BUILTIN_CHAINS[table];
  const reason = !proc.effective.includes('NET_ADMIN')
    ? 'Permission denied (you must be root)'
    : !chains
      ? 'Table does not exist (do you need to insmod?)'
      : null;
  if (reason !== null || !chains) {
    await io.err(
      `${PROGRAM}: can't initialize iptables table \`${table}': ${reason}\n` +
        'Perhaps iptables or your kernel needs to be upgraded.\n',
    );
    return 3;
  }
  if (chain !== undefined && !chains.includes(chain)) {
    await io.err('iptables: No chain/target/match by that name.\n');
    return 1;
  }
  if (MODIFYING.has(command)) {
    await io.err(
      'iptables: changing rules is not available in this sandbox (no kernel holds them)\n',
    );
    return 1;
  }
  const selected = chain === undefined ? chains : [chain];
  if (command === '-S' || command === '--list-rules') {
    await io.out(selected.map((c) => `-P ${c} ACCEPT\n`).join(''));
    return 0;
  }
  await io.out(selected.map((c) => formatChain(c, listing)).join('\n'));
  return 0;
};
