/**
 * The words a learner sees first: the welcome banner and the `help` command.
 */
import type { ShellLimits } from './limits';

export function formatBanner(): string {
  return [
    'Welcome to your workshop workstation.',
    'This is a simulated Linux shell with kubectl, connected to your own practice cluster.',
    'The workshop files are in your home folder ($scriptDir is set). Type `help` to see what works here.',
    '',
  ].join('\n');
}

export function formatHelp(limits: ShellLimits): string {
  const minutes = Math.round(limits.commandTimeoutMs / 60_000);
  const kib = Math.round(limits.maxOutputBytes / 1024);
  return [
    'Workshop workstation: a simulated bash with kubectl for your own practice cluster.',
    '',
    '  kubectl ...            talk to your cluster (create, apply, get, describe, exec, rollout, ...)',
    '  ls, cat, sed, grep,    the usual file and text tools; files live in memory and are kept',
    '  tee, yq, jq, ...       for this workstation',
    '  cd $scriptDir          the workshop files: k8s-201-workshop/scripts/cfos/...',
    '  history, clear         what you typed, and a fresh screen',
    '',
    'Keys: Tab completes commands, files and kubectl words (Tab twice lists choices);',
    'Up/Down walk the history (Ctrl-R searches it); Ctrl-A/E start/end of line; Ctrl-U/K/W cut; Ctrl-L clears;',
    'Ctrl-C stops a running command; Ctrl-D on an empty line closes the shell.',
    '',
    `Limits: no network; one command line may run for ${minutes} min and print ${kib} KiB at most.`,
    '',
  ].join('\n');
}
