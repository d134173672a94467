/**
 * Reading `-f` sources: files (relative to the shell's directory) or `-` for piped stdin, each
 * possibly holding several YAML/JSON documents or a `List`. Errors use kubectl's wording.
 */
import { parseAllDocuments } from 'yaml';
import type { ClusterObject } from '@/server/cluster/types';
import type { KubectlEnvironment } from './environment';
import { KubectlError } from './errors';

export type Manifest = {
  /** The path as the user typed it (`STDIN` for `-`), for messages like `error when creating "x"`. */
  source: string;
  object: ClusterObject & { apiVersion: string; kind: string; metadata: { name?: string } };
};

/** Resolves a path against the shell's working directory. */
export function resolvePath(cwd: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${cwd.replace(/\/+$/, '')}/${path}`;
}

async function readSource(env: KubectlEnvironment, path: string): Promise<string> {
  if (path === '-') {
    if (env.stdin === null) return '';
    return env.stdin;
  }
  if (/^https?:\/\//.test(path)) {
    throw new KubectlError(
      `error: unable to read URL "${path}": the workstation has no network access; save the file and use -f with its path`,
    );
  }
  try {
    return await env.readFile(resolvePath(env.cwd, path));
  } catch {
    throw new KubectlError(`error: the path "${path}" does not exist`);
  }
}

/** Splits one source into objects, flattening `kind: List`. */
export function parseManifests(text: string, source: string): Manifest[] {
  const manifests: Manifest[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!;
      const line = first.linePos?.[0]?.line;
      throw new KubectlError(
        `error: error parsing ${source}: error converting YAML to JSON: yaml: ${line ? `line ${line}: ` : ''}${first.message.split('\n')[0]}`,
      );
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new KubectlError(
        `error: error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
      );
    }
    const object = value as Record<string, unknown>;
    if (
      typeof object.kind === 'string' &&
      object.kind.endsWith('List') &&
      Array.isArray(object.items)
    ) {
      for (const item of object.items)
        manifests.push(checkObject(item as Record<string, unknown>, source));
    } else manifests.push(checkObject(object, source));
  }
  return manifests;
}

function checkObject(object: Record<string, unknown>, source: string): Manifest {
  const shown = JSON.stringify(object);
  if (typeof object.kind !== 'string' || object.kind === '') {
    throw new KubectlError(
      `error: unable to decode "${source}": Object 'Kind' is missing in '${shown}'`,
    );
  }
  if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
    throw new KubectlError(
      `error: unable to decode "${source}": Object 'apiVersion' is missing in '${shown}'`,
    );
  }
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  return { source, object: { ...object, metadata } as Manifest['object'] };
}

/** Reads every `-f` source in order. */
export async function readManifests(
  env: KubectlEnvironment,
  paths: string[],
  verb: string,
): Promise<Manifest[]> {
  const all: Manifest[] = [];
  for (const path of paths) {
    const text = await readSource(env, path);
    all.push(...parseManifests(text, path === '-' ? 'STDIN' : path));
  }
  if (all.length === 0) throw new KubectlError(`error: no objects passed to ${verb}`);
  return all;
}
