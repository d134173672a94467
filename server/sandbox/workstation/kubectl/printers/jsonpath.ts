/**
 * kubectl's JSONPath templates (`-o jsonpath='{.items[*].metadata.name}'`): literal text, `{path}`
 * expressions, `{range …}{end}`, quoted literals, filters, slices and recursive descent. Missing
 * keys print nothing, as kubectl allows them for `-o jsonpath`.
 */
import { KubectlError } from '../errors';
import { evaluatePath } from './jsonpath-eval';

export { evaluatePath };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'path'; path: string }
  | { kind: 'range'; path: string; body: Node[] };

/** Renders a template against a JSON value. */
export function renderJsonPath(template: string, data: unknown): string {
  const nodes = parseTemplate(template);
  return renderNodes(nodes, data, data);
}

function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i, open) });
    const close = findClose(template, open);
    if (close === -1) {
      throw new KubectlError(`error: error parsing jsonpath ${template}, unclosed action`);
    }
    const inner = template.slice(open + 1, close).trim();
    const current = stack[stack.length - 1]!;
    if (inner.startsWith('range ')) {
      const node: Node = { kind: 'range', path: inner.slice(6).trim(), body: [] };
      current.push(node);
      stack.push(node.body);
    } else if (inner === 'end') {
      if (stack.length === 1) {
        throw new KubectlError(
          `error: error parsing jsonpath ${template}, not in range, nothing to end`,
        );
      }
      stack.pop();
    } else if (/^".*"$|^'.*'$/s.test(inner)) {
      current.push({ kind: 'text', text: unquote(inner) });
    } else {
      current.push({ kind: 'path', path: inner });
    }
    i = close + 1;
  }
  return root;
}

function findClose(template: string, open: number): number {
  let quote: string | null = null;
  for (let i = open + 1; i < template.length; i++) {
    const c = template[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(.)/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c,
  );
}

function renderNodes(nodes: Node[], root: unknown, current: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'path') {
      out += evaluatePath(node.path, root, current).map(formatValue).join(' ');
    } else {
      // `{range .items[*]}` yields the items; `{range .items}` yields one list to walk through.
      const values = evaluatePath(node.path, root, current);
      const items = values.length === 1 && Array.isArray(values[0]) ? values[0] : values;
      for (const item of items) out += renderNodes(node.body, root, item);
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Prints one result: strings raw, everything else as compact JSON with sorted keys. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}
