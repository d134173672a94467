/**
 * The learner clusters of one site: create, reset and delete them, map tokens to them (and
 * nothing else: a learner's token reaches only that learner's cluster), and keep them on disk.
 * The admin token reaches the admin cluster, and any learner cluster under `/clusters/<id>/`.
 */
import type { Cluster, ClusterOptions } from '../cluster/cluster';
import { createCluster } from '../cluster/cluster';
import type { ResolveTenant, Tenant } from '../api/server';
import { hashToken, mintToken } from './tokens';
import { loadSnapshots, removeSnapshot, saveSnapshot, type LearnerSnapshot } from './snapshots';
import { WORKSTATION_NAMESPACE, ensureWorkstation } from './workstation';
import { AccountTokens } from './account-tokens';
import { PodAccountTokens } from './pod-account-tokens';

type Learner = {
  learnerId: string;
  cluster: Cluster;
  tokenHashes: string[];
  workstationToken: string;
  unsubscribe: () => void;
};

/** A learner may hold a few live credentials (several tabs, a restarted site); older ones lapse. */
const MAX_TOKENS_PER_LEARNER = 5;
const SAVE_DELAY_MS = 1000;

export type RegistryOptions = {
  /** Folder for snapshots; none means clusters live in memory only. */
  snapshotDir?: string;
  clusterOptions?: Omit<ClusterOptions, 'snapshot'>;
};

export class ClusterRegistry {
  readonly admin: Cluster;
  readonly adminToken = mintToken();
  private readonly adminHash = hashToken(this.adminToken);
  private learners = new Map<string, Learner>();
  private byToken = new Map<string, Learner>();
  private dirty = new Set<string>();
  /** Service account tokens (TokenRequest). */
  private accountTokens = new AccountTokens<Learner>();
  /** What processes in the admin cluster's pods act as: their pod's service account. */
  readonly podAccounts: PodAccountTokens;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  serverUrl = '';

  constructor(private readonly options: RegistryOptions = {}) {
    this.admin = createCluster(options.clusterOptions);
    this.podAccounts = new PodAccountTokens(this.admin);
  }

  /** Restores every learner cluster found in the snapshot folder. */
  async load() {
    if (!this.options.snapshotDir) return;
    for (const snap of await loadSnapshots(this.options.snapshotDir)) {
      const cluster = createCluster({ ...this.options.clusterOptions, snapshot: snap.store });
      this.register(snap.learnerId, cluster, snap.tokenHashes, snap.workstationToken);
    }
  }

  resolve: ResolveTenant = (token, path) => {
    if (!token) return null;
    const hash = hashToken(token);
    if (hash === this.adminHash) {
      const m = /^\/clusters\/([^/]+)(\/.*)?$/.exec(path);
      if (!m) return { tenant: this.tenantOf(this.admin, this.adminToken, false), path };
      const learner = this.learners.get(decodeURIComponent(m[1]!));
      if (!learner) return null;
      return {
        tenant: this.tenantOf(learner.cluster, learner.workstationToken, false, learner),
        path: m[2] ?? '/',
      };
    }
    const learner = this.byToken.get(hash);
    if (learner) {
      return {
        tenant: this.tenantOf(learner.cluster, learner.workstationToken, true, learner),
        path,
      };
    }
    const account = this.accountTokens.lookup(hash);
    if (!account) {
      const user = this.podAccounts.lookup(hash);
      if (!user) return null;
      return { tenant: { ...this.tenantOf(this.admin, this.adminToken, false), user }, path };
    }
    const { owner, cluster } = account;
    const tenant = this.tenantOf(
      cluster,
      owner?.workstationToken ?? this.adminToken,
      !!owner,
      owner,
    );
    return { tenant: { ...tenant, user: account.user }, path };
  };

  private tenantOf(
    cluster: Cluster,
    token: string,
    enforceLimits: boolean,
    learner?: Learner,
  ): Tenant {
    return {
      cluster,
      enforceLimits,
      access: { server: this.serverUrl, token, namespace: WORKSTATION_NAMESPACE },
      issueToken: (user, seconds) => this.accountTokens.issue(cluster, learner, user, seconds),
    };
  }

  has(learnerId: string) {
    return this.learners.has(learnerId);
  }

  get learnerCount() {
    return this.learners.size;
  }

  cluster(learnerId: string): Cluster | undefined {
    return this.learners.get(learnerId)?.cluster;
  }

  /** Creates the learner's cluster if needed and issues a fresh token for it. */
  async provision(learnerId: string): Promise<string> {
    if (!learnerId) throw new Error('a learner id is required');
    let learner = this.learners.get(learnerId);
    if (!learner) {
      learner = this.register(
        learnerId,
        createCluster(this.options.clusterOptions),
        [],
        mintToken(),
      );
    }
    await ensureWorkstation(learner.cluster);
    const token = mintToken();
    learner.tokenHashes = [...learner.tokenHashes, hashToken(token)].slice(-MAX_TOKENS_PER_LEARNER);
    this.reindex();
    this.markDirty(learnerId);
    return token;
  }

  /** Replaces the learner's cluster with a fresh one; their credentials stay valid. */
  async reset(learnerId: string): Promise<void> {
    const old = this.learners.get(learnerId);
    if (!old) throw new Error(`no sandbox cluster for learner "${learnerId}"`);
    old.unsubscribe();
    old.cluster.stop();
    const learner = this.register(
      learnerId,
      createCluster(this.options.clusterOptions),
      old.tokenHashes,
      old.workstationToken,
    );
    await ensureWorkstation(learner.cluster);
    this.markDirty(learnerId);
  }

  async delete(learnerId: string): Promise<void> {
    const learner = this.learners.get(learnerId);
    if (!learner) return;
    learner.unsubscribe();
    learner.cluster.stop();
    this.learners.delete(learnerId);
    this.dirty.delete(learnerId);
    this.reindex();
    if (this.options.snapshotDir) await removeSnapshot(this.options.snapshotDir, learnerId);
  }

  /** Writes every pending snapshot now. */
  async flush() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const dir = this.options.snapshotDir;
    if (!dir) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const id of ids) {
      const l = this.learners.get(id);
      if (!l) continue;
      const snapshot: LearnerSnapshot = {
        version: 1,
        learnerId: id,
        tokenHashes: l.tokenHashes,
        workstationToken: l.workstationToken,
        store: l.cluster.store.snapshot(),
      };
      await saveSnapshot(dir, snapshot);
    }
  }

  async close() {
    await this.flush();
    for (const l of this.learners.values()) {
      l.unsubscribe();
      l.cluster.stop();
    }
    this.admin.stop();
  }

  private register(
    learnerId: string,
    cluster: Cluster,
    tokenHashes: string[],
    workstationToken: string,
  ): Learner {
    const learner: Learner = {
      learnerId,
      cluster,
      tokenHashes,
      workstationToken,
      unsubscribe: cluster.store.subscribe(() => this.markDirty(learnerId)),
    };
    this.learners.set(learnerId, learner);
    this.reindex();
    return learner;
  }

  private reindex() {
    this.byToken.clear();
    for (const l of this.learners.values()) {
      for (const h of l.tokenHashes) this.byToken.set(h, l);
      this.byToken.set(hashToken(l.workstationToken), l);
    }
  }

  private markDirty(learnerId: string) {
    if (!this.options.snapshotDir) return;
    this.dirty.add(learnerId);
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush().catch((err: unknown) => console.error('sandbox: snapshot failed:', err));
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }
}
