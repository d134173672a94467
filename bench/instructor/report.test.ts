import { describe, expect, it } from 'vitest';
import { replaceSection } from '../terminal/report';
import { summarize } from '../terminal/stats';
import { renderInstructorSection, type InstructorFigures } from './report';

const s = summarize([1, 2, 3, 250]);
const figures: InstructorFigures = {
  date: '2026-11-27 03:00 UTC',
  machine: '2 cores',
  load: '1.0 / 1.0 / 1.0',
  learners: 500,
  seededAttempts: 2928,
  seed: { summary: s, perSecond: 1234.4 },
  ingest: { summary: s, perSecond: 987.6, count: 3000 },
  http: { summary: s, perSecond: 41.25, count: 432, learners: 24 },
  html: { ttfb: s, total: s, bytes: 2048 },
  browser: { ttfb: s, gridPainted: s, live: s },
  update: { sse: s, cell: s, checkMs: s },
  updateUnderLoad: s,
};

describe('renderInstructorSection', () => {
  it('states the class size, the figures and rounds them for reading', () => {
    const section = renderInstructorSection(figures);
    expect(section.startsWith('## Instructor dashboard\n')).toBe(true);
    expect(section).toContain('**500 learners**');
    expect(section).toContain(
      '| HTML: time to first byte (server render) | 4 | 2.00 | 250 | 250 |',
    );
    expect(section).toContain('| 3000 | 988 |');
    expect(section).toContain('| 432 | 41.3 |');
  });

  it('replaces only its own section of the document', () => {
    const doc =
      '# Performance\n\n## Lesson pages\n\nA\n\n## Instructor dashboard\n\nold\n\n## Sandbox\n\nB\n';
    const next = replaceSection(doc, 'Instructor dashboard', renderInstructorSection(figures));
    expect(next).toContain('## Lesson pages\n\nA\n');
    expect(next).toContain('## Sandbox\n\nB\n');
    expect(next).not.toContain('old');
  });
});
