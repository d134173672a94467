/**
 * Semantic validation of objects (the 422 Invalid answers): names, required fields and the few
 * cross-field rules a learner is likely to trip over, worded like the API server.
 */
import type { KubeObject } from '../../runtime/process';
import type { StatusCause } from '../../store/status-error';
import type { ResourceInfo } from '../../store/resources';
import { matchesLabels, selectorFromObject, type LabelSelectorObject } from '../../store/selectors';
import { checkObjectName, checkSubdomainName, checkLabelName } from './names';

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

function required(field: string, detail = ''): StatusCause {
  return {
    field,
    reason: 'FieldValueRequired',
    message: `Required value${detail ? `: ${detail}` : ''}`,
  };
}

function invalidValue(field: string, value: unknown, detail: string): StatusCause {
  return {
    field,
    reason: 'FieldValueInvalid',
    message: `Invalid value: ${JSON.stringify(value)}: ${detail}`,
  };
}

function checkMeta(r: ResourceInfo, obj: KubeObject): StatusCause[] {
  const name = obj.metadata.name;
  if (!name) return [required('metadata.name', 'name or generateName is required')];
  return checkObjectName(r.plural, name).map((d) => invalidValue('metadata.name', name, d));
}

function checkContainers(spec: Obj, path: string): StatusCause[] {
  const causes: StatusCause[] = [];
  const containers = Array.isArray(spec.containers) ? (spec.containers as Obj[]) : [];
  if (containers.length === 0) causes.push(required(`${path}.containers`));
  const seen = new Set<string>();
  for (const [listName, list] of [
    ['initContainers', spec.initContainers],
    ['containers', containers],
  ] as const) {
    (Array.isArray(list) ? (list as Obj[]) : []).forEach((c, i) => {
      const at = `${path}.${listName}[${i}]`;
      const cname = typeof c.name === 'string' ? c.name : '';
      if (!cname) causes.push(required(`${at}.name`));
      else {
        for (const d of checkLabelName(cname)) causes.push(invalidValue(`${at}.name`, cname, d));
        if (seen.has(cname)) {
          causes.push({
            field: `${at}.name`,
            reason: 'FieldValueDuplicate',
            message: `Duplicate value: "${cname}"`,
          });
        }
        seen.add(cname);
      }
      if (!c.image) causes.push(required(`${at}.image`));
    });
  }
  const volumes = Array.isArray(spec.volumes) ? (spec.volumes as Obj[]) : [];
  const volumeNames = new Set(volumes.map((v) => v.name));
  containers.forEach((c, i) => {
    const mounts = Array.isArray(c.volumeMounts) ? (c.volumeMounts as Obj[]) : [];
    mounts.forEach((m, j) => {
      if (!volumeNames.has(m.name)) {
        causes.push({
          field: `${path}.containers[${i}].volumeMounts[${j}].name`,
          reason: 'FieldValueNotFound',
          message: `Not found: ${JSON.stringify(m.name)}`,
        });
      }
    });
  });
  return causes;
}

function checkWorkload(obj: KubeObject): StatusCause[] {
  const spec = asObj(obj.spec);
  const template = asObj(spec.template);
  const causes: StatusCause[] = [];
  const selector = spec.selector as LabelSelectorObject | undefined;
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) {
    causes.push(required('spec.selector'));
  }
  const labels = asObj(template.metadata).labels as Record<string, string> | undefined;
  if (selector && !matchesLabels(selectorFromObject(selector), labels)) {
    causes.push({
      field: 'spec.template.metadata.labels',
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``,
    });
  }
  if (typeof spec.replicas === 'number' && spec.replicas < 0) {
    causes.push(invalidValue('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  }
  causes.push(...checkContainers(asObj(template.spec), 'spec.template.spec'));
  return causes;
}

function goMap(labels: Record<string, string> | undefined) {
  const inner = Object.entries(labels ?? {})
    .map(([k, v]) => `"${k}":"${v}"`)
    .join(', ');
  return `map[string]string{${inner}}`;
}

function checkBinding(obj: KubeObject): StatusCause[] {
  const roleRef = asObj(obj.roleRef);
  const causes: StatusCause[] = [];
  if (roleRef.kind !== 'Role' && roleRef.kind !== 'ClusterRole') {
    causes.push({
      field: 'roleRef.kind',
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: ${JSON.stringify(roleRef.kind ?? '')}: supported values: "Role", "ClusterRole"`,
    });
  }
  if (!roleRef.name) causes.push(required('roleRef.name'));
  return causes;
}

/** All 422 causes for `obj` of resource `r`; empty when the object is valid. */
export function checkObjectRules(r: ResourceInfo, obj: KubeObject): StatusCause[] {
  const causes = checkMeta(r, obj);
  if (obj.metadata.namespace && r.namespaced) {
    for (const d of checkLabelName(obj.metadata.namespace)) {
      causes.push(invalidValue('metadata.namespace', obj.metadata.namespace, d));
    }
  }
  for (const key of Object.keys(obj.metadata.labels ?? {})) {
    const local = key.includes('/') ? key.split('/')[1]! : key;
    const prefix = key.includes('/') ? key.split('/')[0]! : '';
    if (
      !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(local) ||
      local.length > 63 ||
      (prefix && checkSubdomainName(prefix).length)
    ) {
      causes.push(
        invalidValue(
          'metadata.labels',
          key,
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        ),
      );
    }
  }
  switch (r.kind) {
    case 'Pod':
      causes.push(...checkContainers(asObj(obj.spec), 'spec'));
      break;
    case 'Deployment':
    case 'ReplicaSet':
      causes.push(...checkWorkload(obj));
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      causes.push(...checkBinding(obj));
      break;
  }
  return causes;
}
