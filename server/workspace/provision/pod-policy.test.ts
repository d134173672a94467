import { describe, expect, it } from 'vitest';
import type { ClusterObject } from '@/server/cluster/types';
import { LEARNER_LABEL, MANAGED_BY, MANAGED_BY_LABEL } from './labels';
import { buildNamespace } from './namespace-objects';
import {
  ALLOWED_CAPABILITIES,
  CONTAINER_LISTS,
  POD_POLICY_NAME,
  POD_POLICY_RULES,
  buildPodPolicy,
  buildPolicyBinding,
} from './pod-policy';
import { admitRequest, type AdmissionRequest } from './testing/evaluate-admission';
import { buildWorkstationPod } from './workstation';

const policy = buildPodPolicy();
const binding = buildPolicyBinding(POD_POLICY_NAME);
const learnerNamespace = buildNamespace('learner-1');
const ns = learnerNamespace.metadata?.name ?? '';
const message = (id: string) => POD_POLICY_RULES.find((r) => r.id === id)?.message;

type Spec = Record<string, unknown>;

function pod(spec: Spec): ClusterObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: ns }, spec };
}

function container(securityContext?: Spec, extra: Spec = {}): Spec {
  return { name: 'c', image: 'busybox', ...(securityContext ? { securityContext } : {}), ...extra };
}

function admitPod(object: ClusterObject, overrides: Partial<AdmissionRequest> = {}) {
  return admitRequest(policy, binding, {
    operation: 'CREATE',
    resource: { group: '', version: 'v1', resource: 'pods' },
    namespace: ns,
    username: `system:serviceaccount:${ns}:learner`,
    object,
    namespaceObject: learnerNamespace,
    ...overrides,
  });
}

/** The lab's fixed cFOS Deployment: root, NET_ADMIN and NET_RAW. */
const cfosDeployment: ClusterObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'cfos7210250-deployment', namespace: ns },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'cfos' } },
    template: {
      metadata: { labels: { app: 'cfos' } },
      spec: {
        serviceAccountName: 'cfos-serviceaccount',
        securityContext: { runAsUser: 0 },
        containers: [
          container(
            {
              allowPrivilegeEscalation: false,
              privileged: false,
              capabilities: { add: ['NET_RAW', 'NET_ADMIN'] },
            },
            { ports: [{ containerPort: 80 }], volumeMounts: [{ mountPath: '/data', name: 'd' }] },
          ),
        ],
        volumes: [{ name: 'd', emptyDir: {} }],
      },
    },
  },
};

const deploymentResource = { group: 'apps', version: 'v1', resource: 'deployments' };

describe('the learner pod policy (evaluated with a CEL interpreter)', () => {
  it("admits the lab's fixed cFOS Deployment with NET_ADMIN and NET_RAW", () => {
    expect(admitPod(cfosDeployment, { resource: deploymentResource })).toEqual({
      matched: true,
      denied: [],
    });
  });

  it('admits the workstation pod and a plain pod', () => {
    const workstation = buildWorkstationPod('learner-1', { image: 'i', user: 1001, files: {} });
    expect(admitPod(workstation).denied).toEqual([]);
    expect(admitPod(pod({ containers: [container()] })).denied).toEqual([]);
  });

  it.each(CONTAINER_LISTS)('refuses a privileged container in %s', (list) => {
    const spec: Spec = { containers: [container()] };
    spec[list] = [container({ privileged: true })];
    expect(admitPod(pod(spec)).denied).toEqual([message('privileged')]);
  });

  it('admits privileged: false', () => {
    expect(admitPod(pod({ containers: [container({ privileged: false })] })).denied).toEqual([]);
  });

  it.each(['hostNetwork', 'hostPID', 'hostIPC'])('refuses %s', (field) => {
    expect(admitPod(pod({ containers: [container()], [field]: true })).denied).toEqual([
      message('hostNamespaces'),
    ]);
    expect(admitPod(pod({ containers: [container()], [field]: false })).denied).toEqual([]);
  });

  it('refuses hostPath volumes', () => {
    const spec = { containers: [container()], volumes: [{ name: 'h', hostPath: { path: '/' } }] };
    expect(admitPod(pod(spec)).denied).toEqual([message('hostPathVolumes')]);
  });

  it.each(CONTAINER_LISTS)('refuses a host port in %s, admits hostPort 0', (list) => {
    const spec: Spec = { containers: [container()] };
    spec[list] = [container(undefined, { ports: [{ containerPort: 80, hostPort: 8080 }] })];
    expect(admitPod(pod(spec)).denied).toEqual([message('hostPorts')]);
    spec[list] = [container(undefined, { ports: [{ containerPort: 80, hostPort: 0 }] })];
    expect(admitPod(pod(spec)).denied).toEqual([]);
  });

  it.each(CONTAINER_LISTS)('refuses capabilities beyond NET_ADMIN and NET_RAW in %s', (list) => {
    const spec: Spec = { containers: [container()] };
    spec[list] = [container({ capabilities: { add: ['NET_ADMIN', 'SYS_ADMIN'] } })];
    expect(admitPod(pod(spec)).denied).toEqual([message('capabilities')]);
  });

  it('compares capability names exactly, like Pod Security does', () => {
    const spec = { containers: [container({ capabilities: { add: ['CAP_NET_ADMIN'] } })] };
    expect(admitPod(pod(spec)).denied).toEqual([message('capabilities')]);
  });

  it('admits dropping capabilities', () => {
    const spec = { containers: [container({ capabilities: { drop: ['ALL'] } })] };
    expect(admitPod(pod(spec)).denied).toEqual([]);
  });

  it('checks the pod template of workloads and CronJobs', () => {
    const bad = { containers: [container({ privileged: true })] };
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: { template: { spec: bad } },
    };
    expect(admitPod(deployment, { resource: deploymentResource }).denied).toEqual([
      message('privileged'),
    ]);
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      spec: { jobTemplate: { spec: { template: { spec: bad } } } },
    };
    const resource = { group: 'batch', version: 'v1', resource: 'cronjobs' };
    expect(admitPod(cronJob, { resource }).denied).toEqual([message('privileged')]);
  });

  it('checks ephemeral containers added by kubectl debug', () => {
    const spec = {
      containers: [container()],
      ephemeralContainers: [container({ capabilities: { add: ['SYS_PTRACE'] } })],
    };
    const outcome = admitPod(pod(spec), {
      operation: 'UPDATE',
      subResource: 'ephemeralcontainers',
    });
    expect(outcome).toEqual({ matched: true, denied: [message('capabilities')] });
  });

  it('lists every broken rule at once', () => {
    const spec = {
      hostPID: true,
      containers: [container({ privileged: true, capabilities: { add: ['SYS_ADMIN'] } })],
      volumes: [{ name: 'h', hostPath: { path: '/var/run' } }],
    };
    expect(admitPod(pod(spec)).denied).toHaveLength(4);
  });

  it('does not apply outside learner namespaces', () => {
    const other = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system' } };
    const spec = { containers: [container({ privileged: true })] };
    expect(admitPod(pod(spec), { namespaceObject: other })).toEqual({ matched: false, denied: [] });
  });
});

describe('the learner pod policy manifest', () => {
  it('fails closed and denies, bound to learner namespaces by label', () => {
    expect(policy.metadata?.labels).toEqual({ [MANAGED_BY_LABEL]: MANAGED_BY });
    expect((policy.spec as { failurePolicy: string }).failurePolicy).toBe('Fail');
    expect(binding.spec).toEqual({
      policyName: POD_POLICY_NAME,
      validationActions: ['Deny'],
      matchResources: {
        namespaceSelector: {
          matchLabels: { [MANAGED_BY_LABEL]: MANAGED_BY },
          matchExpressions: [{ key: LEARNER_LABEL, operator: 'Exists' }],
        },
      },
    });
  });

  it('guards every container list with has() in every container-level rule', () => {
    for (const id of ['privileged', 'hostPorts', 'capabilities']) {
      const expression = POD_POLICY_RULES.find((r) => r.id === id)?.expression ?? '';
      for (const list of CONTAINER_LISTS) {
        expect(expression).toContain(
          `(!has(variables.spec.${list}) || variables.spec.${list}.all(c, `,
        );
      }
    }
  });

  it('names exactly the capabilities the lab needs', () => {
    expect([...ALLOWED_CAPABILITIES]).toEqual(['NET_ADMIN', 'NET_RAW']);
    const expression = POD_POLICY_RULES.find((r) => r.id === 'capabilities')?.expression ?? '';
    expect(expression).toContain("cap in ['NET_ADMIN', 'NET_RAW']");
  });

  it('has one validation per rule, each with a message and reason', () => {
    const validations = (policy.spec as { validations: Record<string, string>[] }).validations;
    expect(validations.map((v) => v.message)).toEqual(POD_POLICY_RULES.map((r) => r.message));
    for (const v of validations) expect(v.reason).toBe('Forbidden');
  });
});
