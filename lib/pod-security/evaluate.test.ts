import { describe, expect, it } from 'vitest';
import { evaluatePodSecurity, formatAdmissionMessage } from './evaluate';
import { containerContext, podContext, podWith, restrictedPod } from './test-pods';

type Json = Record<string, unknown>;

/** The lab's cFOS Deployment, with the capabilities under test. */
function cfosDeployment(add: string[]): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'cfos7210250-deployment', labels: { app: 'cfos' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'cfos' } },
      template: {
        metadata: { labels: { app: 'cfos' } },
        spec: {
          serviceAccountName: 'cfos-serviceaccount',
          securityContext: { runAsUser: 0 },
          containers: [
            {
              name: 'cfos7210250-container',
              image: 'fortinetwandy.azurecr.io/cfos:255',
              securityContext: {
                allowPrivilegeEscalation: false,
                privileged: false,
                capabilities: { add },
              },
              ports: [{ containerPort: 80 }],
              volumeMounts: [{ mountPath: '/data', name: 'data-volume' }],
            },
          ],
          volumes: [{ name: 'data-volume', emptyDir: {} }],
        },
      },
    },
  };
}

const ids = (report: ReturnType<typeof evaluatePodSecurity>, level?: string) =>
  report.findings.filter((f) => !level || f.level === level).map((f) => f.checkId);

describe('the cFOS lab Deployment', () => {
  it.each([[['NET_RAW']], [['NET_RAW', 'NET_ADMIN']]])(
    'with %j fails baseline on capabilities only',
    (add) => {
      const report = evaluatePodSecurity(cfosDeployment(add));
      expect(report.level).toBe('privileged');
      expect(ids(report, 'baseline')).toEqual(['capabilities_baseline']);
      expect(ids(report, 'restricted')).toEqual([
        'capabilities_restricted',
        'capabilities_restricted',
        'runAsNonRoot',
        'runAsUser',
        'seccompProfile_restricted',
      ]);
    },
  );

  it("is rejected by a baseline namespace with the admission controller's words", () => {
    const report = evaluatePodSecurity(cfosDeployment(['NET_RAW', 'NET_ADMIN']));
    expect(formatAdmissionMessage(report, 'baseline')).toBe(
      'violates PodSecurity "baseline:latest": non-default capabilities (container "cfos7210250-container" must not include "NET_ADMIN", "NET_RAW" in securityContext.capabilities.add)',
    );
  });

  it('lists the restricted failures, with capabilities_restricted replacing the baseline check', () => {
    const report = evaluatePodSecurity(cfosDeployment(['NET_RAW']));
    expect(formatAdmissionMessage(report, 'restricted')).toBe(
      'violates PodSecurity "restricted:latest": ' +
        'unrestricted capabilities (container "cfos7210250-container" must set securityContext.capabilities.drop=["ALL"]; container "cfos7210250-container" must not include "NET_RAW" in securityContext.capabilities.add), ' +
        'runAsNonRoot != true (pod or container "cfos7210250-container" must set securityContext.runAsNonRoot=true), ' +
        'runAsUser=0 (pod must not set runAsUser=0), ' +
        'seccompProfile (pod or container "cfos7210250-container" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
  });

  it('points findings into the pod template', () => {
    const report = evaluatePodSecurity(cfosDeployment(['NET_RAW']));
    expect(report.podSpecPath).toEqual(['spec', 'template', 'spec']);
    expect(report.findings[0]!.path).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'securityContext',
      'capabilities',
      'add',
    ]);
  });

  it('meets baseline once the extra capabilities are gone', () => {
    expect(evaluatePodSecurity(cfosDeployment([])).level).toBe('baseline');
    expect(formatAdmissionMessage(evaluatePodSecurity(cfosDeployment([])), 'baseline')).toBeNull();
  });
});

describe('workload kinds', () => {
  const template = () => ({
    metadata: {},
    spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] },
  });
  it.each([
    ['Deployment', { template: template() }, ['spec', 'template', 'spec']],
    ['StatefulSet', { template: template() }, ['spec', 'template', 'spec']],
    ['DaemonSet', { template: template() }, ['spec', 'template', 'spec']],
    ['ReplicaSet', { template: template() }, ['spec', 'template', 'spec']],
    ['Job', { template: template() }, ['spec', 'template', 'spec']],
    [
      'CronJob',
      { jobTemplate: { spec: { template: template() } } },
      ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    ],
  ])('%s: checks the pod template', (kind, spec, specPath) => {
    const report = evaluatePodSecurity({ apiVersion: 'v1', kind, metadata: { name: 'x' }, spec });
    expect(report.podSpecPath).toEqual(specPath);
    expect(ids(report, 'baseline')).toEqual(['privileged']);
  });

  it('does not apply to kinds without a pod template', () => {
    const report = evaluatePodSecurity({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x' },
    });
    expect(report).toMatchObject({ podSpecPath: null, findings: [], level: 'restricted' });
  });
});

describe('containers of every sort', () => {
  it('checks init and ephemeral containers and aggregates them in one message', () => {
    const pod = podWith((spec) => {
      spec.initContainers = [
        {
          name: 'init',
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            privileged: true,
          },
        },
      ];
      spec.ephemeralContainers = [
        {
          name: 'debug',
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            privileged: true,
          },
        },
      ];
    });
    const report = evaluatePodSecurity(pod);
    expect(report.failures.find((f) => f.checkId === 'privileged')?.detail).toBe(
      'containers "init", "debug" must not set securityContext.privileged=true',
    );
    expect(report.findings.filter((f) => f.checkId === 'privileged').map((f) => f.message)).toEqual(
      [
        'privileged (container "init" must not set securityContext.privileged=true)',
        'privileged (container "debug" must not set securityContext.privileged=true)',
      ],
    );
  });
});

describe('exemptions', () => {
  it('Windows pods skip restricted capabilities, allowPrivilegeEscalation and seccomp from 1.25', () => {
    const windows = podWith((spec) => {
      spec.os = { name: 'windows' };
      delete podContext(spec).seccompProfile;
      spec.containers = [{ name: 'app', securityContext: {} }];
    });
    expect(evaluatePodSecurity(windows).level).toBe('restricted');
    expect(ids(evaluatePodSecurity(windows, { version: 'v1.24' }))).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'seccompProfile_restricted',
    ]);
  });

  it('pods in a user namespace skip runAsNonRoot, runAsUser and baseline procMount from 1.35', () => {
    const userns = podWith((spec) => {
      spec.hostUsers = false;
      Object.assign(podContext(spec), { runAsNonRoot: false, runAsUser: 0 });
      Object.assign(containerContext(spec), { procMount: 'Unmasked' });
    });
    const latest = evaluatePodSecurity(userns);
    expect(ids(latest)).toEqual(['procMount_restricted']);
    expect(latest.level).toBe('baseline');
    const older = evaluatePodSecurity(userns, { version: 'v1.34' });
    // The pod sets runAsNonRoot=false, and the container does not override it: two findings.
    expect(ids(older)).toEqual(['procMount', 'runAsNonRoot', 'runAsNonRoot', 'runAsUser']);
  });

  it('hostUsers: true is no exemption', () => {
    const pod = podWith((spec) => {
      spec.hostUsers = true;
      Object.assign(podContext(spec), { runAsUser: 0 });
    });
    expect(ids(evaluatePodSecurity(pod))).toEqual(['runAsUser']);
  });
});

describe('versions', () => {
  it('gates sysctls by the version that allowed them', () => {
    const pod = podWith((spec) =>
      Object.assign(podContext(spec), { sysctls: [{ name: 'net.ipv4.tcp_rmem', value: '1' }] }),
    );
    expect(ids(evaluatePodSecurity(pod, { version: 'v1.31' }))).toEqual(['sysctls']);
    expect(ids(evaluatePodSecurity(pod, { version: 'v1.32' }))).toEqual([]);
  });

  it('allows container_engine_t from 1.31 and image volumes from 1.33', () => {
    const selinux = podWith((spec) =>
      Object.assign(containerContext(spec), { seLinuxOptions: { type: 'container_engine_t' } }),
    );
    expect(ids(evaluatePodSecurity(selinux, { version: 'v1.30' }))).toEqual(['seLinuxOptions']);
    expect(ids(evaluatePodSecurity(selinux, { version: 'v1.31' }))).toEqual([]);
    const image = podWith(
      (spec) => (spec.volumes = [{ name: 'tools', image: { reference: 'busybox' } }]),
    );
    expect(ids(evaluatePodSecurity(image, { version: 'v1.32' }))).toEqual(['restrictedVolumes']);
    expect(ids(evaluatePodSecurity(image, { version: 'v1.33' }))).toEqual([]);
  });

  it('treats versions newer than it knows as latest, and rejects malformed ones', () => {
    expect(evaluatePodSecurity(restrictedPod(), { version: 'v1.99' }).level).toBe('restricted');
    expect(() => evaluatePodSecurity(restrictedPod(), { version: '1.30' })).toThrow(
      'invalid version "1.30": must be "latest" or of the form "v1.<minor>"',
    );
  });
});

describe('bad input', () => {
  it('explains what it expected', () => {
    expect(() => evaluatePodSecurity('kind: Pod')).toThrow('expected a Kubernetes object');
    expect(() => evaluatePodSecurity([])).toThrow('got a list');
    expect(() => evaluatePodSecurity({ apiVersion: 'v1' })).toThrow("Object 'Kind' is missing");
  });

  it('compares exactly: lowercase "all" and CAP_ names do not count', () => {
    const pod = podWith((spec) =>
      Object.assign(containerContext(spec), {
        capabilities: { drop: ['all'], add: ['CAP_CHOWN'] },
      }),
    );
    const report = evaluatePodSecurity(pod);
    expect(ids(report)).toEqual([
      'capabilities_baseline',
      'capabilities_restricted',
      'capabilities_restricted',
    ]);
  });
});
