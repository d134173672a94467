/**
 * One kubectl invocation's surroundings: the cluster connection, the effective namespace (flag,
 * then kubeconfig context, then the pod's own), output, and lazy discovery.
 */
import type { ClusterConnection } from '@/server/cluster/connection';
import type { KubectlEnvironment } from './environment';
import type { ParsedArgs } from './args';
import { readString } from './args';
import { loadResources, requireResource, type ApiResource } from './resources';
import { readContextNamespace, readKubeconfig, resolveKubeconfigPath } from './kubeconfig-file';

export type KubectlContext = {
  env: KubectlEnvironment;
  connection: ClusterConnection;
  /** The namespace commands use when an object names none. */
  namespace: string;
  /** True when `-n` was given (some commands warn or behave differently). */
  namespaceExplicit: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Discovery (cached). */
  resources(): Promise<ApiResource[]>;
  /** Resolves a typed resource name or fails with kubectl's message. */
  resource(typed: string): Promise<ApiResource>;
  now(): number;
};

/** Builds the context for a parsed command line. */
export async function createContext(
  env: KubectlEnvironment,
  parsed: ParsedArgs,
): Promise<KubectlContext> {
  const connection: ClusterConnection = { server: env.access.server, token: env.access.token };
  const flagNamespace = readString(parsed, 'namespace');
  let namespace = flagNamespace;
  if (!namespace) {
    const kubeconfigFlag = readString(parsed, 'kubeconfig');
    const config = await readKubeconfig(
      (path) => env.readFile(path),
      resolveKubeconfigPath(env.home, kubeconfigFlag),
      Boolean(kubeconfigFlag),
    );
    if (config) namespace = readContextNamespace(config, readString(parsed, 'context'));
  }
  return {
    env,
    connection,
    namespace: namespace || env.access.namespace || 'default',
    namespaceExplicit: Boolean(flagNamespace),
    out: (text) => env.stdout(text),
    err: (text) => env.stderr(text),
    resources: () => loadResources(connection),
    resource: async (typed) => requireResource(await loadResources(connection), typed),
    now: () => Date.now(),
  };
}
