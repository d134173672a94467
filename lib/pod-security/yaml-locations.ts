/**
 * Maps a JSON path to a place in YAML source. When the field is missing (a required
 * `allowPrivilegeEscalation`, say) it points at the nearest part that exists: the key of the
 * enclosing field, or the `name:` line of the container.
 */

import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
} from 'yaml';
import type { JsonPath } from './types';

export type SourceRange = { line: number; column: number; endLine: number; endColumn: number };

type Offsets = [number, number];

function rangeOf(node: unknown): Offsets | null {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : null;
}

/** A key with its value when the value fits on the key's line; just the key for block values. */
function pairOffsets(key: unknown, value: unknown): Offsets | null {
  const keyRange = rangeOf(key);
  if (!keyRange) return null;
  const valueRange = rangeOf(value);
  const block = isCollection(value) && !value.flow;
  return valueRange && !block ? [keyRange[0], valueRange[1]] : keyRange;
}

/** A list item: its `name:` entry when it is a mapping (containers, volumes), else the item. */
function itemOffsets(item: unknown): Offsets | null {
  if (isMap(item)) {
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'name') ?? item.items[0];
    if (pair) return pairOffsets(pair.key, pair.value);
  }
  return rangeOf(item);
}

export function locatePath(document: Document, path: JsonPath): Offsets {
  let node: unknown = document.contents;
  let anchor: Offsets = rangeOf(node) ?? [0, 0];
  // Point at the document's first line rather than its whole body when nothing matches.
  if (isMap(node) && node.items[0])
    anchor = pairOffsets(node.items[0].key, node.items[0].value) ?? anchor;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      if (!pair) break;
      anchor = pairOffsets(pair.key, pair.value) ?? anchor;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      anchor = itemOffsets(item) ?? anchor;
      node = item;
    } else {
      break;
    }
  }
  return anchor;
}

export function toSourceRange(lineCounter: LineCounter, [start, end]: Offsets): SourceRange {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
