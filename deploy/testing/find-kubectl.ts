/** Test helper: the real kubectl binaries on this machine (`kubectl` and `kubectl.1.NN` beside it). */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

export function findKubectlBinaries(): string[] {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'kubectl');
    if (!dir || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    const folder = path.dirname(real);
    const versioned = readdirSync(folder)
      .filter((name) => /^kubectl\.1\.\d+$/.test(name))
      .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
      .map((name) => path.join(folder, name));
    return versioned.length > 0 ? versioned : [real];
  }
  return [];
}
