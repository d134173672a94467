/**
 * Learner workspaces on a real cluster: one namespace per learner, with its service account, RBAC,
 * quota, limits, network policies and workstation pod; released when the session expires and reaped
 * at start-up when nobody owns them. The same shape as the sandbox's workspaces, so the terminal and
 * checks do not care which kind of cluster is behind them.
 */
import type { ClusterConnection } from '@/server/cluster/connection';
import { listObjects } from '@/server/cluster/objects';
import {
  deleteIfPresent,
  ensureObject,
  findObject,
  type EnsureResult,
} from '@/server/cluster/provision-apply';
import { ClusterApiError, type ClusterObject } from '@/server/cluster/types';
import {
  LEARNER_LABEL,
  LEARNER_NAMESPACE_SELECTOR,
  formatLearnerNamespace,
  hashLearnerId,
} from './provision/labels';
import {
  buildLearnerRoleBinding,
  buildLearnerServiceAccount,
  buildLimitRange,
  buildNamespace,
  buildResourceQuota,
} from './provision/namespace-objects';
import { buildNetworkPolicies } from './provision/network-policies';
import { buildSharedObjects } from './provision/shared-objects';
import { buildSiteRoleBinding, type ServiceAccountRef } from './provision/site-access';
import { DEFAULT_SETTINGS, type WorkspaceSettings } from './provision/types';
import {
  WORKSTATION_CONTAINER,
  WORKSTATION_POD,
  WORKSTATION_SHELL,
  buildWorkstationFiles,
  buildWorkstationPod,
} from './provision/workstation';
import { isPodFinished, waitForGone, waitForPodReady } from './cluster-waits';

/** Where the learner's terminal attaches. */
export type WorkstationTarget = {
  namespace: string;
  pod: string;
  container: string;
  /** The command the terminal runs (a login shell). */
  command: string[];
};

export type ProvisionedWorkspace = { namespace: string; workstation: WorkstationTarget };

export type SharedObjectResult = { kind: string; name: string; result: EnsureResult };

export type ClusterWorkspaces = {
  provision(learnerId: string): Promise<ProvisionedWorkspace>;
  /** Deletes the learner's namespace (and with it everything inside); false when already gone. */
  release(learnerId: string): Promise<boolean>;
  /**
   * Deletes learner namespaces whose learner is not in the list; returns their names. Namespaces
   * younger than the grace period are spared: another replica may be provisioning a learner whose
   * session row is not visible yet.
   */
  reapOrphans(activeLearnerIds: Iterable<string>, graceMs?: number): Promise<string[]>;
  ensureSharedObjects(): Promise<SharedObjectResult[]>;
  /** Resolves once the workstation can take a terminal; throws with the pod's reason if not. */
  waitForWorkstation(learnerId: string, timeoutMs?: number): Promise<void>;
  /** The objects a learner's workspace consists of, in creation order. */
  buildWorkspaceObjects(learnerId: string): ClusterObject[];
};

export type ClusterWorkspaceOptions = Partial<WorkspaceSettings> & {
  /**
   * The site's own service account when it runs inside the cluster: it is then granted exec and
   * secret reads per learner namespace, and fenced to learner namespaces by an admission policy.
   */
  siteServiceAccount?: ServiceAccountRef;
  /** How long provisioning waits for a namespace still being deleted (a quick re-join). */
  terminatingWaitMs?: number;
  /** Clock for the reaping grace period (tests move it). */
  now?: () => number;
};

function describeTarget(learnerId: string): ProvisionedWorkspace {
  const namespace = formatLearnerNamespace(learnerId);
  return {
    namespace,
    workstation: {
      namespace,
      pod: WORKSTATION_POD,
      container: WORKSTATION_CONTAINER,
      command: [...WORKSTATION_SHELL],
    },
  };
}

/** Turns a refusal to write shared objects into advice for the operator. */
function explainSharedFailure(object: ClusterObject, error: unknown): Error {
  if (error instanceof ClusterApiError && error.code === 403) {
    return new Error(
      `${object.kind} "${object.metadata?.name ?? ''}" is missing or outdated and the site may not ` +
        'write it: apply deploy/base/shared-objects.yaml with cluster-admin rights ' +
        `(the API server said: ${error.message})`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function createClusterWorkspaces(
  connection: ClusterConnection,
  options: ClusterWorkspaceOptions = {},
): ClusterWorkspaces {
  const settings: WorkspaceSettings = { ...DEFAULT_SETTINGS, ...options };
  const terminatingWaitMs = options.terminatingWaitMs ?? 120_000;

  const buildWorkspaceObjects = (learnerId: string): ClusterObject[] => [
    buildNamespace(learnerId),
    buildLearnerServiceAccount(learnerId),
    buildLearnerRoleBinding(learnerId),
    ...(options.siteServiceAccount
      ? [buildSiteRoleBinding(learnerId, options.siteServiceAccount)]
      : []),
    buildResourceQuota(learnerId, settings.quota),
    buildLimitRange(learnerId),
    ...buildNetworkPolicies(learnerId, settings.blockedEgressCidrs),
    buildWorkstationFiles(learnerId, settings.workstationFiles),
    buildWorkstationPod(learnerId, {
      image: settings.workstationImage,
      user: settings.workstationUser,
      files: settings.workstationFiles,
    }),
  ];

  const namespaceAddress = (learnerId: string) => ({
    group: '',
    version: 'v1',
    resource: 'namespaces',
    name: formatLearnerNamespace(learnerId),
  });

  const workstationAddress = (learnerId: string) => ({
    group: '',
    version: 'v1',
    resource: 'pods',
    namespace: formatLearnerNamespace(learnerId),
    name: WORKSTATION_POD,
  });

  return {
    buildWorkspaceObjects,

    async provision(learnerId) {
      const existing = await findObject(connection, namespaceAddress(learnerId));
      if (existing?.metadata?.deletionTimestamp) {
        await waitForGone(connection, namespaceAddress(learnerId), terminatingWaitMs);
      }
      // An evicted or exited workstation never runs again (it has no controller): start it anew.
      const pod = existing
        ? await findObject(connection, workstationAddress(learnerId))
        : undefined;
      if (isPodFinished(pod)) {
        await deleteIfPresent(connection, workstationAddress(learnerId));
        await waitForGone(connection, workstationAddress(learnerId), terminatingWaitMs);
      }
      // Isolation first: the pod is created last, once its fences stand.
      for (const object of buildWorkspaceObjects(learnerId)) {
        await ensureObject(connection, object, object.kind === 'Pod' ? 'keep' : 'replace');
      }
      return describeTarget(learnerId);
    },

    async release(learnerId) {
      return deleteIfPresent(connection, namespaceAddress(learnerId));
    },

    async reapOrphans(activeLearnerIds, graceMs = 10 * 60_000) {
      const active = new Set([...activeLearnerIds].map(hashLearnerId));
      const list = await listObjects(
        connection,
        { group: '', version: 'v1', resource: 'namespaces' },
        { labelSelector: LEARNER_NAMESPACE_SELECTOR },
      );
      const reaped: string[] = [];
      const now = (options.now ?? Date.now)();
      for (const ns of list.items) {
        const name = ns.metadata?.name;
        const owner = ns.metadata?.labels?.[LEARNER_LABEL];
        if (!name || !owner || active.has(owner) || ns.metadata?.deletionTimestamp) continue;
        const created = Date.parse(ns.metadata?.creationTimestamp ?? '');
        if (Number.isFinite(created) && now - created < graceMs) continue;
        const address = { group: '', version: 'v1', resource: 'namespaces', name };
        if (await deleteIfPresent(connection, address)) reaped.push(name);
      }
      return reaped;
    },

    async ensureSharedObjects() {
      const results: SharedObjectResult[] = [];
      for (const object of buildSharedObjects(options.siteServiceAccount)) {
        try {
          const result = await ensureObject(connection, object, 'replace');
          results.push({ kind: object.kind ?? '', name: object.metadata?.name ?? '', result });
        } catch (error) {
          throw explainSharedFailure(object, error);
        }
      }
      return results;
    },

    async waitForWorkstation(learnerId, timeoutMs = 120_000) {
      await waitForPodReady(connection, workstationAddress(learnerId), timeoutMs);
    },
  };
}
