/**
 * JSON patch (RFC 6902): add, remove, replace, move, copy and test, with JSON pointers (RFC 6901).
 * Errors use the wording of the Go library the API server uses, so kubectl shows familiar text.
 */
import { badRequest, StatusError } from '../../store/status-error';

type Op = { op: string; path: string; value?: unknown; from?: string };
type Container = Record<string, unknown> | unknown[];

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw invalidPatch(`invalid path: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function invalidPatch(message: string) {
  return new StatusError(422, 'Invalid', message);
}

function walkTo(doc: unknown, parts: string[], pointer: string): Container {
  let cur: unknown = doc;
  for (const part of parts) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[part];
    else cur = undefined;
    if (cur === undefined) {
      throw invalidPatch(`doc is missing path: "${pointer}": missing value`);
    }
  }
  if (!cur || typeof cur !== 'object') throw invalidPatch(`doc is missing path: "${pointer}"`);
  return cur as Container;
}

function arrayIndex(arr: unknown[], key: string, forAdd: boolean, pointer: string): number {
  if (forAdd && key === '-') return arr.length;
  const i = Number(key);
  const max = forAdd ? arr.length : arr.length - 1;
  if (!/^\d+$/.test(key) || i > max) {
    throw invalidPatch(`Unable to access invalid index: ${key}: "${pointer}"`);
  }
  return i;
}

function get(doc: unknown, pointer: string): unknown {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return doc;
  const parent = walkTo(doc, parts.slice(0, -1), pointer);
  const key = parts.at(-1)!;
  const value = Array.isArray(parent)
    ? parent[arrayIndex(parent, key, false, pointer)]
    : parent[key];
  if (value === undefined) throw invalidPatch(`doc is missing key: "${pointer}": missing value`);
  return value;
}

function add(doc: unknown, pointer: string, value: unknown): unknown {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return value;
  const parent = walkTo(doc, parts.slice(0, -1), pointer);
  const key = parts.at(-1)!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, pointer), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: unknown, pointer: string): unknown {
  const parts = parsePointer(pointer);
  const parent = walkTo(doc, parts.slice(0, -1), pointer);
  const key = parts.at(-1)!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, pointer), 1);
  else {
    if (!(key in parent))
      throw invalidPatch(`Unable to remove nonexistent key: ${key}: missing value`);
    delete parent[key];
  }
  return doc;
}

/** Applies `ops` to a copy of `doc`. */
export function applyJsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) {
    throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  }
  let out = structuredClone(doc);
  for (const raw of ops as Op[]) {
    if (!raw || typeof raw !== 'object' || typeof raw.path !== 'string') {
      throw invalidPatch('Unexpected kind: missing path');
    }
    switch (raw.op) {
      case 'add':
        out = add(out, raw.path, structuredClone(raw.value));
        break;
      case 'remove':
        out = remove(out, raw.path);
        break;
      case 'replace':
        get(out, raw.path);
        out = add(remove(out, raw.path), raw.path, structuredClone(raw.value));
        break;
      case 'move': {
        const value = get(out, raw.from ?? '');
        out = add(remove(out, raw.from ?? ''), raw.path, value);
        break;
      }
      case 'copy':
        out = add(out, raw.path, structuredClone(get(out, raw.from ?? '')));
        break;
      case 'test':
        if (JSON.stringify(get(out, raw.path)) !== JSON.stringify(raw.value)) {
          throw invalidPatch(`testing value ${raw.path} failed: test failed`);
        }
        break;
      default:
        throw invalidPatch(`Unexpected kind: ${String(raw.op)}`);
    }
  }
  return out;
}
