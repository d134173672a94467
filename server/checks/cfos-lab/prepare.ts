/** Task "prepare": the namespace, pull secret, service account and the seed file's RBAC objects. */
import { describeList, skipped, step } from '../step';
import type { CheckDefinition, CheckStep, KubeObject } from '../types';
import { CLUSTER_ROLES, LAB_NAMESPACE, PULL_SECRET, SERVICE_ACCOUNT } from './constants';

const RBAC = 'rbac.authorization.k8s.io/v1';

type Rule = { apiGroups?: string[]; resources?: string[]; verbs?: string[] };

function grantsRead(role: KubeObject | null, resource: string): boolean {
  const rules = (role?.rules ?? []) as Rule[];
  return rules.some(
    (r) =>
      (r.resources ?? []).includes(resource) &&
      ['get', 'list', 'watch'].every((v) => (r.verbs ?? []).includes(v)),
  );
}

export const prepareCheck: CheckDefinition = {
  id: 'prepare',
  title: 'Prepare the namespace, pull secret and service account',
  async run({ cluster }) {
    const steps: CheckStep[] = [];
    const ns = await cluster.get('v1', 'Namespace', LAB_NAMESPACE);
    steps.push(
      step(
        `Namespace "${LAB_NAMESPACE}" exists`,
        ns !== null,
        `namespace "${LAB_NAMESPACE}"`,
        ns ? 'found' : 'not found',
        `Create it: kubectl create namespace ${LAB_NAMESPACE}`,
      ),
    );
    if (!ns) {
      steps.push(
        skipped(
          'Pull secret and service account',
          'objects in the namespace',
          'Create the namespace first.',
        ),
      );
      return steps;
    }

    // Independent reads, fetched together: a check should answer as fast as one round trip.
    const [secret, sa, ...rbac] = await Promise.all([
      cluster.get('v1', 'Secret', PULL_SECRET, LAB_NAMESPACE),
      cluster.get('v1', 'ServiceAccount', SERVICE_ACCOUNT, LAB_NAMESPACE),
      ...CLUSTER_ROLES.flatMap(({ name, binding }) => [
        cluster.get(RBAC, 'ClusterRole', name),
        cluster.get(RBAC, 'RoleBinding', binding, LAB_NAMESPACE),
      ]),
    ]);
    const secretType = (secret?.type as string | undefined) ?? '';
    steps.push(
      step(
        `Secret "${PULL_SECRET}" is an image pull secret`,
        secretType === 'kubernetes.io/dockerconfigjson',
        'type kubernetes.io/dockerconfigjson',
        secret ? `type ${secretType || '(none)'}` : 'not found',
        `Apply it in the namespace: kubectl apply -f ${PULL_SECRET}.yaml -n ${LAB_NAMESPACE}`,
      ),
    );

    const pullSecrets = ((sa?.imagePullSecrets ?? []) as { name?: string }[]).map(
      (s) => s.name ?? '',
    );
    steps.push(
      step(
        `ServiceAccount "${SERVICE_ACCOUNT}" uses the pull secret`,
        pullSecrets.includes(PULL_SECRET),
        `imagePullSecrets: "${PULL_SECRET}"`,
        sa ? `imagePullSecrets: ${describeList(pullSecrets)}` : 'service account not found',
        'Create the objects of Task1_1_create_cfos_serviceaccount.yaml with kubectl create -f … -n cfostest',
      ),
    );

    for (const [index, { name, resource, binding }] of CLUSTER_ROLES.entries()) {
      const role = rbac[index * 2] ?? null;
      steps.push(
        step(
          `ClusterRole "${name}" can read ${resource}`,
          grantsRead(role, resource),
          `get, watch, list on ${resource}`,
          role ? 'found, but without those verbs' : 'not found',
          'It is defined in Task1_1_create_cfos_serviceaccount.yaml; create that file.',
        ),
      );
      const rb = rbac[index * 2 + 1] ?? null;
      const subjects = (rb?.subjects ?? []) as { kind?: string; name?: string }[];
      const roleRef = (rb?.roleRef ?? {}) as { kind?: string; name?: string };
      const bound =
        roleRef.kind === 'ClusterRole' &&
        roleRef.name === name &&
        subjects.some((s) => s.kind === 'ServiceAccount' && s.name === SERVICE_ACCOUNT);
      steps.push(
        step(
          `RoleBinding "${binding}" gives ${SERVICE_ACCOUNT} the role`,
          bound,
          `${SERVICE_ACCOUNT} bound to ClusterRole ${name} in ${LAB_NAMESPACE}`,
          rb
            ? `binds ${roleRef.kind ?? '?'} ${roleRef.name ?? '?'} to ${describeList(subjects.map((s) => s.name ?? ''))}`
            : 'not found',
          `Create it in the namespace with the seed file and -n ${LAB_NAMESPACE}.`,
        ),
      );
    }
    return steps;
  },
};
