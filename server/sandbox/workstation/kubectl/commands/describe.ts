/**
 * `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME [-l selector] [-A]`: fetches the objects and
 * what their description needs (events, owned ReplicaSets, quotas, secrets) and prints them.
 */
import { getObject, listObjects } from '@/server/cluster/objects';
import type { ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { isNotFound, KubectlError } from '../errors';
import {
  describeDeployment,
  describeNamespace,
  describeServiceAccount,
} from '../describe/describe-kinds';
import { describeGeneric } from '../describe/describe-generic';
import { describePod } from '../describe/describe-pod';
import {
  describeConfigMap,
  describeRole,
  describeRoleBinding,
  describeSecret,
} from '../describe/describe-config';
import { selectEvents } from '../describe/describe-writer';
import { parseResourceArgs } from '../resource-args';
import { addressOf, findResource, type ApiResource } from '../resources';

export const describeFlags: FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'show-events', type: 'string', noValueDefault: 'true' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'chunk-size', type: 'int' },
];

export async function runDescribe(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const requests = parseResourceArgs(parsed.args);
  if (requests.length === 0) {
    throw new KubectlError(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  }
  const allNamespaces = readBool(parsed, 'all-namespaces');
  const showEvents = readString(parsed, 'show-events') !== 'false';
  const found: { resource: ApiResource; object: ClusterObject }[] = [];
  for (const request of requests) {
    const resource = await ctx.resource(request.type);
    const namespace = allNamespaces ? undefined : ctx.namespace;
    if (request.names.length === 0) {
      const list = await listObjects(ctx.connection, addressOf(resource, namespace), {
        labelSelector: readString(parsed, 'selector'),
      });
      found.push(...list.items.map((object) => ({ resource, object })));
      continue;
    }
    for (const name of request.names) {
      try {
        found.push({
          resource,
          object: await getObject(ctx.connection, addressOf(resource, ctx.namespace, name)),
        });
      } catch (error) {
        if (!isNotFound(error)) throw error;
        // kubectl falls back to every object whose name starts with what was typed.
        const list = await listObjects(ctx.connection, addressOf(resource, ctx.namespace));
        const matches = list.items.filter((o) => o.metadata?.name?.startsWith(name));
        if (matches.length === 0) throw error;
        found.push(...matches.map((object) => ({ resource, object })));
      }
    }
  }
  if (found.length === 0) {
    ctx.err(
      allNamespaces || !requests.some(() => true)
        ? 'No resources found\n'
        : `No resources found in ${ctx.namespace} namespace.\n`,
    );
    return 0;
  }
  const texts: string[] = [];
  for (const { resource, object } of found) {
    texts.push(await describeOne(ctx, resource, object, showEvents));
  }
  ctx.out(texts.join('\n\n'));
  return 0;
}

async function listIn(ctx: KubectlContext, typed: string, namespace: string | undefined) {
  const resource = findResource(await ctx.resources(), typed);
  if (!resource) return [];
  try {
    return (await listObjects(ctx.connection, addressOf(resource, namespace))).items;
  } catch {
    return [];
  }
}

async function describeOne(
  ctx: KubectlContext,
  resource: ApiResource,
  object: ClusterObject,
  showEvents: boolean,
): Promise<string> {
  const namespace = object.metadata?.namespace;
  const events = showEvents
    ? selectEvents(await listIn(ctx, 'events', namespace ?? ctx.namespace), object)
    : null;
  const now = ctx.now();
  switch (`${resource.group}/${resource.resource}`) {
    case '/pods':
      return describePod(object, events, now);
    case 'apps/deployments': {
      const uid = object.metadata?.uid;
      const sets = (await listIn(ctx, 'replicasets.apps', namespace)).filter((rs) =>
        ((rs.metadata?.ownerReferences as { uid?: string }[] | undefined) ?? []).some(
          (o) => o.uid === uid,
        ),
      );
      return describeDeployment(object, sets, events, now);
    }
    case '/namespaces': {
      const name = object.metadata?.name;
      return describeNamespace(
        object,
        await listIn(ctx, 'resourcequotas', name),
        await listIn(ctx, 'limitranges', name),
      );
    }
    case '/serviceaccounts': {
      const secrets = await listIn(ctx, 'secrets', namespace);
      return describeServiceAccount(
        object,
        new Set(secrets.map((s) => s.metadata?.name ?? '')),
        events,
        now,
      );
    }
    case '/secrets':
      return describeSecret(object);
    case '/configmaps':
      return describeConfigMap(object, events, now);
    case 'rbac.authorization.k8s.io/roles':
    case 'rbac.authorization.k8s.io/clusterroles':
      return describeRole(object);
    case 'rbac.authorization.k8s.io/rolebindings':
    case 'rbac.authorization.k8s.io/clusterrolebindings':
      return describeRoleBinding(object);
    default:
      return describeGeneric(object, events, now);
  }
}
