/**
 * Reads and decodes request bodies: a size cap (413 past 3 MiB, as the API server), JSON, YAML
 * (with YAML's alias-bomb guard) and Kubernetes protobuf; every failure is a clear 4xx Status.
 */
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { StatusError, badRequest } from '../store/status-error';
import { decodeProtobufObject } from './protobuf';

export const MAX_BODY_BYTES = 3 * 1024 * 1024;

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () =>
      new StatusError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`);
    if (declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function mediaTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
}

function unsupported(type: string) {
  return new StatusError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (got ${type})`,
  );
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`couldn't get version/kind; json parse error: ${(err as Error).message}`);
  }
}

export function parseYamlText(text: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (err) {
    const detail = (err as Error).message.split('\n')[0];
    throw badRequest(`error converting YAML to JSON: yaml: ${detail}`);
  }
}

/** Decodes an object body (create / update) by its media type. */
export function decodeObjectBody(type: string, body: Buffer): unknown {
  if (body.length === 0)
    throw badRequest('the request body is empty: send the object as JSON or YAML');
  switch (type) {
    case 'application/json':
      return parseJson(body.toString('utf8'));
    case 'application/yaml':
    case 'application/apply-patch+yaml':
      return parseYamlText(body.toString('utf8'));
    case 'application/vnd.kubernetes.protobuf':
      return decodeProtobufObject(new Uint8Array(body.buffer, body.byteOffset, body.length));
    default:
      throw unsupported(type);
  }
}
