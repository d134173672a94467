/**
 * Where the site finds the real cluster in cluster mode: a kubeconfig file (its path in
 * CLUSTER_KUBECONFIG, or `KUBECONFIG` to take the standard variable), or `in-cluster` for the
 * service account of the pod the site runs in. The answer is a plain ClusterConnection for
 * server/cluster/, plus a description `/healthz` can show.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isIPv6 } from 'node:net';
import { parse, stringify } from 'yaml';
import type { KubeconfigConnection } from '@/server/cluster/connection';

export const IN_CLUSTER = 'in-cluster';
export const FROM_KUBECONFIG_VARIABLE = 'KUBECONFIG';
const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export type ClusterSource =
  | {
      kind: 'in-cluster';
      server: string;
      /** The site's own service account, read from its token (for the RBAC it grants itself). */
      serviceAccount: { namespace: string; name: string } | undefined;
    }
  | { kind: 'kubeconfig'; file: string; server: string | undefined; context: string | undefined };

export type ClusterModeInfo = { connection: KubeconfigConnection; source: ClusterSource };

type Environment = Record<string, string | undefined>;

/** Kubeconfig fields that name files; client-node resolves them from the working directory. */
const FILE_FIELDS = ['certificate-authority', 'client-certificate', 'client-key', 'token-file'];

/** Makes relative file references absolute, as kubectl reads them relative to the kubeconfig. */
export function resolveKubeconfigPaths(text: string, directory: string): string {
  const doc = parse(text) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') {
    throw new Error('error: the kubeconfig is empty or not a YAML mapping');
  }
  const fix = (entries: unknown, inner: string) => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries as Record<string, Record<string, unknown> | undefined>[]) {
      const section = entry[inner];
      if (!section) continue;
      for (const field of FILE_FIELDS) {
        const value = section[field];
        if (typeof value === 'string' && value && !path.isAbsolute(value)) {
          section[field] = path.resolve(directory, value);
        }
      }
    }
  };
  fix(doc.clusters, 'cluster');
  fix(doc.users, 'user');
  return stringify(doc);
}

/** A kubeconfig for the pod's own service account; client-node re-reads the rotating token. */
export function createInClusterKubeconfig(env: Environment, dir = SERVICE_ACCOUNT_DIR): string {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) {
    throw new Error(
      'unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined',
    );
  }
  const tokenFile = path.join(dir, 'token');
  if (!existsSync(tokenFile)) {
    throw new Error(
      `unable to load in-cluster configuration: ${tokenFile} is missing (is automountServiceAccountToken off?)`,
    );
  }
  const server = `https://${isIPv6(host) ? `[${host}]` : host}:${port}`;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'in-cluster',
        cluster: { server, 'certificate-authority': path.join(dir, 'ca.crt') },
      },
    ],
    users: [
      { name: 'site', user: { 'auth-provider': { name: 'tokenFile', config: { tokenFile } } } },
    ],
    contexts: [{ name: 'in-cluster', context: { cluster: 'in-cluster', user: 'site' } }],
    'current-context': 'in-cluster',
  });
}

/**
 * The service account a token belongs to, from its `sub` claim
 * (`system:serviceaccount:<namespace>:<name>`). Only decodes: the API server verifies tokens.
 */
export function readTokenServiceAccount(
  token: string,
): { namespace: string; name: string } | undefined {
  const payload = token.trim().split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      sub?: unknown;
    };
    const match =
      typeof claims.sub === 'string'
        ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(claims.sub)
        : null;
    return match ? { namespace: match[1] ?? '', name: match[2] ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

function readCurrent(text: string): { server?: string; context?: string } {
  const doc = parse(text) as {
    'current-context'?: string;
    contexts?: { name?: string; context?: { cluster?: string } }[];
    clusters?: { name?: string; cluster?: { server?: string } }[];
  };
  const context = doc['current-context'];
  const clusterName = doc.contexts?.find((c) => c.name === context)?.context?.cluster;
  const server = doc.clusters?.find((c) => c.name === clusterName)?.cluster?.server;
  return { server, context };
}

/**
 * Resolves CLUSTER_KUBECONFIG: `in-cluster`, `KUBECONFIG` (the first file that variable lists, or
 * ~/.kube/config), or a path to a kubeconfig file.
 */
export function loadClusterConnection(
  setting: string,
  env: Environment = process.env,
  serviceAccountDir = SERVICE_ACCOUNT_DIR,
): ClusterModeInfo {
  if (setting === IN_CLUSTER) {
    const kubeconfig = createInClusterKubeconfig(env, serviceAccountDir);
    const token = readFileSync(path.join(serviceAccountDir, 'token'), 'utf8');
    return {
      connection: { kubeconfig },
      source: {
        kind: 'in-cluster',
        server: readCurrent(kubeconfig).server ?? '',
        serviceAccount: readTokenServiceAccount(token),
      },
    };
  }
  let file = setting;
  if (setting === FROM_KUBECONFIG_VARIABLE) {
    const listed = (env.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
    file = listed[0] ?? path.join(env.HOME ?? os.homedir(), '.kube', 'config');
  }
  if (!existsSync(file)) {
    throw new Error(
      `CLUSTER_KUBECONFIG: ${file}: no such file (give a kubeconfig path, "${FROM_KUBECONFIG_VARIABLE}" or "${IN_CLUSTER}")`,
    );
  }
  const kubeconfig = resolveKubeconfigPaths(
    readFileSync(file, 'utf8'),
    path.dirname(path.resolve(file)),
  );
  const current = readCurrent(kubeconfig);
  if (!current.context) throw new Error(`error: ${file} has no current-context set`);
  return {
    connection: { kubeconfig },
    source: { kind: 'kubeconfig', file, server: current.server, context: current.context },
  };
}

/** What `/healthz` adds in cluster mode: where the cluster came from, never a credential. */
export function describeClusterMode(source: ClusterSource): Record<string, string> {
  if (source.kind === 'in-cluster') {
    return { mode: 'cluster', clusterSource: 'in-cluster', server: source.server };
  }
  return {
    mode: 'cluster',
    clusterSource: 'kubeconfig',
    server: source.server ?? '',
    context: source.context ?? '',
  };
}
