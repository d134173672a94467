/**
 * Checks an object a client sends (create, update, patch result) before it reaches the cluster:
 * kind and apiVersion match the URL, names and namespaces agree, unknown fields are refused
 * (`fieldValidation=Strict`) or dropped with a warning, and 422 rules hold.
 */
import type { ServerResponse } from 'node:http';
import type { KubeObject } from '../runtime/process';
import { apiVersionOf, type ResourceInfo } from '../store/resources';
import { badRequest, invalid } from '../store/status-error';
import { checkKnownFields } from './validation/known-fields';
import { checkObjectRules } from './validation/object-rules';

type Check = {
  r: ResourceInfo;
  namespace?: string;
  name?: string;
  fieldValidation: string | null;
  res: ServerResponse;
};

export function toKubeObject(value: unknown, r: ResourceInfo): KubeObject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(value)?.slice(0, 200)}'`);
  }
  const obj = value as KubeObject;
  // Like the API server, a body without apiVersion/kind takes them from the URL it was sent to.
  if (obj.kind === undefined || obj.kind === '') obj.kind = r.kind;
  if (obj.apiVersion === undefined || obj.apiVersion === '') obj.apiVersion = apiVersionOf(r);
  if (typeof obj.kind !== 'string') {
    throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(value).slice(0, 200)}'`);
  }
  if (obj.apiVersion !== apiVersionOf(r)) {
    throw badRequest(
      `the API version in the data (${String(obj.apiVersion)}) does not match the expected API version (${apiVersionOf(r)})`,
    );
  }
  if (obj.kind !== r.kind) {
    throw badRequest(
      `the kind in the data (${obj.kind}) does not match the expected kind (${r.kind})`,
    );
  }
  if (obj.metadata === undefined || obj.metadata === null) obj.metadata = { name: '' };
  if (typeof obj.metadata !== 'object' || Array.isArray(obj.metadata)) {
    throw badRequest(
      `${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}: json: cannot unmarshal ${typeof obj.metadata} into Go struct field ${r.kind}.metadata of type v1.ObjectMeta`,
    );
  }
  return obj;
}

/** Validates `obj` in place (unknown fields are removed); throws the Status a real server would. */
export function checkIncoming(obj: KubeObject, c: Check): void {
  const { r } = c;
  const problems = checkKnownFields(r.kind, obj as Record<string, unknown>);
  const prefix = `${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}`;
  if (problems.typeErrors.length) throw badRequest(`${prefix}: ${problems.typeErrors[0]}`);
  if (problems.unknown.length) {
    const list = problems.unknown.map((f) => `unknown field "${f}"`);
    if (c.fieldValidation === 'Strict')
      throw badRequest(`${prefix}: strict decoding error: ${list.join(', ')}`);
    if (c.fieldValidation !== 'Ignore') {
      c.res.setHeader(
        'Warning',
        list.map((l) => `299 - "${l.replace(/"/g, '\\"')}"`),
      );
    }
  }
  if (r.namespaced) {
    const bodyNs = obj.metadata.namespace;
    if (bodyNs && c.namespace && bodyNs !== c.namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    obj.metadata.namespace = c.namespace ?? bodyNs;
  } else {
    delete obj.metadata.namespace;
  }
  if (c.name !== undefined && obj.metadata.name !== c.name) {
    throw badRequest(
      `the name of the object (${obj.metadata.name}) does not match the name on the URL (${c.name})`,
    );
  }
  const causes = checkObjectRules(r, obj);
  if (obj.metadata.generateName && !obj.metadata.name) {
    causes.splice(0, causes.findIndex((x) => x.field === 'metadata.name') + 1);
  }
  if (causes.length)
    throw invalid(r.kind, r, obj.metadata.name || String(obj.metadata.generateName ?? ''), causes);
}
