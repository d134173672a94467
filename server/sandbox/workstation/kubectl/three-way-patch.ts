/**
 * The strategic-merge patch `kubectl apply` sends for an existing object: changes and additions
 * from the live object to the file's content, plus deletions of what the last apply set and the
 * file no longer has. Lists of named things merge by key (`containers` by `name`, `ports` by
 * `containerPort`, …) with `$setElementOrder`; other lists are replaced whole.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonMap = { [key: string]: Json };

/** Merge keys of the lists that Kubernetes merges by key rather than replacing. */
const mergeKeys: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  env: 'name',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  tolerations: 'key',
  topologySpreadConstraints: 'topologyKey',
  conditions: 'type',
  secrets: 'name',
  resourceClaims: 'name',
};

function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  if (isMap(a) && isMap(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return false;
}

/** Computes the patch; an empty object means "unchanged". */
export function createThreeWayPatch(
  original: JsonMap | null,
  modified: JsonMap,
  current: JsonMap,
): JsonMap {
  return diffMaps(original ?? {}, modified, current);
}

function diffMaps(original: JsonMap, modified: JsonMap, current: JsonMap): JsonMap {
  const patch: JsonMap = {};
  for (const [key, want] of Object.entries(modified)) {
    const have = current[key];
    if (isMap(want) && isMap(have)) {
      const inner = diffMaps(isMap(original[key]) ? original[key] : {}, want, have);
      if (Object.keys(inner).length > 0) patch[key] = inner;
    } else if (Array.isArray(want) && Array.isArray(have) && mergeKeys[key] && want.every(isMap)) {
      const before = Array.isArray(original[key]) ? original[key] : [];
      const list = diffKeyedList(mergeKeys[key]!, before, want as JsonMap[], have);
      if (list) {
        patch[`$setElementOrder/${key}`] = (want as JsonMap[]).map((item) => ({
          [mergeKeys[key]!]: item[mergeKeys[key]!] ?? null,
        }));
        patch[key] = list;
      }
    } else if (!equal(want, have)) {
      patch[key] = want;
    }
  }
  // What the last apply set and the file no longer mentions is removed.
  for (const key of Object.keys(original)) {
    if (!(key in modified) && key in current) patch[key] = null;
  }
  return patch;
}

function diffKeyedList(
  mergeKey: string,
  original: Json[],
  modified: JsonMap[],
  current: Json[],
): Json[] | null {
  const find = (list: Json[], key: Json) =>
    list.find((item): item is JsonMap => isMap(item) && equal(item[mergeKey], key));
  const entries: Json[] = [];
  for (const item of modified) {
    const key = item[mergeKey] ?? null;
    const live = find(current, key);
    if (!live) {
      entries.push(item);
      continue;
    }
    const before = find(original, key) ?? {};
    const inner = diffMaps(before, item, live);
    if (Object.keys(inner).length > 0) entries.push({ ...inner, [mergeKey]: key });
  }
  for (const item of original) {
    if (!isMap(item)) continue;
    const key = item[mergeKey] ?? null;
    if (!modified.some((m) => equal(m[mergeKey], key)) && find(current, key)) {
      entries.push({ $patch: 'delete', [mergeKey]: key });
    }
  }
  return entries.length > 0 ? entries : null;
}
