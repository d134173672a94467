/**
 * The app's own shapes for what crosses the cluster boundary: objects as plain JSON, the
 * address of a resource, and the API server's Status errors.
 */

/** Any Kubernetes object as plain JSON. */
export type ClusterObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/** A list answer (`PodList`, `List`, …). */
export type ClusterList = ClusterObject & { items: ClusterObject[] };

/** Where a resource lives in the API: `/apis/<group>/<version>/namespaces/<ns>/<resource>/<name>`. */
export type ResourceAddress = {
  /** API group; empty for the core group. */
  group: string;
  version: string;
  /** Plural resource name, e.g. `pods`. */
  resource: string;
  /** Set for namespaced resources (omit to list across all namespaces). */
  namespace?: string;
  name?: string;
  /** e.g. `status`, `log`. */
  subresource?: string;
};

/** The API server's Status object, as sent with errors. */
export type ApiStatus = {
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: { reason?: string; message?: string; field?: string }[];
  };
};

/** An error answer from the API server (4xx/5xx) with its Status. */
export class ClusterApiError extends Error {
  readonly status: ApiStatus;
  readonly code: number;
  constructor(code: number, status: ApiStatus) {
    super(status.message ?? `the server responded with status ${code}`);
    this.name = 'ClusterApiError';
    this.code = code;
    this.status = status;
  }
}
