import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parsePss, parseStat, readTreeUsage } from './process-tree';

describe('parseStat', () => {
  it('reads the parent and CPU ticks after a command name with spaces and parentheses', () => {
    const stat = '42 (node (bench) x) S 7 42 42 0 -1 4194304 100 0 0 0 250 30 0 0 20 0 11 0';
    expect(parseStat(stat)).toEqual({ ppid: 7, cpuTicks: 280 });
  });
});

describe('parsePss', () => {
  it('reads Pss in bytes and refuses a rollup without it', () => {
    expect(parsePss('Rss:  2000 kB\nPss:  1500 kB\nPss_Anon: 10 kB\n')).toBe(1500 * 1024);
    expect(() => parsePss('Rss: 1 kB\n')).toThrow(/no Pss/);
  });
});

describe('readTreeUsage', () => {
  it('counts a child process and its memory in the tree of this process', async () => {
    const alone = readTreeUsage(process.pid);
    const child = spawn('sleep', ['5']);
    await new Promise((resolve) => child.once('spawn', resolve));
    try {
      const withChild = readTreeUsage(process.pid);
      expect(withChild.processes).toBe(alone.processes + 1);
      expect(withChild.pssBytes).toBeGreaterThan(alone.pssBytes);
    } finally {
      child.kill();
    }
  });
});
