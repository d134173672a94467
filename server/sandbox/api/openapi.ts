/**
 * The minimal OpenAPI answers kubectl needs: v3 lists one document per group-version, and each
 * document declares a PATCH operation per kind that accepts `fieldValidation`, which tells
 * kubectl to leave validation to the server. v2 is an empty protobuf document, so client-side
 * validation finds no schema and is skipped.
 */
import { RESOURCES, apiVersionOf, groupVersions, type ResourceInfo } from '../store/resources';

/** `swagger: "2.0"` as a protobuf openapi_v2.Document. */
export const OPENAPI_V2_BODY = Uint8Array.from([0x0a, 0x03, 0x32, 0x2e, 0x30]);
export const OPENAPI_V2_TYPE = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';

function docPath(group: string, version: string) {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

/** A stable hash per document, so kubectl's cache keys stay valid until the server changes. */
const HASH = 'sandbox1';

export function openapiV3Index() {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of groupVersions()) {
    const p = docPath(gv.group, gv.version);
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${HASH}` };
  }
  return { paths };
}

function objectPath(r: ResourceInfo) {
  const prefix = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  return r.namespaced
    ? `${prefix}/namespaces/{namespace}/${r.plural}/{name}`
    : `${prefix}/${r.plural}/{name}`;
}

export function openapiV3Document(group: string, version: string) {
  const list = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (list.length === 0) return undefined;
  const paths: Record<string, unknown> = {};
  for (const r of list) {
    paths[objectPath(r)] = {
      patch: {
        operationId: `patch${r.kind}`,
        parameters: [
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
        ],
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: r.group, version: r.version, kind: r.kind },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: apiVersionOf(list[0]!) },
    paths,
    components: { schemas: {} },
  };
}
