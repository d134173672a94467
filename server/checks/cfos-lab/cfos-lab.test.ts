/**
 * The lab's checks over an in-memory view of a learner's space: each must fail on the states a
 * learner passes through before the task is done, and pass once it is.
 * (server/checks/cfos-lab.integration.test.ts runs the same checks against the real sandbox.)
 */
import { describe, expect, it } from 'vitest';
import type { ClusterView, ExecOutcome, KubeObject } from '../types';
import { cleanUpCheck } from './clean-up';
import { deployNetRawCheck } from './deploy-net-raw';
import { fixPermissionsCheck } from './fix-permissions';
import { prepareCheck } from './prepare';
import { qaPrivilegedCheck } from './qa-privileged';

function viewOf(objects: KubeObject[], exec: (caps: string[]) => ExecOutcome): ClusterView {
  const matches = (o: KubeObject, kind: string, name?: string, ns?: string) =>
    o.kind === kind &&
    (name === undefined || o.metadata?.name === name) &&
    (ns === undefined || o.metadata?.namespace === ns);
  return {
    get: async (_v, kind, name, ns) => objects.find((o) => matches(o, kind, name, ns)) ?? null,
    list: async (_v, kind, opts) =>
      objects.filter((o) => matches(o, kind, undefined, opts?.namespace)),
    exec: async () => {
      const deployment = objects.find((o) => o.kind === 'Deployment');
      const spec = deployment?.spec as {
        template: {
          spec: { containers: { securityContext?: { capabilities?: { add?: string[] } } }[] };
        };
      };
      return exec(spec.template.spec.containers[0]?.securityContext?.capabilities?.add ?? []);
    },
  };
}

const iptables = (caps: string[]): ExecOutcome =>
  caps.includes('NET_ADMIN')
    ? { stdout: 'Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)\n', stderr: '', exitCode: 0 }
    : {
        stdout: '',
        stderr:
          "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)\n",
        exitCode: 3,
      };

const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cfostest' } };
const secret = {
  kind: 'Secret',
  type: 'kubernetes.io/dockerconfigjson',
  metadata: { name: 'cfosimagepullsecret', namespace: 'cfostest' },
};
const sa = {
  kind: 'ServiceAccount',
  metadata: { name: 'cfos-serviceaccount', namespace: 'cfostest' },
  imagePullSecrets: [{ name: 'cfosimagepullsecret' }],
};
const role = (name: string, resource: string) => ({
  kind: 'ClusterRole',
  metadata: { name },
  rules: [{ apiGroups: [''], resources: [resource], verbs: ['get', 'watch', 'list'] }],
});
const binding = (name: string, roleName: string) => ({
  kind: 'RoleBinding',
  metadata: { name, namespace: 'cfostest' },
  subjects: [{ kind: 'ServiceAccount', name: 'cfos-serviceaccount' }],
  roleRef: { kind: 'ClusterRole', name: roleName },
});
const rbac = [
  role('configmap-reader', 'configmaps'),
  role('secrets-reader', 'secrets'),
  binding('read-configmaps', 'configmap-reader'),
  binding('read-secrets', 'secrets-reader'),
];

function deployment(add: string[], extra: Record<string, unknown> = {}, rolledOut = true) {
  return {
    kind: 'Deployment',
    metadata: { name: 'cfos7210250-deployment', namespace: 'cfostest', generation: 2 },
    spec: {
      replicas: 1,
      template: {
        spec: {
          securityContext: { runAsUser: 0 },
          containers: [
            {
              name: 'c',
              securityContext: {
                allowPrivilegeEscalation: false,
                privileged: false,
                capabilities: { add },
                ...extra,
              },
            },
          ],
        },
      },
    },
    status: rolledOut
      ? { observedGeneration: 2, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }
      : { observedGeneration: 2, replicas: 1, updatedReplicas: 1, availableReplicas: 0 },
  };
}
const pod = {
  kind: 'Pod',
  metadata: { name: 'cfos-abc', namespace: 'cfostest', creationTimestamp: '2026-01-01T00:00:00Z' },
  spec: { containers: [{ name: 'c' }] },
  status: { phase: 'Running' },
};
const facts = (answer: string | null, prepared = true) => ({
  quizAnswer: async () => answer,
  hasCompleted: async (taskId: string) => prepared && taskId === 'prepare',
});
const run = async (
  check: typeof prepareCheck,
  objects: KubeObject[],
  answer: string | null = null,
) => {
  const steps = await check.run({ cluster: viewOf(objects, iptables), learner: facts(answer) });
  return {
    passed: steps.every((s) => s.ok),
    failing: steps.filter((s) => !s.ok).map((s) => s.name),
  };
};

describe('prepare', () => {
  it('fails on an empty cluster and says to create the namespace', async () => {
    const steps = await prepareCheck.run({ cluster: viewOf([], iptables), learner: facts(null) });
    expect(steps[0]).toMatchObject({
      ok: false,
      hint: 'Create it: kubectl create namespace cfostest',
    });
  });
  it('fails when the service account is missing, naming it', async () => {
    expect((await run(prepareCheck, [ns, secret, ...rbac])).failing).toEqual([
      'ServiceAccount "cfos-serviceaccount" uses the pull secret',
    ]);
  });
  it('fails when the secret is an Opaque one', async () => {
    const opaque = { ...secret, type: 'Opaque' };
    expect((await run(prepareCheck, [ns, opaque, sa, ...rbac])).failing).toEqual([
      'Secret "cfosimagepullsecret" is an image pull secret',
    ]);
  });
  it('passes with every object of the step', async () => {
    expect(await run(prepareCheck, [ns, secret, sa, ...rbac])).toEqual({
      passed: true,
      failing: [],
    });
  });
});

describe('deploy-net-raw', () => {
  it('fails before the deployment exists', async () => {
    expect((await run(deployNetRawCheck, [ns])).passed).toBe(false);
  });
  it('fails while the rollout is unfinished', async () => {
    expect(
      (await run(deployNetRawCheck, [ns, deployment(['NET_RAW'], {}, false)])).failing,
    ).toContain('The rollout finished');
  });
  it('passes when iptables is refused with NET_RAW only', async () => {
    expect(await run(deployNetRawCheck, [ns, deployment(['NET_RAW']), pod])).toEqual({
      passed: true,
      failing: [],
    });
  });
  it('fails when iptables already works', async () => {
    expect(
      (await run(deployNetRawCheck, [ns, deployment(['NET_RAW', 'NET_ADMIN']), pod])).failing,
    ).toEqual(['iptables -t nat -L -v is refused inside the pod']);
  });
});

describe('fix-permissions', () => {
  it('fails with NET_RAW only, naming NET_ADMIN as missing', async () => {
    const steps = await fixPermissionsCheck.run({
      cluster: viewOf([ns, deployment(['NET_RAW']), pod], iptables),
      learner: facts(null),
    });
    const caps = steps.find((s) => s.name.startsWith('Capabilities'));
    expect(caps?.ok).toBe(false);
    expect(caps?.hint).toMatch(/Missing NET_ADMIN/);
  });
  it('fails when the container is made privileged instead', async () => {
    expect(
      (
        await run(fixPermissionsCheck, [
          ns,
          deployment(['NET_RAW', 'NET_ADMIN'], { privileged: true }),
          pod,
        ])
      ).failing,
    ).toEqual(['The container is not privileged']);
  });
  it('fails when privilege escalation is left unset', async () => {
    expect(
      (
        await run(fixPermissionsCheck, [
          ns,
          deployment(['NET_RAW', 'NET_ADMIN'], { allowPrivilegeEscalation: undefined }),
          pod,
        ])
      ).failing,
    ).toEqual(['Privilege escalation is off']);
  });
  it('accepts the CAP_ prefix and passes once iptables works', async () => {
    expect(
      await run(fixPermissionsCheck, [ns, deployment(['CAP_NET_RAW', 'NET_ADMIN']), pod]),
    ).toEqual({ passed: true, failing: [] });
  });
});

describe('clean-up', () => {
  it('fails while the namespace and roles remain', async () => {
    expect((await run(cleanUpCheck, [ns, ...rbac])).failing).toHaveLength(3);
  });
  it('fails when only the namespace is gone (cluster roles are not namespaced)', async () => {
    expect((await run(cleanUpCheck, rbac)).failing).toEqual([
      'ClusterRole "configmap-reader" is deleted',
      'ClusterRole "secrets-reader" is deleted',
    ]);
  });
  it('fails on a space where the lab never started, though nothing is there', async () => {
    const steps = await cleanUpCheck.run({
      cluster: viewOf([], iptables),
      learner: facts(null, false),
    });
    expect(steps.filter((s) => !s.ok).map((s) => s.name)).toEqual(['The lab was set up first']);
  });
  it('passes when all is gone', async () => {
    expect((await run(cleanUpCheck, [])).passed).toBe(true);
  });
});

describe('clean-up in a learner namespace of a shared cluster', () => {
  // As on a real cluster, the lesson's "cfostest" reads as the learner's own namespace.
  const learnerNs = { ...ns, metadata: { name: 'learner-0123456789abcdef' } };
  const runInCluster = async (objects: KubeObject[], prepared = true) => {
    const base = viewOf(objects, iptables);
    const steps = await cleanUpCheck.run({
      cluster: {
        ...base,
        get: async (v, kind, name, namespace) =>
          kind === 'Namespace' && name === 'cfostest'
            ? learnerNs
            : base.get(v, kind, name, namespace),
      },
      learner: facts(null, prepared),
      mode: 'cluster',
    });
    return { steps, failing: steps.filter((s) => !s.ok).map((s) => s.name) };
  };
  // The ClusterRoles are the workshop's, shared by every learner: they stay.
  const shared = [role('configmap-reader', 'configmaps'), role('secrets-reader', 'secrets')];

  it('fails while the lab objects are still in the namespace', async () => {
    const { failing, steps } = await runInCluster([
      ...shared,
      deployment(['NET_RAW', 'NET_ADMIN']),
      pod,
      secret,
      sa,
      ...rbac.slice(2),
    ]);
    expect(failing).toEqual([
      'Deployment "cfos7210250-deployment" is deleted',
      'No cFOS pod (app=cfos) is left',
      'Secret "cfosimagepullsecret" is deleted',
      'ServiceAccount "cfos-serviceaccount" is deleted',
      'RoleBinding "read-configmaps" is deleted',
      'RoleBinding "read-secrets" is deleted',
    ]);
    expect(steps[1]?.hint).toBe(
      'kubectl delete deployment/cfos7210250-deployment secret/cfosimagepullsecret --ignore-not-found -n learner-0123456789abcdef',
    );
  });

  it('asks to wait while the pod is still terminating', async () => {
    const leaving = {
      ...pod,
      metadata: { ...pod.metadata, deletionTimestamp: '2026-01-01T00:01:00Z' },
    };
    const { failing, steps } = await runInCluster([...shared, leaving]);
    expect(failing).toEqual(['No cFOS pod (app=cfos) is left']);
    expect(steps.find((s) => !s.ok)?.hint).toMatch(/check again in a moment/);
  });

  it('passes once they are gone, though the namespace and the shared roles stay', async () => {
    expect((await runInCluster(shared)).failing).toEqual([]);
  });

  it('still needs the lab to have been set up first', async () => {
    expect((await runInCluster(shared, false)).failing).toEqual(['The lab was set up first']);
  });
});

describe('qa-privileged', () => {
  it('fails unanswered and when answered "yes"', async () => {
    expect((await run(qaPrivilegedCheck, [], null)).passed).toBe(false);
    expect((await run(qaPrivilegedCheck, [], 'yes')).passed).toBe(false);
  });
  it('passes when answered "no"', async () => {
    expect((await run(qaPrivilegedCheck, [], 'no')).passed).toBe(true);
  });
});
