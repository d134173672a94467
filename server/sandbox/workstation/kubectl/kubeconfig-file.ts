/**
 * The workstation's kubeconfig. Inside the sandbox, kubectl reaches the learner's cluster with the
 * pod's service-account token; `~/.kube/config` (written by `config set-context`) only changes the
 * default namespace. When the file does not exist yet, an equivalent one is synthesized so that
 * `config view` and `config set-context --current` behave as on a laptop.
 */
import { parse, stringify } from 'yaml';
import type { InClusterAccess } from '../../runtime/process';
import { KubectlError } from './errors';

export type KubeconfigDocument = {
  apiVersion: string;
  kind: string;
  clusters: { name: string; cluster: Record<string, unknown> }[] | null;
  contexts:
    { name: string; context: { cluster?: string; user?: string; namespace?: string } }[] | null;
  'current-context': string;
  preferences: Record<string, unknown>;
  users: { name: string; user: Record<string, unknown> }[] | null;
};

/** Where kubectl looks for its configuration. */
export function resolveKubeconfigPath(home: string, flag: string | undefined): string {
  if (flag) return flag;
  return `${home.replace(/\/+$/, '')}/.kube/config`;
}

/** The configuration equivalent to the pod's in-cluster access. */
export function synthesizeKubeconfig(access: InClusterAccess): KubeconfigDocument {
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'workshop', cluster: { server: access.server } }],
    contexts: [
      {
        name: 'workshop',
        context: { cluster: 'workshop', user: 'learner', namespace: access.namespace },
      },
    ],
    'current-context': 'workshop',
    preferences: {},
    users: [{ name: 'learner', user: { token: access.token } }],
  };
}

/** Reads the kubeconfig file, or null when it does not exist. */
export async function readKubeconfig(
  readFile: (path: string) => Promise<string>,
  path: string,
  explicit: boolean,
): Promise<KubeconfigDocument | null> {
  let text: string;
  try {
    text = await readFile(path);
  } catch {
    if (explicit) throw new KubectlError(`error: stat ${path}: no such file or directory`);
    return null;
  }
  let doc: Partial<KubeconfigDocument> | null;
  try {
    doc = parse(text) as Partial<KubeconfigDocument> | null;
  } catch (error) {
    throw new KubectlError(
      `error: error loading config file "${path}": ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return {
    apiVersion: doc?.apiVersion ?? 'v1',
    kind: doc?.kind ?? 'Config',
    clusters: doc?.clusters ?? null,
    contexts: doc?.contexts ?? null,
    'current-context': doc?.['current-context'] ?? '',
    preferences: doc?.preferences ?? {},
    users: doc?.users ?? null,
  };
}

/** The namespace of the chosen (or current) context, if it sets one. */
export function readContextNamespace(
  config: KubeconfigDocument,
  contextName?: string,
): string | undefined {
  const name = contextName ?? config['current-context'];
  const context = config.contexts?.find((c) => c.name === name);
  if (contextName && !context) {
    throw new KubectlError(`error: context "${contextName}" does not exist`);
  }
  return context?.context.namespace || undefined;
}

/** Serializes a kubeconfig the way kubectl writes it. */
export function formatKubeconfig(config: KubeconfigDocument): string {
  return stringify(config, { sortMapEntries: true, lineWidth: 0, indentSeq: false });
}
