/**
 * Whether the simulated kubelet may pull an image: public registries need nothing; any other
 * registry needs a kubernetes.io/dockerconfigjson (or dockercfg) pull secret, named by the pod or
 * its service account, with an `auths` entry for that registry host.
 */
import type { KubeObject } from '../runtime/process';
import type { ObjectStore } from '../store/object-store';
import { resource } from '../store/resources';

const SECRETS = resource('secrets');
const SERVICE_ACCOUNTS = resource('serviceaccounts');
const PUBLIC_REGISTRIES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.k8s.io',
]);

/** The registry host of an image reference (`nginx` → docker.io). */
export function registryHost(image: string): string {
  const first = image.split('/')[0] ?? '';
  const hasHost =
    image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return hasHost ? first : 'docker.io';
}

export function needsCredentials(image: string): boolean {
  return !PUBLIC_REGISTRIES.has(registryHost(image));
}

function decodeBase64(text: string): string {
  try {
    const binary = atob(text);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

function hostOfAuthKey(key: string): string {
  return key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
}

function secretAuthorizes(secret: KubeObject, host: string): boolean {
  const data = (secret.data ?? {}) as Record<string, string>;
  let auths: Record<string, unknown> | undefined;
  try {
    if (secret.type === 'kubernetes.io/dockerconfigjson' && data['.dockerconfigjson']) {
      auths = (
        JSON.parse(decodeBase64(data['.dockerconfigjson'])) as { auths?: Record<string, unknown> }
      ).auths;
    } else if (secret.type === 'kubernetes.io/dockercfg' && data['.dockercfg']) {
      auths = JSON.parse(decodeBase64(data['.dockercfg'])) as Record<string, unknown>;
    }
  } catch {
    return false;
  }
  return Object.keys(auths ?? {}).some((key) => hostOfAuthKey(key) === host);
}

export type PullCheck = {
  /** Images that cannot be pulled for want of credentials. */
  refused: string[];
  /** Pull secrets that are named but do not exist. */
  missingSecrets: string[];
};

export function checkImagePull(store: ObjectStore, pod: KubeObject): PullCheck {
  const ns = pod.metadata.namespace;
  const spec = (pod.spec ?? {}) as {
    serviceAccountName?: string;
    imagePullSecrets?: { name: string }[];
    containers?: { image?: string }[];
    initContainers?: { image?: string }[];
  };
  const sa = store.get(SERVICE_ACCOUNTS, ns, spec.serviceAccountName ?? 'default');
  const names = new Set([
    ...(spec.imagePullSecrets ?? []).map((s) => s.name),
    ...((sa?.imagePullSecrets ?? []) as { name: string }[]).map((s) => s.name),
  ]);
  const secrets: KubeObject[] = [];
  const missingSecrets: string[] = [];
  for (const name of names) {
    const secret = store.get(SECRETS, ns, name);
    if (secret) secrets.push(secret);
    else missingSecrets.push(name);
  }
  const images = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map(
    (c) => c.image ?? '',
  );
  const refused = images.filter(
    (image) =>
      needsCredentials(image) && !secrets.some((s) => secretAuthorizes(s, registryHost(image))),
  );
  return { refused: [...new Set(refused)], missingSecrets };
}

/** The kubelet's message for an image refused by the registry (containerd wording). */
export function pullFailureMessage(image: string): string {
  const host = registryHost(image);
  const repo = image.slice(host.length + 1).split(/[:@]/)[0] ?? '';
  const scope = encodeURIComponent(`repository:${repo}:pull`);
  return `failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${host}/oauth2/token?scope=${scope}&service=${host}: 401 Unauthorized`;
}
