import { describe, expect, it } from 'vitest';
import { addLastApplied, lastAppliedKey, readLastApplied } from './last-applied';

describe('last-applied-configuration', () => {
  it('records the object as compact sorted JSON with a trailing newline', () => {
    const applied = addLastApplied({
      kind: 'Namespace',
      apiVersion: 'v1',
      metadata: { name: 'x' },
    });
    expect(applied.metadata?.annotations?.[lastAppliedKey]).toBe(
      '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{},"name":"x"}}\n',
    );
    expect(readLastApplied(applied)).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { annotations: {}, name: 'x' },
    });
  });

  it('does not record a previous annotation inside itself', () => {
    const once = addLastApplied({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } });
    const twice = addLastApplied(once);
    expect(twice.metadata?.annotations?.[lastAppliedKey]).toBe(
      once.metadata?.annotations?.[lastAppliedKey],
    );
    expect(readLastApplied({ metadata: {} })).toBeNull();
  });
});
