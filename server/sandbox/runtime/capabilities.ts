/**
 * Linux capabilities of a simulated container, computed the way CRI-O 1.25 does it.
 *
 * The runtime starts from its default list, then applies the container's
 * `securityContext.capabilities`: `add: ["ALL"]` starts from every capability, `drop: ["ALL"]`
 * starts from none (defaults are then not added), individual adds come next and individual drops
 * last. `privileged: true` grants every capability. Names are accepted with or without `CAP_`.
 */

import type { KubeObject } from './process';
import { findContainer, type ContainerSpec } from './pod-spec';

/** Capability names in kernel order: the index is the capability number. */
export const CAPABILITY_NAMES = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const;

export type CapabilityName = (typeof CAPABILITY_NAMES)[number];

/** CRI-O 1.25.4's `default_capabilities`. NET_RAW is not among them, unlike Docker's list. */
export const RUNTIME_DEFAULT_CAPABILITIES: readonly CapabilityName[] = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'KILL',
];

const NUMBER_OF = new Map<string, number>(CAPABILITY_NAMES.map((name, index) => [name, index]));

/** `cap_net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` all name the same capability. */
export function normalizeCapabilityName(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

function isCapabilityName(name: string): name is CapabilityName {
  return NUMBER_OF.has(name);
}

function sortByNumber(names: Iterable<CapabilityName>): CapabilityName[] {
  return [...new Set(names)].sort((a, b) => NUMBER_OF.get(a)! - NUMBER_OF.get(b)!);
}

function readNames(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function capabilitiesOf(container: ContainerSpec | undefined): { add: string[]; drop: string[] } {
  const caps = container?.securityContext?.capabilities;
  return { add: readNames(caps?.add), drop: readNames(caps?.drop) };
}

/**
 * The runtime's error for a capability it does not know, as CRI-O reports it when it creates the
 * container (the pod then shows CreateContainerError). Null when every name is valid.
 */
export function validateCapabilities(pod: KubeObject, containerName: string): string | null {
  const { add, drop } = capabilitiesOf(findContainer(pod, containerName));
  for (const [list, verb] of [
    [add, 'add'],
    [drop, 'drop'],
  ] as const) {
    for (const raw of list) {
      const name = normalizeCapabilityName(raw);
      if (name !== 'ALL' && !isCapabilityName(name)) {
        return `unknown capability "CAP_${name}" to ${verb}`;
      }
    }
  }
  return null;
}

/**
 * The capability set the container's processes start with (bounding set, and for root also the
 * permitted and effective sets), sorted by capability number. Unknown names are ignored here;
 * `validateCapabilities` reports them.
 */
export function effectiveCapabilities(pod: KubeObject, containerName: string): CapabilityName[] {
  const container = findContainer(pod, containerName);
  if (container?.securityContext?.privileged === true) return [...CAPABILITY_NAMES];
  const { add, drop } = capabilitiesOf(container);
  const adds = add.map(normalizeCapabilityName);
  const drops = drop.map(normalizeCapabilityName);
  const addAll = adds.includes('ALL');
  const dropAll = drops.includes('ALL');

  const set = new Set<CapabilityName>();
  if (addAll) CAPABILITY_NAMES.forEach((name) => set.add(name));
  if (!addAll && !dropAll) RUNTIME_DEFAULT_CAPABILITIES.forEach((name) => set.add(name));
  if (dropAll) set.clear();
  for (const name of adds) if (isCapabilityName(name)) set.add(name);
  for (const name of drops) if (isCapabilityName(name)) set.delete(name);
  return sortByNumber(set);
}

/** The kernel's bit mask for a set of capabilities (bit n = capability number n). */
export function capabilityMask(caps: Iterable<string>): bigint {
  let mask = 0n;
  for (const raw of caps) {
    const number = NUMBER_OF.get(normalizeCapabilityName(raw));
    if (number !== undefined) mask |= 1n << BigInt(number);
  }
  return mask;
}

/** A mask the way /proc/<pid>/status prints it: 16 lowercase hex digits. */
export function formatCapabilityMask(mask: bigint): string {
  return mask.toString(16).padStart(16, '0');
}
