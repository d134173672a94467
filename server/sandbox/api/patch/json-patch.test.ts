import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from './json-patch';
import { applyMergePatch } from './merge-patch';

describe('JSON patch', () => {
  const doc = { spec: { replicas: 1, list: ['a', 'b'] }, metadata: { labels: { x: '1' } } };

  it('applies add, remove, replace, move, copy and test', () => {
    const out = applyJsonPatch(doc, [
      { op: 'test', path: '/spec/replicas', value: 1 },
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'add', path: '/spec/list/-', value: 'c' },
      { op: 'add', path: '/spec/list/0', value: 'z' },
      { op: 'remove', path: '/metadata/labels/x' },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copied' },
      { op: 'move', from: '/spec/copied', path: '/metadata/moved' },
      { op: 'add', path: '/metadata/labels/a~1b', value: 'slash' },
    ]);
    expect(out).toEqual({
      spec: { replicas: 3, list: ['z', 'a', 'b', 'c'] },
      metadata: { labels: { 'a/b': 'slash' }, moved: 3 },
    });
    expect(doc.spec.replicas).toBe(1);
  });

  it('fails on a failed test, a missing path or a bad index', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/spec/replicas', value: 2 }])).toThrow(
      /test failed/,
    );
    expect(() => applyJsonPatch(doc, [{ op: 'replace', path: '/nope/x', value: 1 }])).toThrow(
      /missing/,
    );
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/spec/list/9' }])).toThrow(
      /invalid index/,
    );
    expect(() => applyJsonPatch(doc, { op: 'add' })).toThrow(/cannot unmarshal/);
  });
});

describe('merge patch', () => {
  it('merges maps, deletes with null and replaces lists', () => {
    expect(
      applyMergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: null, d: 3 }, l: [3] }),
    ).toEqual({
      a: { b: 1, d: 3 },
      l: [3],
    });
  });
});
