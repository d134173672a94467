import { describe, expect, it } from 'vitest';
import {
  createLearnerLabels,
  formatLearnerNamespace,
  hashLearnerId,
  isDns1123Label,
} from './labels';

describe('learner namespace names', () => {
  it('are learner- plus 16 hex characters of the id hash, stable across calls', () => {
    const name = formatLearnerNamespace('0b8f2a3c-learner-id');
    expect(name).toMatch(/^learner-[0-9a-f]{16}$/);
    expect(formatLearnerNamespace('0b8f2a3c-learner-id')).toBe(name);
    expect(isDns1123Label(name)).toBe(true);
  });

  it('differ between learners and never contain the id itself', () => {
    const a = formatLearnerNamespace('Alice Smith');
    const b = formatLearnerNamespace('alice smith');
    expect(a).not.toBe(b);
    expect(a.toLowerCase()).not.toContain('alice');
  });

  it('stay valid DNS-1123 labels for ids a name could never be', () => {
    for (const id of ['ÄÖÜ 🚀', '../../etc', 'x'.repeat(500), 'UPPER_case']) {
      expect(isDns1123Label(formatLearnerNamespace(id))).toBe(true);
    }
  });

  it('refuse an empty id', () => {
    expect(() => hashLearnerId('')).toThrow(/learner id is required/);
  });

  it('label objects with the hash and the site as manager', () => {
    expect(createLearnerLabels('abc')).toEqual({
      'app.kubernetes.io/managed-by': 'k8s-security-workshop',
      'workshop.example/learner': hashLearnerId('abc'),
    });
  });
});

describe('isDns1123Label', () => {
  it.each(['-a', 'a-', 'A', 'a_b', 'a.b', '', 'x'.repeat(64)])('rejects %j', (name) => {
    expect(isDns1123Label(name)).toBe(false);
  });
});
