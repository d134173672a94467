/**
 * /proc/<pid>/status of a simulated process, laid out as Linux 5.15 prints it. The capability
 * lines are the point: CapEff/CapPrm are the container's set for root and zero for other users,
 * CapBnd is always the container's set, CapInh and CapAmb are empty (runc ≥ 1.1.2, CRI-O).
 */

import { capabilityMask, formatCapabilityMask } from './capabilities';
import type { ContainerProcess } from './types';

function kb(value: number): string {
  return `${String(value).padStart(8)} kB`;
}

export function formatProcStatus(proc: ContainerProcess, name: string, pid = proc.pid): string {
  const ids = (id: number) => `${id}\t${id}\t${id}\t${id}`;
  const groups = proc.groups.join(' ');
  const filtered = proc.seccompMode === 2;
  const lines: [string, string][] = [
    ['Name', name],
    ['Umask', '0022'],
    ['State', pid === 1 ? 'S (sleeping)' : 'R (running)'],
    ['Tgid', String(pid)],
    ['Ngid', '0'],
    ['Pid', String(pid)],
    ['PPid', '0'],
    ['TracerPid', '0'],
    ['Uid', ids(proc.uid)],
    ['Gid', ids(proc.gid)],
    ['FDSize', '64'],
    // The kernel ends this list with a space even when it is empty.
    ['Groups', groups + ' '],
    ['NStgid', String(pid)],
    ['NSpid', String(pid)],
    ['NSpgid', String(pid)],
    ['NSsid', pid === 1 ? '1' : '0'],
    ['VmPeak', kb(1612)],
    ['VmSize', kb(1612)],
    ['VmLck', kb(0)],
    ['VmPin', kb(0)],
    ['VmHWM', kb(4)],
    ['VmRSS', kb(4)],
    ['RssAnon', kb(4)],
    ['RssFile', kb(0)],
    ['RssShmem', kb(0)],
    ['VmData', kb(68)],
    ['VmStk', kb(132)],
    ['VmExe', kb(680)],
    ['VmLib', kb(552)],
    ['VmPTE', kb(40)],
    ['VmSwap', kb(0)],
    ['HugetlbPages', kb(0)],
    ['CoreDumping', '0'],
    ['THP_enabled', '1'],
    ['Threads', '1'],
    ['SigQ', '0/63682'],
    ['SigPnd', '0000000000000000'],
    ['ShdPnd', '0000000000000000'],
    ['SigBlk', '0000000000000000'],
    ['SigIgn', '0000000000000000'],
    ['SigCgt', '0000000000000000'],
    ['CapInh', formatCapabilityMask(0n)],
    ['CapPrm', formatCapabilityMask(capabilityMask(proc.effective))],
    ['CapEff', formatCapabilityMask(capabilityMask(proc.effective))],
    ['CapBnd', formatCapabilityMask(capabilityMask(proc.bounding))],
    ['CapAmb', formatCapabilityMask(0n)],
    ['NoNewPrivs', proc.noNewPrivs ? '1' : '0'],
    ['Seccomp', String(proc.seccompMode)],
    ['Seccomp_filters', filtered ? '1' : '0'],
    ['Speculation_Store_Bypass', filtered ? 'thread force mitigated' : 'thread vulnerable'],
    ['SpeculationIndirectBranch', 'conditional enabled'],
    ['Cpus_allowed', '3'],
    ['Cpus_allowed_list', '0-1'],
    ['Mems_allowed', '00000000,00000001'],
    ['Mems_allowed_list', '0'],
    ['voluntary_ctxt_switches', '0'],
    ['nonvoluntary_ctxt_switches', '1'],
  ];
  return lines.map(([key, value]) => `${key}:\t${value}`).join('\n') + '\n';
}
