/**
 * Service account tokens minted by TokenRequest (`kubectl create token`): kept as digests, in
 * memory only (like short-lived bound tokens), valid until they expire or their account is
 * deleted, and capped per cluster (minting more retires the oldest).
 */
import type { Cluster } from '../cluster/cluster';
import type { UserInfo } from '../cluster/rbac';
import { resource } from '../store/resources';
import { hashToken, mintToken } from './tokens';

const MAX_PER_CLUSTER = 50;

export type AccountToken<Owner> = {
  cluster: Cluster;
  owner?: Owner;
  user: UserInfo;
  expires: number;
};

export class AccountTokens<Owner> {
  private tokens = new Map<string, AccountToken<Owner>>();

  issue(cluster: Cluster, owner: Owner | undefined, user: UserInfo, seconds: number) {
    const token = mintToken();
    const expires = Date.now() + seconds * 1000;
    this.prune(cluster);
    this.tokens.set(hashToken(token), { cluster, owner, user, expires });
    return { token, expires: new Date(expires) };
  }

  /** The live token with this digest, if any. */
  lookup(hash: string): AccountToken<Owner> | undefined {
    const found = this.tokens.get(hash);
    if (!found) return undefined;
    if (found.expires < Date.now() || !accountExists(found)) {
      this.tokens.delete(hash);
      return undefined;
    }
    return found;
  }

  private prune(cluster: Cluster) {
    const now = Date.now();
    const mine: string[] = [];
    for (const [hash, t] of this.tokens) {
      if (t.expires < now) this.tokens.delete(hash);
      else if (t.cluster === cluster) mine.push(hash);
    }
    for (const hash of mine.slice(0, Math.max(0, mine.length - MAX_PER_CLUSTER + 1)))
      this.tokens.delete(hash);
  }
}

/** A service account token stops working once its account is gone, as on a real cluster. */
function accountExists(t: { cluster: Cluster; user: UserInfo }) {
  const [, , ns, name] = t.user.name.split(':');
  return !!t.cluster.store.get(resource('serviceaccounts'), ns, name ?? '');
}
