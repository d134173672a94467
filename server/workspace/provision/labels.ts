/**
 * Names and labels shared by every object the site creates on a real cluster. A learner's
 * namespace is named from a hash of the learner id, never from anything the learner typed.
 */
import { createHash } from 'node:crypto';

/** The value of `app.kubernetes.io/managed-by` on everything the site owns. */
export const MANAGED_BY = 'k8s-security-workshop';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
/** Carries the hash of the learner id on the namespace and its objects. */
export const LEARNER_LABEL = 'workshop.example/learner';
export const NAMESPACE_PREFIX = 'learner-';
/** The learner's own service account, which their terminal and kubectl act as. */
export const LEARNER_SERVICE_ACCOUNT = 'learner';

/** 16 hex characters of SHA-256: short enough for names, long enough not to collide in an event. */
export function hashLearnerId(learnerId: string): string {
  if (learnerId.length === 0) throw new Error('a learner id is required to name a workspace');
  return createHash('sha256').update(learnerId, 'utf8').digest('hex').slice(0, 16);
}

/** `learner-<hash>`: a valid DNS-1123 label (lower-case hex, 24 characters). */
export function formatLearnerNamespace(learnerId: string): string {
  return NAMESPACE_PREFIX + hashLearnerId(learnerId);
}

/** Labels every per-learner object carries, so reaping can find them by selector. */
export function createLearnerLabels(learnerId: string): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY, [LEARNER_LABEL]: hashLearnerId(learnerId) };
}

/** Labels for the site's cluster-wide objects (shared roles, admission policies). */
export function createSharedLabels(): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY };
}

/** The label selector that lists every learner namespace the site made. */
export const LEARNER_NAMESPACE_SELECTOR = `${MANAGED_BY_LABEL}=${MANAGED_BY},${LEARNER_LABEL}`;

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** True when `name` is a valid DNS-1123 label (what namespace names must be). */
export function isDns1123Label(name: string): boolean {
  return name.length <= 63 && dns1123Label.test(name);
}
