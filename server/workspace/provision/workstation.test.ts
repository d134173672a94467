import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkstationFiles } from './lesson-files';
import { buildWorkstationFiles, buildWorkstationPod } from './workstation';

type Volume = { name: string; configMap?: { items: { key: string; path: string }[] } };
type Container = { command: string[]; volumeMounts: { name: string; mountPath: string }[] };

const files = createWorkstationFiles();
const pod = buildWorkstationPod('learner-w', { image: 'img', user: 1001, files });
const spec = pod.spec as { containers: Container[]; volumes: Volume[] };
const configMap = buildWorkstationFiles('learner-w', files);

/** Lays out a ConfigMap volume the way the kubelet does: real files under ..data, symlinks on top. */
function layOutConfigMapVolume(dir: string) {
  const items = spec.volumes.find((v) => v.name === 'files')?.configMap?.items ?? [];
  const data = configMap.data as Record<string, string>;
  const stamp = path.join(dir, '..2026_01_01_00_00_00.000');
  for (const { key, path: rel } of items) {
    mkdirSync(path.dirname(path.join(stamp, rel)), { recursive: true });
    writeFileSync(path.join(stamp, rel), data[key] ?? '');
  }
  symlinkSync(stamp, path.join(dir, '..data'));
  for (const top of new Set(items.map((i) => i.path.split('/')[0] ?? ''))) {
    symlinkSync(path.join('..data', top), path.join(dir, top));
  }
}

describe('the workstation pod', () => {
  it('maps every lesson file into the ConfigMap under a key without slashes', () => {
    const items = spec.volumes.find((v) => v.name === 'files')?.configMap?.items ?? [];
    expect(items.map((i) => i.path).sort()).toEqual(Object.keys(files).sort());
    for (const { key } of items) expect(key).toMatch(/^[-._a-zA-Z0-9]+$/);
  });

  it("copies the files into the learner's home when it starts (run with real bash)", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'workstation-'));
    const mount = path.join(root, 'files');
    const home = path.join(root, 'home');
    mkdirSync(mount);
    mkdirSync(home);
    layOutConfigMapVolume(mount);
    const [shell, flag, script] = spec.containers[0]?.command ?? [];
    expect([shell, flag]).toEqual(['bash', '-c']);
    const mountPath =
      spec.containers[0]?.volumeMounts.find((m) => m.name === 'files')?.mountPath ?? '';
    const runnable = (script ?? '')
      .replaceAll(mountPath, mount)
      .replace('exec sleep infinity', 'exit 0');
    execFileSync('bash', ['-c', runnable], { env: { ...process.env, HOME: home } });
    for (const [rel, content] of Object.entries(files)) {
      expect(readFileSync(path.join(home, rel), 'utf8')).toBe(content);
    }
  });
});
