/**
 * Test helper: validates objects against the project's offline Kubernetes JSON schema (generated
 * from kubernetes-types for the editor; unknown fields are errors there, as with
 * `fieldValidation=Strict`). Kinds the schema does not cover are reported as unchecked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ClusterObject } from '@/server/cluster/types';

type Schema = { definitions: Record<string, { anyOf?: Record<string, unknown>[] }> };

const schemaFile = path.resolve(import.meta.dirname, '../../lib/k8s-schema/kubernetes.schema.json');

export type SchemaCheck = { kind: string; name: string; errors: string[] | null };

export function createSchemaValidator() {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
  const byKind = new Map<string, ReturnType<typeof ajv.compile>>();
  for (const branch of schema.definitions.WorkshopObject?.anyOf ?? []) {
    const props = branch.properties as Record<string, { const?: string }> | undefined;
    const key = `${props?.apiVersion?.const ?? ''}/${props?.kind?.const ?? ''}`;
    byKind.set(key, ajv.compile({ ...branch, definitions: schema.definitions }));
  }
  return (object: ClusterObject): SchemaCheck => {
    const validate = byKind.get(`${object.apiVersion ?? ''}/${object.kind ?? ''}`);
    const result = { kind: object.kind ?? '', name: object.metadata?.name ?? '' };
    if (!validate) return { ...result, errors: null };
    if (validate(object)) return { ...result, errors: [] };
    return {
      ...result,
      errors: (validate.errors ?? []).map((e) => `${e.dataPath || '(root)'} ${e.message ?? ''}`),
    };
  };
}
