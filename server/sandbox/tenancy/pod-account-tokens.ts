/**
 * The credential a process in a pod of the admin cluster gets, as on a real cluster: its pod's
 * service account (a real kubelet mounts that account's token), never the admin token the exec
 * came in with. The admin cluster is what stands in for a real shared cluster, so a learner's
 * workstation there must be held to the RBAC of its service account. Learner clusters are
 * unchanged: their workstation acts as the learner, who owns that cluster.
 */
import type { Cluster } from '../cluster/cluster';
import { userFromName, type UserInfo } from '../cluster/rbac';
import type { ExecRequest } from '../runtime/process';
import { resource } from '../store/resources';
import { hashToken, mintToken } from './tokens';

type Account = { namespace: string; name: string };

export class PodAccountTokens {
  /** One token per account (stable, so a shell keeps working across execs), by digest. */
  private byHash = new Map<string, Account>();
  private byAccount = new Map<string, string>();

  constructor(private readonly cluster: Cluster) {}

  /** The token of `namespace/name`, minted the first time it is asked for. */
  tokenFor(namespace: string, name: string): string {
    const key = `${namespace}/${name}`;
    let token = this.byAccount.get(key);
    if (!token) {
      token = mintToken();
      this.byAccount.set(key, token);
      this.byHash.set(hashToken(token), { namespace, name });
    }
    return token;
  }

  /** Who a token digest acts as; nobody once the service account is gone. */
  lookup(hash: string): UserInfo | undefined {
    const account = this.byHash.get(hash);
    if (!account) return undefined;
    const { namespace, name } = account;
    if (!this.cluster.store.get(resource('serviceaccounts'), namespace, name)) {
      this.byHash.delete(hash);
      this.byAccount.delete(`${namespace}/${name}`);
      return undefined;
    }
    return userFromName(`system:serviceaccount:${namespace}:${name}`);
  }

  /** The request as its process should see it: in-cluster access as the pod's service account. */
  asPodAccount(request: ExecRequest): ExecRequest {
    if (!request.cluster) return request;
    const spec = request.pod.spec as
      { serviceAccountName?: string; automountServiceAccountToken?: boolean } | undefined;
    const namespace = request.pod.metadata.namespace ?? 'default';
    const { cluster: _admin, ...rest } = request;
    // No token mounted: in-pod kubectl has no credentials, as on a real cluster.
    if (spec?.automountServiceAccountToken === false) return rest;
    const token = this.tokenFor(namespace, spec?.serviceAccountName || 'default');
    return { ...request, cluster: { ...request.cluster, token, namespace } };
  }
}
