import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../index';
import { createWorkstationShells } from './workstation-shells';
import { execIn } from '../test/exec-client';

const WORKSTATION = { namespace: 'workstation', name: 'workstation', container: 'shell' };

describe("the learner's workstation", () => {
  it('runs kubectl against its own cluster and keeps its files across a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-shells-'));
    const first = await createSandbox({ dataDir });
    const { token } = await first.provisionLearnerCluster('ws-learner');
    const created = await execIn(first.url, token, WORKSTATION, [
      'bash',
      '-c',
      'kubectl create namespace from-shell && echo kept > note.txt',
    ]);
    expect(created.stdout).toContain('namespace/from-shell created');
    expect(created.status.status).toBe('Success');
    await first.close();

    const second = await createSandbox({ dataDir });
    const after = await execIn(second.url, token, WORKSTATION, [
      'bash',
      '-c',
      'cat note.txt; kubectl get ns from-shell -o name',
    ]);
    expect(after.stdout).toBe('kept\nnamespace/from-shell\n');
    await second.close();
  });

  it('saves one after another, so overlapping saves never lose the snapshot', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-shells-save-'));
    const shells = await createWorkstationShells(dir);
    await expect(Promise.all([shells.save(), shells.save(), shells.save()])).resolves.toBeDefined();
    await shells.stop();
  });
});
