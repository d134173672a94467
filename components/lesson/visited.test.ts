import { describe, expect, it } from 'vitest';
import { addVisited, findLastVisited, lessonKey, parseVisited } from './visited';

describe('visited lessons', () => {
  it('adds a lesson once and keeps the latest visit last', () => {
    const once = addVisited(null, lessonKey('ch', 'a'));
    expect(parseVisited(once)).toEqual(['ch/a']);
    expect(addVisited(once, 'ch/a')).toBe(once);
    const two = addVisited(once, 'ch/b');
    expect(parseVisited(two)).toEqual(['ch/a', 'ch/b']);
    expect(parseVisited(addVisited(two, 'ch/a'))).toEqual(['ch/b', 'ch/a']);
  });

  it('finds the last visited lesson among a chapter', () => {
    const stored = JSON.stringify(['ch/a', 'other/x', 'ch/b', 'other/y']);
    expect(findLastVisited(stored, ['ch/a', 'ch/b'])).toBe('ch/b');
    expect(findLastVisited(stored, ['ch/c'])).toBeUndefined();
    expect(findLastVisited(null, ['ch/a'])).toBeUndefined();
  });

  it('treats corrupt storage as nothing visited', () => {
    expect(parseVisited('{oops')).toEqual([]);
    expect(parseVisited('{"a":1}')).toEqual([]);
    expect(parseVisited('["ch/a", 3]')).toEqual(['ch/a']);
    expect(parseVisited(addVisited('{oops', 'ch/a'))).toEqual(['ch/a']);
  });
});
