/** Name rules (RFC 1123 label and subdomain) with the API server's own error wording. */

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Resources whose names must be RFC 1123 labels rather than subdomains. */
const LABEL_NAMED = new Set(['namespaces', 'services']);
/** Resources whose names only need to be valid path segments (RBAC). */
const PATH_NAMED = new Set(['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings']);

export function checkLabelName(name: string): string[] {
  const out: string[] = [];
  if (name.length > 63) out.push('must be no more than 63 characters');
  if (!LABEL.test(name)) {
    out.push(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return out;
}

export function checkSubdomainName(name: string): string[] {
  const out: string[] = [];
  if (name.length > 253) out.push('must be no more than 253 characters');
  if (!SUBDOMAIN.test(name)) {
    out.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return out;
}

function checkPathSegment(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  if (/[/%]/.test(name)) return [`may not contain '${name.includes('/') ? '/' : '%'}'`];
  return [];
}

/** Problems with an object name for the given resource plural; empty when it is fine. */
export function checkObjectName(plural: string, name: string): string[] {
  if (PATH_NAMED.has(plural)) return checkPathSegment(name);
  return LABEL_NAMED.has(plural) ? checkLabelName(name) : checkSubdomainName(name);
}
