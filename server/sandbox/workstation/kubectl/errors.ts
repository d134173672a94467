/**
 * kubectl's ways of failing: a `KubectlError` carries the exact text kubectl prints and its exit
 * code; `formatFailure` turns API and network errors into kubectl's wording.
 */
import { ClusterApiError } from '@/server/cluster/types';

/** An error whose message is printed verbatim (it already carries `error: ` when kubectl would). */
export class KubectlError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'KubectlError';
    this.exitCode = exitCode;
  }
}

/** A usage error: the message, then kubectl's pointer to the command's help. */
export function createUsageError(command: string, message: string, helpFlag = '--help') {
  const name = command ? `kubectl ${command}` : 'kubectl';
  return new KubectlError(`error: ${message}\nSee '${name} ${helpFlag}' for usage.`);
}

/** A usage error of the kind kubectl reports after parsing (`See 'kubectl get -h' for help…`). */
export function createHelpError(command: string, message: string) {
  return new KubectlError(`error: ${message}\nSee 'kubectl ${command} -h' for help and examples`);
}

/** `Error from server (NotFound): …` — the line client-go prints for an API Status. */
export function formatServerError(error: ClusterApiError, context?: string): string {
  const reason = error.status.reason;
  const message = context
    ? `${context}: ${error.status.message ?? ''}`
    : (error.status.message ?? '');
  if (!reason || reason === 'Unknown') return `Error from server: ${message}`;
  return `Error from server (${reason}): ${message}`;
}

/** The text kubectl prints for any failure (no trailing newline). */
export function formatFailure(error: unknown): string {
  if (error instanceof KubectlError) return error.message;
  if (error instanceof ClusterApiError) return formatServerError(error);
  if (error instanceof Error) {
    if (error.message.startsWith('The connection to the server')) return error.message;
    return error.message.startsWith('error: ') ? error.message : `error: ${error.message}`;
  }
  return `error: ${String(error)}`;
}

/** The exit code for a failure. */
export function readExitCode(error: unknown): number {
  return error instanceof KubectlError ? error.exitCode : 1;
}

/** True when the error is the API server's NotFound. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ClusterApiError && error.code === 404;
}
