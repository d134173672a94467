/**
 * The embedded sandbox: a Kubernetes-compatible API server on loopback that gives each learner a
 * private simulated cluster. This is the one entry the rest of the site uses.
 *
 *   const sandbox = await createSandbox({ dataDir: 'data' });
 *   const { token, kubeconfig } = await sandbox.provisionLearnerCluster('learner-42');
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInProcessExec, type ExecInProcess } from './api/exec-in-process';
import { createApiServer } from './api/server';
import type { ClusterOptions } from './cluster/cluster';
import { createContainerRuntime } from './runtime';
import type { ContainerRuntime, ImageProgram } from './runtime/process';
import { renderKubeconfig } from './tenancy/kubeconfig';
import { ClusterRegistry } from './tenancy/registry';
import { loadOrCreateTls } from './tenancy/tls-store';
import { createWorkstationShells } from './tenancy/workstation-shells';
import { WORKSTATION_IMAGE, WORKSTATION_NAMESPACE, WORKSTATION_POD } from './tenancy/workstation';
import { resource } from './store/resources';

export type LearnerCredentials = { token: string; kubeconfig: string };

export type Sandbox = {
  /**
   * Base URL of the API server, e.g. `http://127.0.0.1:41234`. The same port also speaks https
   * (what the kubeconfigs use, since kubectl sends tokens only over TLS).
   */
  url: string;
  /** Creates the learner's cluster (or finds it) and returns a fresh credential for it. */
  provisionLearnerCluster(learnerId: string): Promise<LearnerCredentials>;
  deleteLearnerCluster(learnerId: string): Promise<void>;
  /** Starts the learner over with a fresh cluster; returns a fresh credential (old ones stay valid). */
  resetLearnerCluster(learnerId: string): Promise<LearnerCredentials>;
  /** Admin access: the admin cluster, and learner clusters at `<url>/clusters/<learnerId>`. */
  adminKubeconfig(): string;
  /**
   * Runs a command in a pod of the cluster a token names, as the exec endpoint would, without a
   * network in between (for the terminal of the site that embeds the sandbox).
   */
  execInProcess: ExecInProcess;
  close(): Promise<void>;
};

export type SandboxOptions = {
  /** Where snapshots go (`<dataDir>/sandbox/*.json`); none keeps clusters in memory only. */
  dataDir?: string;
  runtime?: ContainerRuntime;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Limits and timings for every cluster (tests shorten timings). */
  clusterOptions?: Omit<ClusterOptions, 'snapshot'>;
};

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const snapshotDir = options.dataDir ? path.join(options.dataDir, 'sandbox') : undefined;
  const registry = new ClusterRegistry({ snapshotDir, clusterOptions: options.clusterOptions });
  await registry.load();
  // The default runtime runs the learner's workstation shell for the workstation image.
  const shells = options.runtime ? undefined : await createWorkstationShells(snapshotDir);
  // A workstation in the admin cluster (a learner namespace when the sandbox stands in for a
  // real cluster) acts as its pod's service account; one in a learner cluster as the learner.
  const workstation: ImageProgram | undefined = shells
    ? (request, io) =>
        shells.program(
          request.cluster?.token === registry.adminToken
            ? registry.podAccounts.asPodAccount(request)
            : request,
          io,
        )
    : undefined;
  const runtime =
    options.runtime ??
    createContainerRuntime({ images: { [WORKSTATION_IMAGE.split(':')[0]!]: workstation! } });
  const tls = await loadOrCreateTls(snapshotDir);
  const server = createApiServer({ resolve: registry.resolve, runtime: () => runtime, tls });
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (err) {
    // A port in use: stop what was started, so the caller can report and exit cleanly.
    await registry.close();
    await shells?.stop();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const secureUrl = `https://${host}:${port}`;
  registry.serverUrl = url;
  const kubeconfig = (token: string, user: string) =>
    renderKubeconfig({ server: secureUrl, caPem: tls.cert, token, user });

  const credentials = (learnerId: string, token: string): LearnerCredentials => ({
    token,
    kubeconfig: kubeconfig(token, learnerId),
  });

  // A deleted or reset cluster's workstation pod is gone; so is the shell that went with it.
  const forgetShell = (learnerId: string) => {
    const uid = registry
      .cluster(learnerId)
      ?.store.get(resource('pods'), WORKSTATION_NAMESPACE, WORKSTATION_POD)?.metadata.uid;
    if (uid) shells?.forget(uid);
  };

  return {
    url,
    async provisionLearnerCluster(learnerId) {
      return credentials(learnerId, await registry.provision(learnerId));
    },
    async deleteLearnerCluster(learnerId) {
      forgetShell(learnerId);
      await registry.delete(learnerId);
    },
    async resetLearnerCluster(learnerId) {
      forgetShell(learnerId);
      await registry.reset(learnerId);
      return credentials(learnerId, await registry.provision(learnerId));
    },
    adminKubeconfig: () => kubeconfig(registry.adminToken, 'admin'),
    execInProcess: createInProcessExec(registry.resolve, () => runtime),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await registry.close();
      await shells?.stop();
    },
  };
}
