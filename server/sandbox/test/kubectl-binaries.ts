/**
 * Finds real kubectl binaries for integration tests: `KUBECTL` (one binary), else the versioned
 * `kubectl.1.30` / `kubectl.1.33` beside the `kubectl` on PATH. With CI=true a missing binary is
 * an error instead of a skipped test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type KubectlBinary = { version: string; path: string };

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function clientVersion(binary: string): string {
  const out = execFileSync(binary, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  const v = (JSON.parse(out) as { clientVersion: { major: string; minor: string } }).clientVersion;
  return `${v.major}.${v.minor.replace(/\D.*$/, '')}`;
}

export function findKubectls(wanted: string[] = ['1.30', '1.33']): KubectlBinary[] {
  if (process.env.KUBECTL) {
    return [{ version: clientVersion(process.env.KUBECTL), path: process.env.KUBECTL }];
  }
  const found: KubectlBinary[] = [];
  const base = onPath('kubectl');
  if (base) {
    const dir = path.dirname(realpathSync(base));
    for (const v of wanted) {
      const candidate = path.join(dir, `kubectl.${v}`);
      if (existsSync(candidate)) found.push({ version: v, path: candidate });
    }
    if (found.length === 0) {
      const v = clientVersion(base);
      if (Number(v.split('.')[1]) >= 30) found.push({ version: v, path: base });
    }
  }
  if (found.length === 0 && process.env.CI === 'true') {
    throw new Error(
      'no kubectl ≥ 1.30 found (set KUBECTL or put kubectl on PATH); CI requires one',
    );
  }
  return found;
}
