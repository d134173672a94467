/**
 * `kubectl config view|current-context|get-contexts|use-context|set-context` over the
 * workstation's kubeconfig (the file if it exists, else the one equivalent to the pod's access).
 */
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { createHelpError, KubectlError } from '../errors';
import {
  formatKubeconfig,
  readKubeconfig,
  resolveKubeconfigPath,
  synthesizeKubeconfig,
  type KubeconfigDocument,
} from '../kubeconfig-file';
import { renderJsonPath } from '../printers/jsonpath';
import { formatJson } from '../printers/serialize';
import { formatColumns } from '../printers/tabwriter';

export const configViewFlags: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'minify', type: 'bool' },
  { name: 'raw', type: 'bool' },
  { name: 'flatten', type: 'bool' },
];
export const setContextFlags: FlagSpec[] = [
  { name: 'current', type: 'bool' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
];
export const getContextsFlags: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'no-headers', type: 'bool' },
];

async function loadConfig(ctx: KubectlContext, parsed: ParsedArgs) {
  const flag = readString(parsed, 'kubeconfig');
  const path = resolveKubeconfigPath(ctx.env.home, flag);
  const config =
    (await readKubeconfig((p) => ctx.env.readFile(p), path, Boolean(flag))) ??
    synthesizeKubeconfig(ctx.env.access);
  return { path, config };
}

function redact(config: KubeconfigDocument): KubeconfigDocument {
  const secretKeys = ['token', 'client-key-data', 'password'];
  return {
    ...config,
    users:
      config.users?.map((u) => ({
        name: u.name,
        user: Object.fromEntries(
          Object.entries(u.user).map(([k, v]) => [k, secretKeys.includes(k) ? 'REDACTED' : v]),
        ),
      })) ?? null,
    clusters:
      config.clusters?.map((c) => ({
        name: c.name,
        cluster: Object.fromEntries(
          Object.entries(c.cluster).map(([k, v]) => [
            k,
            k === 'certificate-authority-data' ? 'DATA+OMITTED' : v,
          ]),
        ),
      })) ?? null,
  };
}

function minify(config: KubeconfigDocument): KubeconfigDocument {
  const current = config.contexts?.find((c) => c.name === config['current-context']);
  if (!current) throw new KubectlError('error: current-context must exist in order to minify');
  return {
    ...config,
    contexts: [current],
    clusters: config.clusters?.filter((c) => c.name === current.context.cluster) ?? null,
    users: config.users?.filter((u) => u.name === current.context.user) ?? null,
  };
}

export async function runConfigView(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  let { config } = await loadConfig(ctx, parsed);
  if (readBool(parsed, 'minify')) config = minify(config);
  if (!readBool(parsed, 'raw')) config = redact(config);
  const output = readString(parsed, 'output') ?? 'yaml';
  if (output === 'json') ctx.out(formatJson(config));
  else if (output === 'yaml') ctx.out(formatKubeconfig(config));
  else if (output.startsWith('jsonpath=')) {
    ctx.out(renderJsonPath(output.slice('jsonpath='.length), config));
  } else {
    throw new KubectlError(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,yaml`,
    );
  }
  return 0;
}

export async function runCurrentContext(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const { config } = await loadConfig(ctx, parsed);
  if (!config['current-context']) throw new KubectlError('error: current-context is not set');
  ctx.out(`${config['current-context']}\n`);
  return 0;
}

export async function runGetContexts(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const { config } = await loadConfig(ctx, parsed);
  const contexts = config.contexts ?? [];
  if (readString(parsed, 'output') === 'name') {
    ctx.out(contexts.map((c) => `${c.name}\n`).join(''));
    return 0;
  }
  const rows = contexts.map((c) => [
    c.name === config['current-context'] ? '*' : '',
    c.name,
    c.context.cluster ?? '',
    c.context.user ?? '',
    c.context.namespace ?? '',
  ]);
  const header = ['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'];
  ctx.out(formatColumns(readBool(parsed, 'no-headers') ? rows : [header, ...rows]));
  return 0;
}

export async function runUseContext(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const name = parsed.args[0];
  if (!name || parsed.args.length > 1)
    throw createHelpError('config use-context', 'Unexpected args: ' + `[${parsed.args.join(' ')}]`);
  const { path, config } = await loadConfig(ctx, parsed);
  if (!config.contexts?.some((c) => c.name === name)) {
    throw new KubectlError(`error: no context exists with the name: "${name}"`);
  }
  await ctx.env.writeFile(path, formatKubeconfig({ ...config, 'current-context': name }));
  ctx.out(`Switched to context "${name}".\n`);
  return 0;
}

export async function runSetContext(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const current = readBool(parsed, 'current');
  const { path, config } = await loadConfig(ctx, parsed);
  if (current && parsed.args.length > 0) {
    throw new KubectlError('error: you cannot specify both a context name and --current');
  }
  const name = current ? config['current-context'] : parsed.args[0];
  if (!name) {
    throw new KubectlError(
      current
        ? 'error: no current context is set'
        : "error: you must specify a non-empty context name or --current\nSee 'kubectl config set-context -h' for help and examples",
    );
  }
  const contexts = [...(config.contexts ?? [])];
  const index = contexts.findIndex((c) => c.name === name);
  const existing = index === -1 ? { name, context: {} } : contexts[index]!;
  const context = { ...existing.context };
  const namespace = parsed.flags.get('namespace');
  if (typeof namespace === 'string') context.namespace = namespace;
  const cluster = readString(parsed, 'cluster');
  if (cluster) context.cluster = cluster;
  const user = readString(parsed, 'user');
  if (user) context.user = user;
  if (index === -1) contexts.push({ name, context });
  else contexts[index] = { name, context };
  await ctx.env.writeFile(path, formatKubeconfig({ ...config, contexts }));
  ctx.out(`Context "${name}" ${index === -1 ? 'created' : 'modified'}.\n`);
  return 0;
}
