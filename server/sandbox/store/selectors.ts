/**
 * Label and field selectors: parsing the query-string forms (`app=x,tier!=db`, `env in (a,b)`,
 * `!legacy`; `metadata.name=x`) and the structured `matchLabels`/`matchExpressions` form.
 * Portable: the controllers use it too.
 */
import type { KubeObject } from '../runtime/process';
import { badRequest } from './status-error';
import type { ResourceInfo } from './resources';

type Requirement =
  { key: string; op: 'in' | 'notin'; values: string[] } | { key: string; op: 'exists' | '!exists' };

export type LabelSelector = Requirement[];

export type LabelSelectorObject = {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
};

/** Splits on commas that are not inside parentheses. */
function splitTerms(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter((t) => t.length > 0);
}

const KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function checkKey(key: string, term: string) {
  if (!KEY.test(key))
    throw badRequest(`unable to parse requirement: invalid label key "${key}" in "${term}"`);
}

function checkValue(value: string) {
  if (value.length > 63 || !VALUE.test(value)) {
    throw badRequest(
      `unable to parse requirement: values[0][${value}]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
}

export function parseLabelSelector(text: string | null | undefined): LabelSelector {
  if (!text) return [];
  return splitTerms(text).map((term): Requirement => {
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
    if (setMatch) {
      const values = setMatch[3]!
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      checkKey(setMatch[1]!, term);
      values.forEach(checkValue);
      return { key: setMatch[1]!, op: setMatch[2] as 'in' | 'notin', values };
    }
    const eq = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
    if (eq) {
      checkKey(eq[1]!, term);
      checkValue(eq[3]!);
      return { key: eq[1]!, op: eq[2] === '!=' ? 'notin' : 'in', values: [eq[3]!] };
    }
    if (term.startsWith('!')) {
      checkKey(term.slice(1).trim(), term);
      return { key: term.slice(1).trim(), op: '!exists' };
    }
    if (KEY.test(term)) return { key: term, op: 'exists' };
    throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
  });
}

/** The structured selector of a Deployment, ReplicaSet or NetworkPolicy. */
export function selectorFromObject(sel: LabelSelectorObject | undefined): LabelSelector {
  const out: Requirement[] = [];
  for (const [key, value] of Object.entries(sel?.matchLabels ?? {})) {
    out.push({ key, op: 'in', values: [value] });
  }
  for (const e of sel?.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'in' || op === 'notin') out.push({ key: e.key, op, values: e.values ?? [] });
    else if (op === 'exists') out.push({ key: e.key, op: 'exists' });
    else if (op === 'doesnotexist') out.push({ key: e.key, op: '!exists' });
  }
  return out;
}

export function matchesLabels(selector: LabelSelector, labels: Record<string, string> | undefined) {
  return selector.every((req) => {
    const value = labels?.[req.key];
    switch (req.op) {
      case 'exists':
        return value !== undefined;
      case '!exists':
        return value === undefined;
      case 'in':
        return value !== undefined && req.values.includes(value);
      case 'notin':
        return value === undefined || !req.values.includes(value);
    }
  });
}

export type FieldSelector = { path: string; equals: boolean; value: string }[];

const COMMON_FIELDS = ['metadata.name', 'metadata.namespace'];
const EXTRA_FIELDS: Record<string, string[]> = {
  pods: [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  events: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  secrets: ['type'],
  namespaces: ['status.phase'],
  replicasets: ['status.replicas'],
};

export function parseFieldSelector(
  text: string | null | undefined,
  r: ResourceInfo,
): FieldSelector {
  if (!text) return [];
  const allowed = [...COMMON_FIELDS, ...(EXTRA_FIELDS[r.plural] ?? [])];
  return splitTerms(text).map((term) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${term}'`);
    const path = m[1]!.trim();
    if (!allowed.includes(path)) {
      throw badRequest(`field label not supported: ${path}`);
    }
    return { path, equals: m[2] !== '!=', value: m[3]!.trim() };
  });
}

function readPath(obj: KubeObject, path: string): string {
  if (path === 'source') {
    const source = (obj as { source?: { component?: string } }).source;
    return source?.component ?? '';
  }
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  }
  return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(selector: FieldSelector, obj: KubeObject) {
  return selector.every((req) => (readPath(obj, req.path) === req.value) === req.equals);
}
