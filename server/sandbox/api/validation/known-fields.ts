/**
 * Server-side field validation: walks an object against the known fields of its kind, collects
 * unknown fields (named by their path, `spec.template.spec.containers[0].imagePullPolice`) and
 * type mismatches, and drops unknown fields, because a real API server never stores them.
 */
import { ROOT_FIELDS, TYPES, parseFieldType } from './schema-kinds';

export type FieldProblems = { unknown: string[]; typeErrors: string[] };

const GO_TYPES: Record<string, string> = { s: 'string', i: 'int32', b: 'bool' };

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

function checkScalar(t: string, value: unknown): boolean {
  switch (t) {
    case 's':
      return typeof value === 'string';
    case 'i':
      return typeof value === 'number' && Number.isInteger(value);
    case 'b':
      return typeof value === 'boolean';
    case 'q':
    case 'ios':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    default:
      return true;
  }
}

function walk(
  type: string,
  value: unknown,
  path: string,
  owner: string,
  problems: FieldProblems,
): void {
  if (value === null || value === undefined || type === 'x') return;
  const parsed = parseFieldType(type);
  if ('scalar' in parsed) {
    if (!checkScalar(parsed.scalar, value)) {
      const goType =
        GO_TYPES[parsed.scalar] ?? (parsed.scalar === 'q' ? 'Quantity' : 'IntOrString');
      problems.typeErrors.push(
        `json: cannot unmarshal ${describe(value)} into Go struct field ${owner}.${path} of type ${goType}`,
      );
    }
    return;
  }
  if ('list' in parsed) {
    if (!Array.isArray(value)) {
      problems.typeErrors.push(
        `json: cannot unmarshal ${describe(value)} into Go struct field ${owner}.${path} of type []${parsed.item}`,
      );
      return;
    }
    value.forEach((item, i) => walk(parsed.item, item, `${path}[${i}]`, owner, problems));
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const goType = 'map' in parsed ? 'map[string]string' : parsed.struct;
    problems.typeErrors.push(
      `json: cannot unmarshal ${describe(value)} into Go struct field ${owner}.${path} of type ${goType}`,
    );
    return;
  }
  const record = value as Record<string, unknown>;
  if ('map' in parsed) {
    for (const [k, v] of Object.entries(record))
      walk(parsed.value, v, `${path}.${k}`, owner, problems);
    return;
  }
  walkStruct(TYPES[parsed.struct]!, record, path, parsed.struct, problems);
}

function walkStruct(
  fields: Record<string, string>,
  record: Record<string, unknown>,
  path: string,
  structName: string,
  problems: FieldProblems,
) {
  for (const key of Object.keys(record)) {
    const fieldPath = path ? `${path}.${key}` : key;
    const t = fields[key];
    if (t === undefined) {
      problems.unknown.push(fieldPath);
      delete record[key];
      continue;
    }
    walk(t, record[key], fieldPath, structName, problems);
  }
}

/**
 * Checks `obj` (a parsed request body, modified in place: unknown fields are removed) against the
 * known fields of `kind`. Kinds without a schema are accepted as they are.
 */
export function checkKnownFields(kind: string, obj: Record<string, unknown>): FieldProblems {
  const problems: FieldProblems = { unknown: [], typeErrors: [] };
  const own = TYPES[kind];
  if (!own) return problems;
  walkStruct({ ...ROOT_FIELDS, ...own }, obj, '', kind, problems);
  return problems;
}
