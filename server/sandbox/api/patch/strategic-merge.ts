/**
 * Strategic merge patch, the patch kubectl apply sends: like a merge patch, but lists of known
 * structs merge item by item on their merge key (containers by name, volumeMounts by mountPath,
 * ports by containerPort …), and the directives `$patch` (replace/delete/merge),
 * `$setElementOrder/<list>`, `$retainKeys` and `$deleteFromPrimitiveList/<list>` are honoured.
 * Merge keys come from the same field tables strict validation uses.
 */
import { badRequest } from '../../store/status-error';
import { ROOT_FIELDS, TYPES, parseFieldType } from '../validation/schema-kinds';
import { isPlainObject } from './merge-patch';

type Obj = Record<string, unknown>;
const ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

function fieldsOf(structName: string | undefined): Record<string, string> | undefined {
  return structName ? TYPES[structName] : undefined;
}

function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.filter((v) => !(isPlainObject(v) && v.$patch === 'delete')).map(stripDirectives);
  }
  if (!isPlainObject(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if (
      k === '$patch' ||
      k === '$retainKeys' ||
      k.startsWith(ORDER) ||
      k.startsWith(DELETE_PRIMITIVE)
    )
      continue;
    out[k] = stripDirectives(v);
  }
  return out;
}

function mergeValue(original: unknown, patch: unknown, type: string | undefined): unknown {
  const parsed = type ? parseFieldType(type) : undefined;
  if (Array.isArray(patch)) {
    if (parsed && 'list' in parsed && parsed.mergeKey && Array.isArray(original)) {
      return mergeList(original, patch, parsed.item, parsed.mergeKey);
    }
    return stripDirectives(patch);
  }
  if (isPlainObject(patch)) {
    const struct = parsed && 'struct' in parsed ? parsed.struct : undefined;
    const mapValue = parsed && 'map' in parsed ? parsed.value : undefined;
    return mergeMap(isPlainObject(original) ? original : {}, patch, fieldsOf(struct), mapValue);
  }
  return patch;
}

function orderBy(items: unknown[], order: unknown[] | undefined, key: string): unknown[] {
  if (!order) return items;
  const rank = new Map(order.map((o, i) => [isPlainObject(o) ? o[key] : o, i]));
  const keyOf = (item: unknown) => (isPlainObject(item) ? item[key] : item);
  return [...items].sort(
    (a, b) => (rank.get(keyOf(a)) ?? Infinity) - (rank.get(keyOf(b)) ?? Infinity),
  );
}

function mergeList(
  original: unknown[],
  patch: unknown[],
  itemType: string,
  key: string,
  order?: unknown[],
) {
  if (patch.some((p) => isPlainObject(p) && p.$patch === 'replace')) {
    return stripDirectives(patch.filter((p) => !(isPlainObject(p) && p.$patch === 'replace')));
  }
  const out = [...original];
  for (const item of patch) {
    if (!isPlainObject(item)) {
      throw badRequest(`unable to find api field in struct for the list with merge key ${key}`);
    }
    const at = out.findIndex((o) => isPlainObject(o) && o[key] === item[key]);
    if (item.$patch === 'delete') {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    if (at >= 0) out[at] = mergeValue(out[at], item, itemType);
    else out.push(mergeValue(undefined, item, itemType));
  }
  return orderBy(out, order, key);
}

function mergeMap(
  original: Obj,
  patch: Obj,
  fields: Record<string, string> | undefined,
  mapValue?: string,
): Obj | undefined {
  if (patch.$patch === 'replace') return stripDirectives(patch) as Obj;
  if (patch.$patch === 'delete') return undefined;
  let out: Obj = { ...original };
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set([...(patch.$retainKeys as string[]), ...Object.keys(patch)]);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith(ORDER)) continue;
    if (key.startsWith(DELETE_PRIMITIVE)) {
      const field = key.slice(DELETE_PRIMITIVE.length);
      const drop = new Set(Array.isArray(value) ? value : []);
      if (Array.isArray(out[field]))
        out[field] = (out[field] as unknown[]).filter((v) => !drop.has(v));
      continue;
    }
    if (value === null) {
      delete out[key];
      continue;
    }
    const type = fields ? fields[key] : mapValue;
    const parsed = type ? parseFieldType(type) : undefined;
    const order = patch[`${ORDER}${key}`] as unknown[] | undefined;
    if (parsed && 'list' in parsed && parsed.mergeKey && Array.isArray(value)) {
      const base = Array.isArray(out[key]) ? (out[key] as unknown[]) : [];
      out[key] = mergeList(base, value, parsed.item, parsed.mergeKey, order);
      continue;
    }
    const merged = mergeValue(out[key], value, type ?? (isPlainObject(value) ? 'x' : undefined));
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  // An order list for a list the patch did not touch still reorders the original.
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(ORDER) || !Array.isArray(order)) continue;
    const field = key.slice(ORDER.length);
    if (field in patch || !Array.isArray(out[field])) continue;
    const parsed = fields?.[field] ? parseFieldType(fields[field]!) : undefined;
    const mergeKey = parsed && 'list' in parsed ? parsed.mergeKey : undefined;
    if (mergeKey) out[field] = orderBy(out[field] as unknown[], order, mergeKey);
  }
  return out;
}

/** Applies a strategic merge patch to an object of `kind`; unknown kinds merge like RFC 7386. */
export function applyStrategicMergePatch(kind: string, original: Obj, patch: unknown): Obj {
  if (!isPlainObject(patch)) {
    throw badRequest('json: cannot unmarshal array into Go value of type map[string]interface {}');
  }
  const own = TYPES[kind];
  return mergeMap(original, patch, own ? { ...ROOT_FIELDS, ...own } : undefined, 'x') ?? {};
}
