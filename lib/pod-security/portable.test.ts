import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine runs in the browser too: its modules may import only each other and `yaml`.
describe('lib/pod-security', () => {
  it('has no Node-only or server-only imports', () => {
    const root = import.meta.dirname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(path.join(root, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const specifier of imports) {
        expect(
          specifier.startsWith('.') || specifier === 'yaml',
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    }
  });
});
