/**
 * Evaluating one JSONPath expression of a kubectl template (`.items[*].metadata.name`,
 * `[?(@.type=="Ready")]`, `..image`, slices) against JSON; every match is returned.
 */
import { KubectlError } from '../errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'recursive'; name: string }
  | { kind: 'wildcard' }
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'filter'; expression: string };

/** Evaluates one path expression; returns every match (no match → empty list). */
export function evaluatePath(path: string, root: unknown, current: unknown): unknown[] {
  let start: unknown = current;
  let rest = path.trim();
  if (rest.startsWith('$')) {
    start = root;
    rest = rest.slice(1);
  } else if (rest.startsWith('@')) rest = rest.slice(1);
  let values = [start];
  for (const step of parseSteps(rest, path)) values = values.flatMap((v) => applyStep(step, v));
  return values.filter((v) => v !== undefined);
}

function parseSteps(text: string, whole: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('..', i)) {
      i += 2;
      const name = readName(text, i);
      i += name.raw.length;
      steps.push({ kind: 'recursive', name: name.value });
    } else if (text[i] === '.') {
      i++;
      if (text[i] === '*') {
        steps.push({ kind: 'wildcard' });
        i++;
        continue;
      }
      const name = readName(text, i);
      i += name.raw.length;
      if (name.value) steps.push({ kind: 'field', name: name.value });
    } else if (text[i] === '[') {
      const close = text.indexOf(']', i);
      if (close === -1)
        throw new KubectlError(`error: error parsing jsonpath {${whole}}, unterminated array`);
      steps.push(parseBracket(text.slice(i + 1, close).trim()));
      i = close + 1;
    } else {
      const name = readName(text, i);
      if (!name.raw) {
        throw new KubectlError(
          `error: error parsing jsonpath {${whole}}, unrecognized character in action: U+${text
            .charCodeAt(i)
            .toString(16)
            .toUpperCase()
            .padStart(4, '0')} '${text[i]}'`,
        );
      }
      i += name.raw.length;
      steps.push({ kind: 'field', name: name.value });
    }
  }
  return steps;
}

function readName(text: string, from: number): { raw: string; value: string } {
  let i = from;
  let value = '';
  while (i < text.length && text[i] !== '.' && text[i] !== '[') {
    if (text[i] === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else value += text[i++];
  }
  return { raw: text.slice(from, i), value };
}

function parseBracket(inner: string): Step {
  if (inner === '*') return { kind: 'wildcard' };
  if (inner.startsWith('?(') && inner.endsWith(')'))
    return { kind: 'filter', expression: inner.slice(2, -1) };
  if (/^'.*'$|^".*"$/.test(inner)) return { kind: 'field', name: inner.slice(1, -1) };
  if (inner.includes(':')) {
    const [a, b] = inner.split(':');
    return {
      kind: 'slice',
      start: a?.trim() ? Number(a) : undefined,
      end: b?.trim() ? Number(b) : undefined,
    };
  }
  return { kind: 'index', index: Number(inner) };
}

function applyStep(step: Step, value: unknown): unknown[] {
  switch (step.kind) {
    case 'field':
      return isRecord(value) && step.name in value ? [value[step.name]] : [];
    case 'wildcard':
      return Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    case 'index': {
      if (!Array.isArray(value)) return [];
      const index = step.index < 0 ? value.length + step.index : step.index;
      if (index < 0 || index >= value.length) {
        throw new KubectlError(
          `error: error executing jsonpath: array index out of bounds: index ${step.index}, length ${value.length}`,
        );
      }
      return [value[index]];
    }
    case 'slice':
      return Array.isArray(value) ? value.slice(step.start, step.end) : [];
    case 'recursive':
      return collectRecursive(value, step.name);
    case 'filter':
      return (Array.isArray(value) ? value : []).filter((item) =>
        testFilter(step.expression, item),
      );
  }
}

function collectRecursive(value: unknown, name: string): unknown[] {
  const found: unknown[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) {
      if (name === '' || name === '*') found.push(...Object.values(v));
      else if (name in v) found.push(v[name]);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}

function testFilter(expression: string, item: unknown): boolean {
  const match = /^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/.exec(expression);
  if (!match) return evaluatePath(expression, item, item).length > 0;
  const left = evaluatePath(match[1]!, item, item)[0];
  const rightText = match[3]!.trim();
  const right = /^'.*'$|^".*"$/.test(rightText)
    ? rightText.slice(1, -1)
    : rightText.startsWith('@')
      ? evaluatePath(rightText, item, item)[0]
      : Number(rightText);
  switch (match[2]) {
    case '==':
      return left === right || (typeof right === 'number' && Number(left) === right);
    case '!=':
      return left !== right;
    case '<':
      return Number(left) < Number(right);
    case '>':
      return Number(left) > Number(right);
    case '<=':
      return Number(left) <= Number(right);
    default:
      return Number(left) >= Number(right);
  }
}
