import { describe, expect, it } from 'vitest';
import { extractScriptSources, median, percentile, replaceSection } from './measure-helpers';

describe('extractScriptSources', () => {
  it('lists external scripts once, resolved against the page, skipping inline and nomodule ones', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      "<script defer src='b.js?x=1&amp;y=2'></script>",
      '<script src="/_next/static/chunks/a.js"></script>',
      '<link rel="preload" href="/c.js" as="script">',
      '<script src="/polyfills.js" noModule=""></script>',
    ].join('');
    expect(extractScriptSources(html, 'http://h:1/learn/x/y')).toEqual([
      'http://h:1/_next/static/chunks/a.js',
      'http://h:1/learn/x/b.js?x=1&y=2',
    ]);
  });
});

describe('percentile and median', () => {
  it('uses nearest rank', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 99)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses nonsense', () => {
    expect(() => percentile([], 50)).toThrow('percentile of an empty list');
    expect(() => percentile([1], 101)).toThrow('percentile 101 is outside 0–100');
    expect(() => median([])).toThrow('median of an empty list');
  });
});

describe('replaceSection', () => {
  const doc = '# Performance\n\n## Sandbox\n\nfast\n\n## Lesson pages\n\nold\n\n## Checks\n\nok\n';

  it('replaces only the named section', () => {
    const out = replaceSection(doc, 'Lesson pages', 'new figures');
    expect(out).toBe(
      '# Performance\n\n## Sandbox\n\nfast\n\n## Lesson pages\n\nnew figures\n\n## Checks\n\nok\n',
    );
  });

  it('replaces a last section and appends a missing one', () => {
    expect(replaceSection('# P\n\n## Lesson pages\n\nold\n', 'Lesson pages', 'new')).toBe(
      '# P\n\n## Lesson pages\n\nnew\n',
    );
    expect(replaceSection('# P\n', 'Lesson pages', 'new')).toBe('# P\n\n## Lesson pages\n\nnew\n');
    expect(replaceSection('', 'Lesson pages', 'new')).toBe('## Lesson pages\n\nnew\n');
  });
});
