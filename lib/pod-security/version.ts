/**
 * Pod Security policy versions: `latest` or `v1.<minor>`, as in the namespace label
 * `pod-security.kubernetes.io/enforce-version`. Checks carry the minor version they start at.
 */

/** The newest policy version this engine knows: what `latest` means here. */
export const LATEST_MINOR = 35;

export function parsePolicyVersion(version: string = 'latest'): number {
  if (version === 'latest') return LATEST_MINOR;
  const match = /^v1\.(0|[1-9][0-9]*)$/.exec(version);
  if (!match) {
    throw new Error(
      `invalid version "${version}": must be "latest" or of the form "v1.<minor>", e.g. "v1.30"`,
    );
  }
  // Versions newer than the engine knows behave like the newest it knows, as the admission
  // controller does for versions newer than itself.
  return Math.min(Number(match[1]), LATEST_MINOR);
}
