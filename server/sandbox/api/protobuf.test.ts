import { describe, expect, it } from 'vitest';
import { decodeProtobufObject } from './protobuf';

/** A tiny protobuf writer, enough to build what kubectl sends. */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const bytes = (field: number, data: number[]) => [
  ...varint(field * 8 + 2),
  ...varint(data.length),
  ...data,
];
const str = (field: number, s: string) => bytes(field, [...new TextEncoder().encode(s)]);
const int = (field: number, n: number) => [...varint(field * 8), ...varint(n)];
const entry = (field: number, k: string, v: string) => bytes(field, [...str(1, k), ...str(2, v)]);

function envelope(apiVersion: string, kind: string, raw: number[]) {
  return Uint8Array.from([
    0x6b,
    0x38,
    0x73,
    0x00,
    ...bytes(1, [...str(1, apiVersion), ...str(2, kind)]),
    ...bytes(2, raw),
  ]);
}

describe('protobuf bodies', () => {
  it('decodes the Namespace kubectl create namespace sends', () => {
    const meta = [...str(1, 'cfostest'), ...entry(11, 'team', 'a')];
    expect(
      decodeProtobufObject(envelope('v1', 'Namespace', [...bytes(1, meta), ...bytes(2, [])])),
    ).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'cfostest', labels: { team: 'a' } },
      spec: {},
    });
  });

  it('decodes a Deployment with nested messages, repeated fields and ints', () => {
    const container = [
      ...str(1, 'web'),
      ...str(2, 'nginx'),
      ...bytes(6, int(3, 8080)),
      ...str(3, 'sleep'),
      ...str(3, '1'),
    ];
    const spec = [
      ...int(1, 0),
      ...bytes(2, entry(1, 'app', 'web')),
      ...bytes(3, [...bytes(1, entry(11, 'app', 'web')), ...bytes(2, bytes(2, container))]),
    ];
    const obj = decodeProtobufObject(
      envelope('apps/v1', 'Deployment', [...bytes(1, str(1, 'web')), ...bytes(2, spec)]),
    );
    expect(obj.spec).toEqual({
      replicas: 0,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx',
              ports: [{ containerPort: 8080 }],
              command: ['sleep', '1'],
            },
          ],
        },
      },
    });
  });

  it('refuses garbage, truncated messages and kinds it cannot decode', () => {
    expect(() => decodeProtobufObject(Uint8Array.from([1, 2, 3, 4, 5]))).toThrow(
      /expected prefix \[107 56 115 0\]/,
    );
    expect(() =>
      decodeProtobufObject(Uint8Array.from([0x6b, 0x38, 0x73, 0x00, 0x0a, 0x50, 0x01])),
    ).toThrow(/unexpected EOF/);
    expect(() => decodeProtobufObject(Uint8Array.from([0x6b, 0x38, 0x73, 0x00, 0x0f]))).toThrow(
      /illegal wireType 7/,
    );
    expect(() => decodeProtobufObject(envelope('batch/v1', 'Job', []))).toThrow(
      /cannot decode batch\/v1 Job/,
    );
  });
});
