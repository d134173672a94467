/**
 * `-o yaml` and `-o json` as kubectl writes them: keys sorted (Go maps), JSON indented by four
 * spaces with HTML characters escaped, YAML in the YAML 1.1 style of go-yaml (so `"yes"`, `"80"`
 * and timestamps are quoted) with sequences not indented under their key.
 */
import { stringify } from 'yaml';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}

/** JSON the way Go's json.MarshalIndent(v, "", "    ") writes it. */
export function formatJson(value: unknown): string {
  const text = JSON.stringify(sortKeys(value), null, 4)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `${text}\n`;
}

/** YAML the way sigs.k8s.io/yaml writes it. */
export function formatYaml(value: unknown): string {
  return stringify(sortKeys(value), {
    version: '1.1',
    indentSeq: false,
    lineWidth: 80,
    minContentWidth: 0,
  });
}
