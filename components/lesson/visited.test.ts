import { describe, expect, it } from 'vitest';
import { addVisited, lessonKey, parseVisited } from './visited';

describe('visited lessons', () => {
  it('adds a lesson once', () => {
    const once = addVisited(null, lessonKey('ch', 'a'));
    expect(parseVisited(once)).toEqual(['ch/a']);
    expect(addVisited(once, 'ch/a')).toBe(once);
    expect(parseVisited(addVisited(once, 'ch/b'))).toEqual(['ch/a', 'ch/b']);
  });

  it('treats corrupt storage as nothing visited', () => {
    expect(parseVisited('{oops')).toEqual([]);
    expect(parseVisited('{"a":1}')).toEqual([]);
    expect(parseVisited('["ch/a", 3]')).toEqual(['ch/a']);
    expect(parseVisited(addVisited('{oops', 'ch/a'))).toEqual(['ch/a']);
  });
});
