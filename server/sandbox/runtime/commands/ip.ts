/**
 * `ip addr`, `ip link`, `ip route` of a pod: loopback and the veth end `eth0` with the pod IP.
 * Changing anything needs CAP_NET_ADMIN; with it the sandbox accepts the change but, having no
 * real network, keeps nothing.
 */

import type { Command, ContainerProcess } from '../types';

/** A stable MAC address derived from the pod IP, like CNIs that encode the IP in it. */
function macOf(ip: string | undefined): string {
  const octets = (ip ?? '0.0.0.0').split('.').map((n) => Number(n) & 0xff);
  return ['0a', '58', ...octets.map((n) => n.toString(16).padStart(2, '0'))].join(':');
}

function subnetOf(ip: string): { network: string; broadcast: string; gateway: string } {
  const [a, b, c] = ip.split('.');
  return {
    network: `${a}.${b}.${c}.0`,
    broadcast: `${a}.${b}.${c}.255`,
    gateway: `${a}.${b}.${c}.1`,
  };
}

function loopbackLines(busybox: boolean, withAddresses: boolean): string[] {
  const lines = [
    `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN ${busybox ? '' : 'group default '}qlen 1000`,
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
  ];
  if (withAddresses) {
    lines.push(
      '    inet 127.0.0.1/8 scope host lo',
      '       valid_lft forever preferred_lft forever',
      '    inet6 ::1/128 scope host ',
      '       valid_lft forever preferred_lft forever',
    );
  }
  return lines;
}

function ethernetLines(proc: ContainerProcess, busybox: boolean, withAddresses: boolean): string[] {
  const lines = [
    `2: eth0@if7: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP ${busybox ? '' : 'group default '}`,
    `    link/ether ${macOf(proc.podIP)} brd ff:ff:ff:ff:ff:ff${busybox ? '' : ' link-netnsid 0'}`,
  ];
  if (withAddresses && proc.podIP) {
    lines.push(
      `    inet ${proc.podIP}/24 brd ${subnetOf(proc.podIP).broadcast} scope global eth0`,
      '       valid_lft forever preferred_lft forever',
    );
  }
  return lines;
}

const CHANGING = new Set(['add', 'del', 'delete', 'set', 'change', 'replace', 'flush', 'append']);

export const ip: Command = async ({ argv, proc, io }) => {
  const busybox = proc.image.userland === 'busybox';
  const args = argv.slice(1).filter((a) => !/^-[0-9a-z]+$/.test(a));
  const [object = '', action = 'show'] = args;
  if (CHANGING.has(action)) {
    if (!proc.effective.includes('NET_ADMIN')) {
      await io.err('RTNETLINK answers: Operation not permitted\n');
      return 2;
    }
    return 0;
  }
  const is = (...names: string[]) => object !== '' && names.some((n) => n.startsWith(object));
  if (is('address', 'addr') || object === 'a') {
    await io.out(
      [...loopbackLines(busybox, true), ...ethernetLines(proc, busybox, true)].join('\n') + '\n',
    );
    return 0;
  }
  if (is('link')) {
    await io.out(
      [...loopbackLines(busybox, false), ...ethernetLines(proc, busybox, false)].join('\n') + '\n',
    );
    return 0;
  }
  if (is('route') || object === 'r') {
    if (proc.podIP) {
      const { network, gateway } = subnetOf(proc.podIP);
      await io.out(
        `default via ${gateway} dev eth0 \n${network}/24 dev eth0 scope link  src ${proc.podIP} \n`,
      );
    }
    return 0;
  }
  if (object === '') {
    await io.err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n');
    return busybox ? 1 : 255;
  }
  await io.err(`Object "${object}" is unknown, try "ip help".\n`);
  return busybox ? 1 : 255;
};
