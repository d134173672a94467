/**
 * Decodes the Kubernetes protobuf envelope (`k8s\0` + runtime.Unknown) and the messages that
 * kubectl ≥ 1.32 sends for `kubectl create <kind>` (see protobuf-schema.ts). Other kinds are
 * refused with a clear 415 so the client knows to send JSON.
 */
import { StatusError, badRequest } from '../store/status-error';
import type { KubeObject } from '../runtime/process';
import { PROTO_KINDS, PROTO_TYPES } from './protobuf-schema';

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

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Reads a varint field as a signed 64-bit integer would be read into a JSON number. */
function signed(n: number): number {
  return n >= 2 ** 63 ? n - 2 ** 64 : n;
}

function decodeScalar(type: string, f: Field): unknown {
  switch (type) {
    case 's':
      return text(f.bytes);
    case 'y':
      return toBase64(f.bytes ?? new Uint8Array());
    case 'i':
      return signed(f.num ?? 0);
    case 'b':
      return (f.num ?? 0) !== 0;
    case 'q':
      return text(readFields(f.bytes ?? new Uint8Array()).find((x) => x.field === 1)?.bytes);
    case 'ios': {
      const parts = readFields(f.bytes ?? new Uint8Array());
      const kind = parts.find((x) => x.field === 1)?.num ?? 0;
      return kind === 1
        ? text(parts.find((x) => x.field === 3)?.bytes)
        : signed(parts.find((x) => x.field === 2)?.num ?? 0);
    }
    default:
      return decodeMessage(type, f.bytes ?? new Uint8Array());
  }
}

function isZero(type: string, f: Field): boolean {
  if (type === 's') return !f.bytes?.length;
  if (type === 'i' || type === 'b') return (f.num ?? 0) === 0;
  return false;
}

function decodeMessage(typeName: string, buf: Uint8Array): Record<string, unknown> {
  const fields = PROTO_TYPES[typeName];
  if (!fields) throw badRequest(`proto: no decoder for ${typeName}`);
  const out: Record<string, unknown> = {};
  for (const f of readFields(buf)) {
    const spec = fields[f.field];
    if (!spec) continue;
    const [name, type] = spec;
    if (type.startsWith('[')) {
      const item = type.slice(1, -1);
      const list = (out[name] ??= []) as unknown[];
      list.push(decodeScalar(item, f));
    } else if (type.startsWith('{')) {
      const value = type.slice(1, -1);
      const map = (out[name] ??= {}) as Record<string, unknown>;
      const kv = readFields(f.bytes ?? new Uint8Array());
      const key = text(kv.find((x) => x.field === 1)?.bytes);
      const v = kv.find((x) => x.field === 2);
      map[key] = v ? decodeScalar(value, v) : value === 's' || value === 'y' ? '' : undefined;
    } else if (type.endsWith('*')) {
      out[name] = decodeScalar(type.slice(0, -1), f);
    } else if (!isZero(type, f)) {
      // Go's JSON leaves zero values of plain fields out (omitempty); protobuf carries them.
      out[name] = decodeScalar(type, f);
    }
  }
  return out;
}

/** Decodes a protobuf request body (`k8s\0` + runtime.Unknown) into a JSON object. */
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
  const message = PROTO_KINDS[`${apiVersion}/${kind}`];
  if (!message) {
    throw new StatusError(
      415,
      'UnsupportedMediaType',
      `the sandbox cannot decode ${apiVersion} ${kind} from protobuf; send it as application/json`,
    );
  }
  const decoded = decodeMessage(message, raw);
  return {
    apiVersion,
    kind,
    ...decoded,
    metadata: (decoded.metadata ?? { name: '' }) as KubeObject['metadata'],
  };
}
