import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSessionSecret } from './session-secret';

describe('loadSessionSecret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workshop-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('prefers SESSION_SECRET and writes no file', async () => {
    expect(loadSessionSecret({ secret: 'x'.repeat(32), dataDir: dir }).toString()).toBe(
      'x'.repeat(32),
    );
    await expect(stat(path.join(dir, 'session-secret'))).rejects.toThrow();
  });

  it('generates a secret once, readable only by the owner, and keeps it', async () => {
    const first = loadSessionSecret({ dataDir: dir });
    expect(first).toHaveLength(32);
    const file = path.join(dir, 'session-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(loadSessionSecret({ dataDir: dir }).equals(first)).toBe(true);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.toString('hex'));
  });

  it('refuses a corrupted secret file with a way out', async () => {
    await writeFile(path.join(dir, 'session-secret'), 'not hex', { mode: 0o600 });
    expect(() => loadSessionSecret({ dataDir: dir })).toThrow(/delete it to generate a new one/);
  });
});
