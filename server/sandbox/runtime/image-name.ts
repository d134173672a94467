/**
 * Image references reduced to the name the runtime looks programs up by: registry host, tag and
 * digest removed, Docker Hub's `library/` dropped. `fortinetwandy.azurecr.io/cfos:255` → `cfos`,
 * `docker.io/library/busybox:1.36` → `busybox`, `workshop/workstation:dev` → `workshop/workstation`.
 */

export function normalizeImageName(reference: string): string {
  let name = reference.trim().split('@')[0]!;
  const parts = name.split('/');
  const first = parts[0] ?? '';
  // Like Docker: the first component is a registry when it has a dot, a port, or is localhost.
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    parts.shift();
  }
  name = parts.join('/');
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) name = name.slice(0, colon);
  if (name.startsWith('library/')) name = name.slice('library/'.length);
  return name.toLowerCase();
}

/** Candidate keys for a lookup: the full path first, then its last component. */
export function imageLookupKeys(reference: string): string[] {
  const name = normalizeImageName(reference);
  const last = name.split('/').pop()!;
  return last === name ? [name] : [name, last];
}
