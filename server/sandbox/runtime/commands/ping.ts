/**
 * `ping [-c COUNT] [-i SECONDS] HOST`, in busybox's or iputils' wording. Opening the ICMP socket
 * needs CAP_NET_RAW (the runtime does not set net.ipv4.ping_group_range, so unprivileged ICMP
 * sockets are refused too). The sandbox has no network: only the pod's own addresses answer,
 * anything else loses every packet, and names other than its own do not resolve.
 */

import type { Command, CommandContext, PingFlavour } from '../types';

type Target = { name: string; address: string; reachable: boolean } | null;

function resolveTarget({ proc }: CommandContext, host: string): Target {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    const reachable = host.startsWith('127.') || host === proc.podIP;
    return { name: host, address: host, reachable };
  }
  if (host === 'localhost') return { name: host, address: '127.0.0.1', reachable: true };
  if (host === proc.hostname && proc.podIP) {
    return { name: host, address: proc.podIP, reachable: true };
  }
  return null;
}

function parseArguments(argv: string[]) {
  let count = Infinity;
  let badCount: string | undefined;
  let interval = 1;
  let host: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (flag: string) => (arg.length > 2 ? arg.slice(flag.length) : argv[++i]);
    if (arg.startsWith('-c')) {
      const raw = value('-c') ?? '';
      count = /^[1-9][0-9]*$/.test(raw) ? Number(raw) : NaN;
      if (Number.isNaN(count)) badCount = raw;
    } else if (arg.startsWith('-i')) interval = Number(value('-i'));
    else if (arg.startsWith('-W') || arg.startsWith('-w') || arg.startsWith('-s')) value('-W');
    else if (!arg.startsWith('-')) host = arg;
  }
  return { count, interval, host, badCount };
}

/** Round-trip times that look like loopback: a few tens of microseconds. */
function roundTrip(sequence: number): number {
  return 0.03 + ((sequence * 37) % 41) / 1000;
}

function statistics(flavour: PingFlavour, name: string, sent: number, times: number[]): string {
  const received = times.length;
  const loss = sent === 0 ? 0 : Math.round(((sent - received) / sent) * 100);
  const lines = [`\n--- ${name} ping statistics ---`];
  if (flavour === 'busybox') {
    lines.push(`${sent} packets transmitted, ${received} packets received, ${loss}% packet loss`);
  } else {
    const elapsed = Math.max(0, sent - 1) * 1000 + (sent > 0 ? 3 : 0);
    lines.push(
      `${sent} packets transmitted, ${received} received, ${loss}% packet loss, time ${elapsed}ms`,
    );
  }
  if (received > 0) {
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((a, b) => a + b, 0) / received;
    const mdev = Math.sqrt(times.reduce((a, t) => a + t * t, 0) / received - avg * avg);
    const f = (n: number) => n.toFixed(3);
    lines.push(
      flavour === 'busybox'
        ? `round-trip min/avg/max = ${f(min)}/${f(avg)}/${f(max)} ms`
        : `rtt min/avg/max/mdev = ${f(min)}/${f(avg)}/${f(max)}/${f(mdev)} ms`,
    );
  }
  return lines.join('\n') + '\n';
}

export function createPing(flavour: PingFlavour): Command {
  return async (context) => {
    const { argv, proc, io, signal } = context;
    const { count, interval, host, badCount } = parseArguments(argv);
    if (badCount !== undefined) {
      await io.err(
        flavour === 'busybox'
          ? `ping: invalid number '${badCount}'\n`
          : `ping: invalid argument: '${badCount}'\n`,
      );
      return 1;
    }
    const canOpenSocket = proc.effective.includes('NET_RAW');
    // iputils opens its socket before resolving; busybox resolves first.
    if (flavour === 'iputils' && !canOpenSocket) {
      await io.err('ping: socket: Operation not permitted\n');
      return 2;
    }
    if (host === undefined) {
      await io.err(
        flavour === 'busybox'
          ? 'Usage: ping [OPTIONS] HOST\n'
          : 'ping: usage error: Destination address required\n',
      );
      return flavour === 'busybox' ? 1 : 2;
    }
    const target = resolveTarget(context, host);
    if (!target) {
      await io.err(
        flavour === 'busybox'
          ? `ping: bad address '${host}'\n`
          : `ping: ${host}: Temporary failure in name resolution\n`,
      );
      return flavour === 'busybox' ? 1 : 2;
    }
    if (!canOpenSocket) {
      await io.err('ping: permission denied (are you root?)\n');
      return 1;
    }
    await io.out(
      flavour === 'busybox'
        ? `PING ${target.name} (${target.address}): 56 data bytes\n`
        : `PING ${target.name} (${target.address}) 56(84) bytes of data.\n`,
    );
    const from =
      flavour === 'iputils' && target.name !== target.address
        ? `${target.name} (${target.address})`
        : target.address;
    const times: number[] = [];
    let sent = 0;
    while (sent < count && !signal.aborted) {
      if (sent > 0) await proc.sleep(interval * 1000, signal);
      if (signal.aborted) break;
      sent++;
      if (!target.reachable) continue;
      const time = roundTrip(sent);
      times.push(time);
      await io.out(
        flavour === 'busybox'
          ? `64 bytes from ${from}: seq=${sent - 1} ttl=64 time=${time.toFixed(3)} ms\n`
          : `64 bytes from ${from}: icmp_seq=${sent} ttl=64 time=${time.toFixed(3)} ms\n`,
      );
    }
    // Without replies ping waits a moment for late answers before it gives up.
    if (!target.reachable && !signal.aborted) await proc.sleep(1000, signal);
    await io.out(statistics(flavour, target.name, sent, times));
    return times.length > 0 ? 0 : 1;
  };
}
