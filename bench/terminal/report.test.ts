import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure-system';
import {
  formatRatio,
  judgeTarget,
  perTerminal,
  renderTerminalSection,
  replaceSection,
} from './report';

function row(system: string, terminals: number, p50: number, p99: number): Measurement {
  return {
    system,
    terminals,
    roundTrips: [],
    echo: { count: 100, p50, p99, max: p99 + 1 },
    lost: 0,
    loadAverage: 1.5,
    serverLoopDelay: { p99: 12, max: 40 },
    memory: {
      heapBefore: 10 * 1024 * 1024,
      heapAfter: 10 * 1024 * 1024 + terminals * 2048,
      rssBefore: 50 * 1024 * 1024,
      rssAfter: 60 * 1024 * 1024,
      treeBefore: 50 * 1024 * 1024,
      treeAfter: 70 * 1024 * 1024,
      processes: terminals + 1,
    },
    cpu: { serverMsPerKey: 0.25, treeCoreShare: 0.4, clientCoreShare: 0.3 },
  };
}

describe('replaceSection', () => {
  const doc =
    '# Performance\n\n## Lesson pages\n\nfast\n\n## Terminal\n\nold\n\n## Sandbox\n\nkept\n';

  it('replaces only its own section and keeps the ones after it', () => {
    const next = replaceSection(doc, 'Terminal', '## Terminal\n\nnew\n');
    expect(next).toBe(
      '# Performance\n\n## Lesson pages\n\nfast\n\n## Terminal\n\nnew\n\n## Sandbox\n\nkept\n',
    );
  });

  it('appends the section when the document has none', () => {
    const next = replaceSection(
      '# Performance\n\n## Sandbox\n\nkept\n',
      'Terminal',
      '## Terminal\n\nnew',
    );
    expect(next).toBe('# Performance\n\n## Sandbox\n\nkept\n\n## Terminal\n\nnew\n');
  });

  it('replaces a section at the end of the document', () => {
    const next = replaceSection(
      '# P\n\n## Terminal\n\nold\nlines\n',
      'Terminal',
      '## Terminal\n\nnew\n',
    );
    expect(next).toBe('# P\n\n## Terminal\n\nnew\n');
  });
});

describe('figures', () => {
  it('gives ratios against the floor, and a dash without one', () => {
    expect(formatRatio(6, 2)).toBe('3.0×');
    expect(formatRatio(6, undefined)).toBe('–');
    expect(formatRatio(6, 0)).toBe('–');
  });

  it('divides memory growth by the terminals and never reports a negative', () => {
    expect(perTerminal(1000, 3000, 4)).toBe(500);
    expect(perTerminal(3000, 1000, 4)).toBe(0);
  });
});

describe('judgeTarget', () => {
  it('is met when the site’s p99 at the largest N is no worse than wetty’s', () => {
    const rows = [
      row('site', 1, 1, 50),
      row('wetty', 1, 1, 10),
      row('site', 200, 5, 20),
      row('wetty', 200, 5, 20),
    ];
    expect(judgeTarget(rows)).toMatch(/at 200 terminals\): \*\*met\*\*/);
  });

  it('is missed when the site’s p99 is worse', () => {
    const rows = [row('site', 200, 5, 21), row('wetty', 200, 5, 20)];
    expect(judgeTarget(rows)).toMatch(/\*\*missed\*\* — site 21.00 ms, wetty 20.00 ms/);
  });

  it('says so when a system is missing', () => {
    expect(judgeTarget([row('site', 200, 5, 21)])).toMatch(/not judged/);
  });
});

const facts = {
  date: '2026-01-01 00:00 UTC',
  cores: 2,
  cpuModel: 'Test CPU',
  node: 'v20',
  revision: 'abc1234',
  loadAtStart: '1.00 / 1.00 / 1.00',
  warmUpSeconds: 3,
  rounds: 2,
  timedSeconds: { 50: 20 },
  descriptions: { relay: 'the floor', site: 'ours' },
};

describe('renderTerminalSection', () => {
  it('ends with the notes kept beside the bench', () => {
    const section = renderTerminalSection(
      [row('site', 1, 1, 1), row('wetty', 1, 1, 2)],
      facts,
      '\n### Reading\n\nWhy.\n\n',
    );
    expect(
      section.endsWith('**met** — site 1.00 ms, wetty 2.00 ms.\n\n### Reading\n\nWhy.\n'),
    ).toBe(true);
  });

  it('renders a row per measurement with ratios against the relay at the same N', () => {
    const section = renderTerminalSection([row('relay', 50, 2, 10), row('site', 50, 4, 30)], facts);
    expect(section.startsWith('## Terminal\n')).toBe(true);
    expect(section.endsWith('Target not judged: site or wetty missing at 50 terminals.\n')).toBe(
      true,
    );
    expect(section).toContain(
      '| 50 | relay | 100 | 0 | 2.00 | 10.00 | 11.0 | 1.0× | 1.0× | 12 / 40 | 1.50 |',
    );
    expect(section).toContain(
      '| 50 | site | 100 | 0 | 4.00 | 30.00 | 31.0 | 2.0× | 3.0× | 12 / 40 | 1.50 |',
    );
    // 50 terminals × 2 KiB of heap, 10 MiB of RSS and 20 MiB of tree PSS.
    expect(section).toContain('| 50 | site | 0.250 | 40 % | 30 % | 50 → 60 | 2 | 205 | 410 | 51 |');
  });
});
