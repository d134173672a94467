import { describe, expect, it } from 'vitest';
import { computeTemplateHash } from './template-hash';

const template = (image: string, extra: Record<string, unknown> = {}) => ({
  metadata: { labels: { app: 'web' }, ...extra },
  spec: { containers: [{ name: 'c', image }] },
});

describe('pod-template-hash', () => {
  it('is stable across key order and unset (null) fields, as after a rollout undo', () => {
    const a = template('nginx:1.27');
    const b = {
      spec: { containers: [{ image: 'nginx:1.27', name: 'c' }] },
      metadata: { creationTimestamp: null, labels: { app: 'web' } },
    };
    expect(computeTemplateHash(b)).toBe(computeTemplateHash(a));
    expect(computeTemplateHash(a)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
  });

  it('changes with the template', () => {
    expect(computeTemplateHash(template('nginx:1.28'))).not.toBe(
      computeTemplateHash(template('nginx:1.27')),
    );
  });
});
