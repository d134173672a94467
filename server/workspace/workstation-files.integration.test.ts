/**
 * The editor's file access and Apply, against the real sandbox and the learner's simulated
 * workstation: the same files the terminal sees, and kubectl's own verdicts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../sandbox';
import { createSandboxWorkspaces } from './sandbox-workspaces';
import { LAB_DEPLOYMENT_YAML } from './starting-files';
import { runInWorkstation } from './workstation-exec';
import {
  applyWorkstationFile,
  listWorkstationFiles,
  readWorkstationFile,
  WorkspaceFileError,
  writeWorkstationFile,
} from './workstation-files';
import type { Workspaces } from './workspaces';

describe('workstation files for the editor', () => {
  let sandbox: Sandbox;
  let workspaces: Workspaces;
  const apply = (path: string, content: string, dryRun: boolean, learner = 'ana') =>
    applyWorkstationFile(workspaces, learner, {
      path,
      content,
      dryRun,
      lessonNamespace: 'cfostest',
    });

  beforeAll(async () => {
    sandbox = await createSandbox();
    workspaces = createSandboxWorkspaces(sandbox);
  });
  afterAll(() => sandbox.close());

  it("lists the workshop's files and gives each file's lesson starting version", async () => {
    const files = await listWorkstationFiles(workspaces, 'ana');
    expect(files).toEqual(
      expect.arrayContaining([
        'cfosimagepullsecret.yaml',
        'k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml',
      ]),
    );
    const secret = await readWorkstationFile(workspaces, 'ana', 'cfosimagepullsecret.yaml');
    expect(secret.content).toContain('kubernetes.io/dockerconfigjson');
    expect(secret.starting).toBe(secret.content);
  });

  it('saves a file the terminal then sees, and reads back what the terminal changed', async () => {
    await writeWorkstationFile(
      workspaces,
      'ana',
      'cfos7210250-deployment.yaml',
      LAB_DEPLOYMENT_YAML,
    );
    const seen = await runInWorkstation(
      workspaces,
      'ana',
      'grep -c NET_RAW ~/cfos7210250-deployment.yaml',
    );
    expect(seen.stdout.trim()).toBe('1');
    await runInWorkstation(
      workspaces,
      'ana',
      `cd && sed -i 's/add: \\["NET_RAW"\\]/add: ["NET_RAW","NET_ADMIN"]/' cfos7210250-deployment.yaml`,
    );
    const file = await readWorkstationFile(workspaces, 'ana', 'cfos7210250-deployment.yaml');
    expect(file.content).toContain('add: ["NET_RAW","NET_ADMIN"]');
    expect(file.starting).toBe(LAB_DEPLOYMENT_YAML);
  });

  it('refuses paths outside the home folder or that could reach a shell', async () => {
    for (const bad of [
      '../etc/passwd',
      '/etc/passwd',
      '.kube/config',
      'a;rm -rf ~',
      'x/../../y',
      '$(id)',
    ]) {
      await expect(readWorkstationFile(workspaces, 'ana', bad)).rejects.toBeInstanceOf(
        WorkspaceFileError,
      );
    }
    await expect(readWorkstationFile(workspaces, 'ana', 'missing.yaml')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('previews with a dry run (nothing created), applies, then reports unchanged', async () => {
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: cfostest\n';
    expect(await apply('ns.yaml', ns, true)).toEqual({
      dryRun: true,
      objects: [{ kind: 'namespace', name: 'cfostest', namespace: 'cfostest', action: 'created' }],
    });
    const after = await runInWorkstation(workspaces, 'ana', 'kubectl get namespace cfostest');
    expect(after.stderr).toContain('NotFound');
    expect((await apply('ns.yaml', ns, false)).objects[0]?.action).toBe('created');
    expect((await apply('ns.yaml', ns, false)).objects[0]?.action).toBe('unchanged');
  });

  it("refuses an object aimed at another namespace, with the workspace's wording", async () => {
    const foreign =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: kube-system\n';
    await expect(apply('foreign.yaml', foreign, true)).rejects.toThrow(
      'metadata.namespace "kube-system" is outside your workspace; remove it or use "cfostest"',
    );
  });

  it('answers malformed YAML and unknown kinds with clear errors', async () => {
    await expect(apply('bad.yaml', 'kind: [unclosed\n', true)).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      apply('odd.yaml', 'apiVersion: v1\nkind: Gadget\nmetadata:\n  name: g\n', true),
    ).rejects.toThrow(/Gadget/);
  });

  it("one learner's editor never sees another learner's files", async () => {
    await writeWorkstationFile(workspaces, 'ana', 'private.yaml', 'secret: ana\n');
    expect(await listWorkstationFiles(workspaces, 'ben')).not.toContain('private.yaml');
  });
});
