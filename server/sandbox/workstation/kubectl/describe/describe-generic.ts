/**
 * kubectl's generic describer for kinds without their own: name, labels and annotations, then
 * every field with its key in title case, nested by indentation.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- objects are read as loose JSON here */
import type { ClusterObject } from '@/server/cluster/types';
import { DescribeWriter, writeAnnotations, writeEvents, writeLabels } from './describe-writer';

type Any = Record<string, any>;

function titleCase(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function writeValue(w: DescribeWriter, level: number, key: string, value: unknown) {
  if (Array.isArray(value)) {
    w.write(level, `${key}:\n`);
    for (const item of value) {
      if (item && typeof item === 'object') {
        const entries = Object.entries(item as Any);
        entries.forEach(([k, v], index) => {
          if (index === 0 && (v === null || typeof v !== 'object'))
            w.write(level + 1, `${titleCase(k)}:\t${String(v)}\n`);
          else writeValue(w, level + 1, titleCase(k), v);
        });
      } else w.write(level + 1, `${String(item)}\n`);
    }
  } else if (value && typeof value === 'object') {
    w.write(level, `${key}:\n`);
    for (const [k, v] of Object.entries(value as Any)) writeValue(w, level + 1, titleCase(k), v);
  } else {
    w.write(level, `${key}:\t${String(value)}\n`);
  }
}

/** kubectl's generic describer: name, labels, annotations, then every field in title case. */
export function describeGeneric(
  object: ClusterObject,
  events: ClusterObject[] | null,
  now: number,
): string {
  const o = object as Any;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${o.metadata?.name}\n`);
  if (o.metadata?.namespace) w.write(0, `Namespace:\t${o.metadata.namespace}\n`);
  writeLabels(w, 'Labels', o.metadata?.labels);
  writeAnnotations(w, 'Annotations', o.metadata?.annotations);
  for (const [key, value] of Object.entries(o)) {
    if (key === 'metadata') {
      const rest = { ...value };
      for (const skip of ['name', 'namespace', 'labels', 'annotations', 'managedFields'])
        delete rest[skip];
      writeValue(w, 0, 'Metadata', rest);
    } else if (key === 'apiVersion') w.write(0, `API Version:\t${value}\n`);
    else writeValue(w, 0, titleCase(key), value);
  }
  writeEvents(w, events, now);
  return w.render();
}
