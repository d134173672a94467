/**
 * `kubectl create namespace|serviceaccount|secret generic|secret docker-registry NAME`: builds the
 * object from flags exactly as kubectl's generators do, then creates it.
 */
import type { ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { createHelpError, KubectlError } from '../errors';
import { resolvePath } from '../manifests';
import { createGenerated } from './create';
import { writeFlags } from './write-flags';

export const createNamespaceFlags: FlagSpec[] = [...writeFlags];
export const createServiceAccountFlags: FlagSpec[] = [...writeFlags];
export const createSecretGenericFlags: FlagSpec[] = [
  ...writeFlags,
  { name: 'from-literal', type: 'strings' },
  { name: 'from-file', type: 'strings' },
  { name: 'from-env-file', type: 'strings' },
  { name: 'type', type: 'string' },
];
export const createConfigMapFlags: FlagSpec[] = [
  ...writeFlags,
  { name: 'from-literal', type: 'strings' },
  { name: 'from-file', type: 'strings' },
  { name: 'from-env-file', type: 'strings' },
];
export const createSecretDockerFlags: FlagSpec[] = [
  ...writeFlags,
  { name: 'docker-server', type: 'string' },
  { name: 'docker-username', type: 'string' },
  { name: 'docker-password', type: 'string' },
  { name: 'docker-email', type: 'string' },
  { name: 'from-file', type: 'strings' },
];

function requireOneName(parsed: ParsedArgs, command: string): string {
  if (parsed.args.length !== 1) {
    throw createHelpError(command, `exactly one NAME is required, got ${parsed.args.length}`);
  }
  return parsed.args[0]!;
}

export async function runCreateNamespace(ctx: KubectlContext, parsed: ParsedArgs) {
  const name = requireOneName(parsed, 'create namespace');
  return createGenerated(ctx, parsed, 'namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  });
}

export async function runCreateServiceAccount(ctx: KubectlContext, parsed: ParsedArgs) {
  const name = requireOneName(parsed, 'create serviceaccount');
  return createGenerated(ctx, parsed, 'serviceaccounts', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name },
  });
}

function encode(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Reads --from-literal, --from-file and --from-env-file into a data map. */
async function readDataSources(
  ctx: KubectlContext,
  parsed: ParsedArgs,
  convert: (text: string) => string,
  duplicateMessage: (key: string) => string,
): Promise<Record<string, string>> {
  const data: Record<string, string> = {};
  const add = (key: string, value: string) => {
    if (key in data) throw new KubectlError(`error: ${duplicateMessage(key)}`);
    data[key] = convert(value);
  };
  const read = (path: string) =>
    ctx.env.readFile(resolvePath(ctx.env.cwd, path)).catch(() => {
      throw new KubectlError(`error: error reading ${path}: no such file or directory`);
    });
  for (const literal of readStrings(parsed, 'from-literal')) {
    const eq = literal.indexOf('=');
    if (eq <= 0)
      throw new KubectlError(`error: invalid literal source ${literal}, expected key=value`);
    add(literal.slice(0, eq), literal.slice(eq + 1));
  }
  for (const source of readStrings(parsed, 'from-file')) {
    const eq = source.indexOf('=');
    const path = eq === -1 ? source : source.slice(eq + 1);
    add(eq === -1 ? path.split('/').pop()! : source.slice(0, eq), await read(path));
  }
  for (const path of readStrings(parsed, 'from-env-file')) {
    for (const line of (await read(path)).split('\n')) {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) continue;
      const eq = trimmed.indexOf('=');
      add(eq === -1 ? trimmed : trimmed.slice(0, eq), eq === -1 ? '' : trimmed.slice(eq + 1));
    }
  }
  return data;
}

export async function runCreateSecretGeneric(ctx: KubectlContext, parsed: ParsedArgs) {
  const name = requireOneName(parsed, 'create secret generic');
  const data = await readDataSources(
    ctx,
    parsed,
    encode,
    (key) => `cannot add key ${key}, another key by that name already exists`,
  );
  const secret: ClusterObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name }, data };
  const type = readString(parsed, 'type');
  if (type) secret.type = type;
  return createGenerated(ctx, parsed, 'secrets', secret);
}

export async function runCreateConfigMap(ctx: KubectlContext, parsed: ParsedArgs) {
  const name = requireOneName(parsed, 'create configmap');
  const data = await readDataSources(
    ctx,
    parsed,
    (text) => text,
    (key) =>
      `cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`,
  );
  return createGenerated(ctx, parsed, 'configmaps', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
    data,
  });
}

export async function runCreateSecretDockerRegistry(ctx: KubectlContext, parsed: ParsedArgs) {
  const name = requireOneName(parsed, 'create secret docker-registry');
  const username = readString(parsed, 'docker-username');
  const password = readString(parsed, 'docker-password');
  const server = readString(parsed, 'docker-server') ?? 'https://index.docker.io/v1/';
  const email = readString(parsed, 'docker-email');
  if (readStrings(parsed, 'from-file').length === 0 && (!username || !password)) {
    throw new KubectlError(
      'error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',
    );
  }
  // Field order matches kubectl's DockerConfigEntry (username, password, email, auth).
  const entry: Record<string, string> = { username: username!, password: password! };
  if (email) entry.email = email;
  entry.auth = encode(`${username}:${password}`);
  const config = JSON.stringify({ auths: { [server]: entry } });
  return createGenerated(ctx, parsed, 'secrets', {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name },
    data: { '.dockerconfigjson': encode(config) },
    type: 'kubernetes.io/dockerconfigjson',
  });
}
