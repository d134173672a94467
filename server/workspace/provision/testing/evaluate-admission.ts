/**
 * Test helper: runs a ValidatingAdmissionPolicy and its binding over an admission request, the way
 * the API server does (match rules, binding namespace selector, variables in order, validations),
 * with a real CEL evaluator. Kubernetes' own CEL library adds functions this one lacks; the
 * policies only use core CEL (has, all, in, startsWith, size, ternary), which both share.
 */
import { evaluate } from '@marcbachmann/cel-js';
import type { ClusterObject } from '@/server/cluster/types';

export type AdmissionRequest = {
  operation: 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';
  resource: { group: string; version: string; resource: string };
  subResource?: string;
  namespace: string;
  username: string;
  object: ClusterObject | null;
  oldObject?: ClusterObject | null;
  namespaceObject?: ClusterObject | null;
};

type ResourceRule = {
  apiGroups: string[];
  apiVersions: string[];
  operations: string[];
  resources: string[];
};

type Selector = {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
};

/** JSON numbers that are whole become CEL ints, as the API server types integer fields. */
function toCel(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (Array.isArray(value)) return value.map(toCel);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  return value;
}

function matchesRule(rule: ResourceRule, request: AdmissionRequest): boolean {
  const resource = request.subResource
    ? `${request.resource.resource}/${request.subResource}`
    : request.resource.resource;
  const any = (list: string[], value: string) => list.includes('*') || list.includes(value);
  return (
    any(rule.apiGroups, request.resource.group) &&
    any(rule.apiVersions, request.resource.version) &&
    any(rule.operations, request.operation) &&
    any(rule.resources, resource)
  );
}

export function matchesSelector(selector: Selector | undefined, labels: Record<string, string>) {
  if (!selector) return true;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
    if (e.operator === 'In' && !(e.values ?? []).includes(labels[e.key] ?? '\0')) return false;
    if (e.operator === 'NotIn' && has && (e.values ?? []).includes(labels[e.key] ?? ''))
      return false;
  }
  return true;
}

export type AdmissionOutcome = { matched: boolean; denied: string[] };

/** Evaluates the policy for the request; `denied` holds the message of every failed validation. */
export function admitRequest(
  policy: ClusterObject,
  binding: ClusterObject,
  request: AdmissionRequest,
): AdmissionOutcome {
  const spec = policy.spec as {
    matchConstraints: { resourceRules: ResourceRule[] };
    variables?: { name: string; expression: string }[];
    validations: { expression: string; message: string }[];
  };
  const bindingSpec = binding.spec as { matchResources?: { namespaceSelector?: Selector } };
  if (!spec.matchConstraints.resourceRules.some((rule) => matchesRule(rule, request))) {
    return { matched: false, denied: [] };
  }
  // For a Namespace request the selector is matched against the namespace itself.
  const nsObject =
    request.resource.resource === 'namespaces'
      ? (request.object ?? request.oldObject)
      : request.namespaceObject;
  const nsLabels = nsObject?.metadata?.labels ?? {};
  if (!matchesSelector(bindingSpec.matchResources?.namespaceSelector, nsLabels)) {
    return { matched: false, denied: [] };
  }
  const context: Record<string, unknown> = {
    object: toCel(request.object),
    oldObject: toCel(request.oldObject ?? null),
    namespaceObject: toCel(request.namespaceObject ?? null),
    request: toCel({
      operation: request.operation,
      namespace: request.namespace,
      resource: request.resource,
      subResource: request.subResource ?? '',
      userInfo: { username: request.username },
    }),
  };
  const variables: Record<string, unknown> = {};
  context.variables = variables;
  for (const v of spec.variables ?? []) variables[v.name] = evaluate(v.expression, context);
  const denied: string[] = [];
  for (const validation of spec.validations) {
    const result = evaluate(validation.expression, context);
    if (typeof result !== 'boolean') {
      throw new Error(`validation did not return a bool: ${validation.expression}`);
    }
    if (!result) denied.push(validation.message);
  }
  return { matched: true, denied };
}
