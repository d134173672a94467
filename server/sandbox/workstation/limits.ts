/**
 * Limits that keep one learner's shell from hurting the others sharing the server, and the
 * learner-facing wording used when one is hit (instead of just-bash's developer-facing hints).
 */
import type { BashOptions } from 'just-bash';

type ExecutionLimits = NonNullable<BashOptions['executionLimits']>;

export type ShellLimits = {
  /** Longest line the editor accepts (characters). */
  maxLineLength: number;
  /** Longest command spread over several lines (a pasted here-document), in characters. */
  maxInputLength: number;
  /** Output one command line may print before it is cut off (bytes). */
  maxOutputBytes: number;
  /** Wall-clock limit for one command line (ms). Ctrl-C stops it sooner. */
  commandTimeoutMs: number;
  /**
   * Commands and loop rounds one command line may run. A loop that never waits (`while true; do
   * :; done`) holds the server's event loop until it hits this (measured: 50–100 µs per command
   * on a busy 2-core machine, so 5000 is a stall of 0.25–0.5 s), so it is kept small.
   */
  maxCommandCount: number;
  /** Bytes the workstation's in-memory filesystem may hold. */
  maxFileSystemBytes: number;
  /**
   * Type-ahead (a paste) the interactive shell reads from the terminal before it stops reading
   * until it has worked some off (characters). Large enough that the Ctrl-C typed after a big
   * paste is seen at once and flushes it; small enough to bound each shell's memory.
   */
  maxTypeAhead: number;
};

export const DEFAULT_LIMITS: ShellLimits = {
  maxLineLength: 16 * 1024,
  maxInputLength: 256 * 1024,
  maxOutputBytes: 512 * 1024,
  commandTimeoutMs: 15 * 60 * 1000,
  maxCommandCount: 5_000,
  maxFileSystemBytes: 32 * 1024 * 1024,
  maxTypeAhead: 8 * 1024 * 1024,
};

export function toExecutionLimits(limits: ShellLimits): ExecutionLimits {
  return {
    maxCommandCount: limits.maxCommandCount,
    maxLoopIterations: limits.maxCommandCount,
    maxAwkIterations: limits.maxCommandCount * 10,
    maxSedIterations: limits.maxCommandCount * 10,
    maxJqIterations: limits.maxCommandCount * 10,
    maxOutputSize: limits.maxOutputBytes,
    maxExecutionTimeMs: limits.commandTimeoutMs,
    maxFileSystemBytes: limits.maxFileSystemBytes,
    maxStringLength: limits.maxFileSystemBytes,
    maxHeredocSize: limits.maxOutputBytes,
  };
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Rewrites just-bash's limit errors ("increase executionLimits.…") for a learner. */
export function explainLimitErrors(stderr: string, limits: ShellLimits): string {
  return stderr
    .replace(
      /^bash: .*too many (?:commands executed|iterations) \(>?\d+\).*$/gm,
      `bash: stopped after ${limits.maxCommandCount} commands: this workshop shell limits how much one command line may run`,
    )
    .replace(
      /^bash: .*output size (?:limit )?exceeded \(>?\d+ bytes\).*$/gm,
      `bash: output cut off after ${limits.maxOutputBytes} bytes: this workshop shell limits what one command line may print`,
    )
    .replace(
      /^bash: .*exceeded (?:its )?execution deadline.*$/gm,
      `bash: stopped after ${formatDuration(limits.commandTimeoutMs)}: this workshop shell limits how long one command line may run`,
    );
}

/** The result carries one of just-bash's limit errors (so an early stop was not `exit`). */
export function hitLimit(stderr: string): boolean {
  return /increase executionLimits\.|exceeded (?:its )?execution deadline|limit exceeded \(\d+/.test(
    stderr,
  );
}
