/**
 * How the app names a cluster to talk to, and the one place that turns that into client-node's
 * KubeConfig. Callers hold a plain `ClusterConnection`; the KubeConfig never leaves this folder.
 */
import { KubeConfig } from '@kubernetes/client-node';

/** A cluster reached with a bearer token (the sandbox, or a service-account token). */
export type TokenConnection = {
  /** Base URL of the API server, e.g. `http://127.0.0.1:41234` or `https://10.0.0.1:6443`. */
  server: string;
  /** Bearer token sent on every request. */
  token: string;
  /** PEM CA bundle (base64) for https servers; omitted for loopback http. */
  caData?: string;
};

/** A cluster described by a kubeconfig document (its current context is used). */
export type KubeconfigConnection = { kubeconfig: string; context?: string };

export type ClusterConnection = TokenConnection | KubeconfigConnection;

const cache = new WeakMap<ClusterConnection, KubeConfig>();

/** Builds (and memoises per connection object) the client-node configuration. */
export function createKubeConfig(connection: ClusterConnection): KubeConfig {
  const known = cache.get(connection);
  if (known) return known;
  const kc = new KubeConfig();
  if ('kubeconfig' in connection) {
    kc.loadFromString(connection.kubeconfig);
    if (connection.context) kc.setCurrentContext(connection.context);
    // client-node refuses plain http unless TLS verification is marked as skipped.
    const clusters = kc.getClusters();
    if (clusters.some((c) => c.server.startsWith('http://') && !c.skipTLSVerify)) {
      kc.loadFromOptions({
        clusters: clusters.map((c) =>
          c.server.startsWith('http://') ? { ...c, skipTLSVerify: true } : c,
        ),
        users: kc.getUsers(),
        contexts: kc.getContexts(),
        currentContext: kc.getCurrentContext(),
      });
    }
  } else {
    const plainHttp = connection.server.startsWith('http://');
    kc.loadFromOptions({
      clusters: [
        {
          name: 'cluster',
          server: connection.server,
          caData: connection.caData,
          // client-node refuses plain http unless TLS verification is marked as skipped.
          skipTLSVerify: plainHttp || !connection.caData,
        },
      ],
      users: [{ name: 'user', token: connection.token }],
      contexts: [{ name: 'context', cluster: 'cluster', user: 'user' }],
      currentContext: 'context',
    });
  }
  cache.set(connection, kc);
  return kc;
}

/** The API server's base URL for a connection. */
export function readServerUrl(connection: ClusterConnection): string {
  const cluster = createKubeConfig(connection).getCurrentCluster();
  if (!cluster) throw new Error('error: no cluster is configured in the current context');
  return cluster.server.replace(/\/+$/, '');
}
