/**
 * The `pod-template-hash` of a Deployment's pod template: a stable hash of its canonical JSON,
 * spelled with the same consonant-and-digit alphabet Kubernetes uses so names look familiar.
 */

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      // null is "not set" here, as after a round trip through the API types (kubectl sends
      // `creationTimestamp: null` in templates it copies back on rollout undo).
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits. */
function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function computeTemplateHash(template: unknown): string {
  const digits = String(fnv32a(canonical(template)));
  return [...digits].map((d) => ALPHABET[d.charCodeAt(0) % ALPHABET.length]).join('');
}
