/**
 * Decodes the Kubernetes protobuf envelope (`k8s\0` + runtime.Unknown) far enough to read the
 * Namespace that kubectl ≥ 1.32 sends for `create namespace`. Other kinds are refused with a
 * clear 415 so the client knows to send JSON.
 */
import { StatusError, badRequest } from '../store/status-error';
import type { KubeObject } from '../runtime/process';

type Field = { field: number; wire: number; bytes?: Uint8Array; num?: number };

const MAGIC = [0x6b, 0x38, 0x73, 0x00];

function readVarint(buf: Uint8Array, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw badRequest('proto: unexpected end of data in varint');
    const b = buf[pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7;
  }
  throw badRequest('proto: integer overflow');
}

export function readFields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [tag, next] = readVarint(buf, pos);
    pos = next;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw badRequest('proto: illegal tag 0 (wire type ' + wire + ')');
    if (wire === 0) {
      const [num, after] = readVarint(buf, pos);
      out.push({ field, wire, num });
      pos = after;
    } else if (wire === 2) {
      const [len, after] = readVarint(buf, pos);
      if (after + len > buf.length) throw badRequest('proto: unexpected EOF');
      out.push({ field, wire, bytes: buf.subarray(after, after + len) });
      pos = after + len;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (pos + size > buf.length) throw badRequest('proto: unexpected EOF');
      out.push({ field, wire, bytes: buf.subarray(pos, pos + size) });
      pos += size;
    } else {
      throw badRequest(`proto: illegal wireType ${wire}`);
    }
  }
  return out;
}

const text = (b: Uint8Array | undefined) =>
  new TextDecoder('utf-8', { fatal: false }).decode(b ?? new Uint8Array());

function readMapEntries(fields: Field[], number: number): Record<string, string> | undefined {
  const entries = fields.filter((f) => f.field === number && f.bytes);
  if (!entries.length) return undefined;
  const out: Record<string, string> = {};
  for (const e of entries) {
    const kv = readFields(e.bytes!);
    out[text(kv.find((f) => f.field === 1)?.bytes)] = text(kv.find((f) => f.field === 2)?.bytes);
  }
  return out;
}

function decodeObjectMeta(buf: Uint8Array): KubeObject['metadata'] {
  const f = readFields(buf);
  const str = (n: number) => {
    const found = f.find((x) => x.field === n)?.bytes;
    return found ? text(found) : undefined;
  };
  const meta: KubeObject['metadata'] = { name: str(1) ?? '' };
  if (str(2)) meta.generateName = str(2);
  if (str(3)) meta.namespace = str(3);
  const labels = readMapEntries(f, 11);
  const annotations = readMapEntries(f, 12);
  if (labels) meta.labels = labels;
  if (annotations) meta.annotations = annotations;
  return meta;
}

/** Decodes a protobuf request body into a JSON object. */
export function decodeProtobufObject(body: Uint8Array): KubeObject {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) {
    throw badRequest(
      'provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]',
    );
  }
  const unknown = readFields(body.subarray(4));
  const typeMeta = readFields(unknown.find((f) => f.field === 1)?.bytes ?? new Uint8Array());
  const apiVersion = text(typeMeta.find((f) => f.field === 1)?.bytes);
  const kind = text(typeMeta.find((f) => f.field === 2)?.bytes);
  const raw = unknown.find((f) => f.field === 2)?.bytes ?? new Uint8Array();
  if (!kind) throw badRequest("Object 'Kind' is missing in protobuf body");
  if (apiVersion !== 'v1' || kind !== 'Namespace') {
    throw new StatusError(
      415,
      'UnsupportedMediaType',
      `the sandbox decodes protobuf only for v1 Namespace, not ${apiVersion} ${kind}; send this object as application/json`,
    );
  }
  const fields = readFields(raw);
  const metaBytes = fields.find((f) => f.field === 1)?.bytes;
  const obj: KubeObject = {
    apiVersion,
    kind,
    metadata: metaBytes ? decodeObjectMeta(metaBytes) : { name: '' },
  };
  const spec = fields.find((f) => f.field === 2)?.bytes;
  if (spec) {
    const finalizers = readFields(spec)
      .filter((f) => f.field === 1)
      .map((f) => text(f.bytes));
    if (finalizers.length) obj.spec = { finalizers };
  }
  return obj;
}
