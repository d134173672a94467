/**
 * The shape of the learner's space as the lesson page learns it from the server. Kept apart from
 * the command rendering so a page only downloads that when the learner is on a real cluster.
 */

/**
 * What the browser is told about the learner's space (by `GET /api/me`): a private sandbox cluster,
 * where lessons run verbatim, or one namespace of a shared cluster. The server names it; the
 * browser never chooses a namespace.
 */
export type WorkspaceSummary = { mode: 'sandbox' } | { mode: 'cluster'; namespace: string };

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Reads the `workspace` field of an answer; anything unexpected means "show lessons as written". */
export function readWorkspaceSummary(value: unknown): WorkspaceSummary {
  const v = value as { mode?: unknown; namespace?: unknown } | null | undefined;
  if (
    v?.mode === 'cluster' &&
    typeof v.namespace === 'string' &&
    v.namespace.length <= 63 &&
    dns1123Label.test(v.namespace)
  ) {
    return { mode: 'cluster', namespace: v.namespace };
  }
  return { mode: 'sandbox' };
}
