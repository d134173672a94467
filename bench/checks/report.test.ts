import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile, replaceSection } from './report';

describe('checks bench report', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 99)).toBe(7);
  });

  it('replaces only its own section', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'perf-')), 'p.md');
    writeFileSync(file, '# P\n\n## A\nold a\n\n## Checks\nold\n\n## B\nkeep b\n');
    replaceSection(file, '## Checks', '## Checks\nnew\n');
    expect(readFileSync(file, 'utf8')).toBe(
      '# P\n\n## A\nold a\n\n## Checks\nnew\n\n## B\nkeep b\n',
    );
  });
});
