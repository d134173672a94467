/**
 * Kubernetes `Status` errors: the reason, code and wording a real API server uses, so kubectl
 * prints the same `Error from server (Reason): …` lines against the sandbox.
 */
import { qualifiedName, type ResourceInfo } from './resources';

export type StatusCause = { reason?: string; message?: string; field?: string };

export type StatusDetails = {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
};

export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
  }

  /** The `Status` object to send as the response body. */
  toStatus() {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

function detailsOf(r: ResourceInfo, name: string): StatusDetails {
  return { name, ...(r.group ? { group: r.group } : {}), kind: r.plural };
}

export function notFound(r: ResourceInfo, name: string) {
  return new StatusError(
    404,
    'NotFound',
    `${qualifiedName(r)} "${name}" not found`,
    detailsOf(r, name),
  );
}

export function alreadyExists(r: ResourceInfo, name: string) {
  return new StatusError(
    409,
    'AlreadyExists',
    `${qualifiedName(r)} "${name}" already exists`,
    detailsOf(r, name),
  );
}

export function conflict(r: ResourceInfo, name: string) {
  return new StatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(r)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    detailsOf(r, name),
  );
}

export function forbidden(r: ResourceInfo, name: string, why: string) {
  return new StatusError(
    403,
    'Forbidden',
    `${qualifiedName(r)} "${name}" is forbidden: ${why}`,
    detailsOf(r, name),
  );
}

/** 422 Invalid: one line per cause, the way the API server joins field errors. */
export function invalid(kind: string, r: ResourceInfo, name: string, causes: StatusCause[]) {
  const group = r.group ? `.${r.group}` : '';
  const text = causes.map((c) => `${c.field}: ${c.message}`);
  const joined = text.length === 1 ? text[0] : `[${text.join(', ')}]`;
  return new StatusError(422, 'Invalid', `${kind}${group} "${name}" is invalid: ${joined}`, {
    ...detailsOf(r, name),
    kind,
    causes: causes.map((c) => ({ reason: c.reason ?? 'FieldValueInvalid', ...c })),
  });
}

export function badRequest(message: string) {
  return new StatusError(400, 'BadRequest', message);
}
