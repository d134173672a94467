import { describe, expect, it } from 'vitest';
import { replaceSection } from './report';

describe('replaceSection', () => {
  it('appends the section when the document has none', () => {
    expect(replaceSection('# Performance\n\n## Terminal\n\ntext\n', '## Event load\n\nnew\n')).toBe(
      '# Performance\n\n## Terminal\n\ntext\n\n## Event load\n\nnew\n',
    );
  });

  it('replaces only its own section and keeps the ones after it', () => {
    const doc = '# P\n\n## Event load\n\nold\n\n## Terminal\n\nkept\n';
    expect(replaceSection(doc, '## Event load\n\nnew\n')).toBe(
      '# P\n\n## Event load\n\nnew\n\n## Terminal\n\nkept\n',
    );
  });

  it('replaces a last section up to the end', () => {
    expect(replaceSection('# P\n\n## Event load\n\nold\n', '## Event load\n\nnew\n')).toBe(
      '# P\n\n## Event load\n\nnew\n',
    );
  });
});
