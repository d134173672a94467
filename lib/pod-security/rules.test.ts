import { describe, expect, it } from 'vitest';
import { evaluatePodSecurity } from './evaluate';
import { RULES } from './rules';
import { container, containerContext, podContext, podWith, restrictedPod } from './test-pods';
import type { CheckId } from './types';

type Json = Record<string, unknown>;
type Case = {
  id: CheckId;
  /** A change that keeps the check passing (a near miss where there is one). */
  pass: (spec: Json, metadata: Json) => void;
  /** A change that makes it fail, with the admission controller's reason and detail. */
  fail: (spec: Json, metadata: Json) => void;
  reason: string;
  detail: string;
  path?: (string | number)[];
};

const CASES: Case[] = [
  {
    id: 'hostNamespaces',
    pass: (s) => Object.assign(s, { hostNetwork: false, hostPID: false }),
    fail: (s) => Object.assign(s, { hostNetwork: true, hostIPC: true }),
    reason: 'host namespaces',
    detail: 'hostNetwork=true, hostIPC=true',
    path: ['spec', 'hostNetwork'],
  },
  {
    id: 'privileged',
    pass: (s) => Object.assign(containerContext(s), { privileged: false }),
    fail: (s) => Object.assign(containerContext(s), { privileged: true }),
    reason: 'privileged',
    detail: 'container "app" must not set securityContext.privileged=true',
    path: ['spec', 'containers', 0, 'securityContext', 'privileged'],
  },
  {
    id: 'capabilities_baseline',
    pass: (s) =>
      Object.assign(containerContext(s), {
        capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      }),
    fail: (s) =>
      Object.assign(containerContext(s), {
        capabilities: { drop: ['ALL'], add: ['NET_RAW', 'NET_ADMIN'] },
      }),
    reason: 'non-default capabilities',
    detail:
      'container "app" must not include "NET_ADMIN", "NET_RAW" in securityContext.capabilities.add',
    path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add'],
  },
  {
    id: 'hostPathVolumes',
    pass: (s) => Object.assign(s, { volumes: [{ name: 'data', emptyDir: {} }] }),
    fail: (s) => Object.assign(s, { volumes: [{ name: 'host', hostPath: { path: '/' } }] }),
    reason: 'hostPath volumes',
    detail: 'volume "host"',
    path: ['spec', 'volumes', 0, 'hostPath'],
  },
  {
    id: 'hostPorts',
    pass: (s) => Object.assign(container(s), { ports: [{ containerPort: 80, hostPort: 0 }] }),
    fail: (s) =>
      Object.assign(container(s), {
        ports: [
          { containerPort: 80, hostPort: 8080 },
          { containerPort: 443, hostPort: 443 },
        ],
      }),
    reason: 'hostPort',
    detail: 'container "app" uses hostPorts 443, 8080',
    path: ['spec', 'containers', 0, 'ports', 0, 'hostPort'],
  },
  {
    id: 'appArmorProfile',
    pass: (s, m) => {
      Object.assign(podContext(s), { appArmorProfile: { type: 'RuntimeDefault' } });
      m.annotations = { 'container.apparmor.security.beta.kubernetes.io/app': 'localhost/custom' };
    },
    fail: (s) => Object.assign(containerContext(s), { appArmorProfile: { type: 'Unconfined' } }),
    reason: 'forbidden AppArmor profile',
    detail: 'container "app" must not set AppArmor profile type to "Unconfined"',
    path: ['spec', 'containers', 0, 'securityContext', 'appArmorProfile', 'type'],
  },
  {
    id: 'seLinuxOptions',
    pass: (s) =>
      Object.assign(containerContext(s), {
        seLinuxOptions: { type: 'container_init_t', level: 's0:c1' },
      }),
    fail: (s) => Object.assign(podContext(s), { seLinuxOptions: { type: 'spc_t', user: 'root' } }),
    reason: 'seLinuxOptions',
    detail: 'pod set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set',
    path: ['spec', 'securityContext', 'seLinuxOptions'],
  },
  {
    id: 'procMount',
    pass: (s) => Object.assign(containerContext(s), { procMount: 'Default' }),
    fail: (s) => Object.assign(containerContext(s), { procMount: 'Unmasked' }),
    reason: 'procMount',
    detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    path: ['spec', 'containers', 0, 'securityContext', 'procMount'],
  },
  {
    id: 'seccompProfile_baseline',
    pass: (s) =>
      Object.assign(containerContext(s), {
        seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
      }),
    fail: (s) => Object.assign(podContext(s), { seccompProfile: { type: 'Unconfined' } }),
    reason: 'seccompProfile',
    detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"',
    path: ['spec', 'securityContext', 'seccompProfile', 'type'],
  },
  {
    id: 'sysctls',
    pass: (s) =>
      Object.assign(podContext(s), { sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }] }),
    fail: (s) =>
      Object.assign(podContext(s), {
        sysctls: [
          { name: 'net.core.somaxconn', value: '1024' },
          { name: 'kernel.msgmax', value: '1' },
        ],
      }),
    reason: 'forbidden sysctls',
    detail: 'net.core.somaxconn, kernel.msgmax',
    path: ['spec', 'securityContext', 'sysctls', 0, 'name'],
  },
  {
    id: 'windowsHostProcess',
    pass: (s) => Object.assign(podContext(s), { windowsOptions: { hostProcess: false } }),
    fail: (s) => {
      Object.assign(podContext(s), { windowsOptions: { hostProcess: true } });
      Object.assign(containerContext(s), { windowsOptions: { hostProcess: true } });
    },
    reason: 'hostProcess',
    detail: 'pod and container "app" must not set securityContext.windowsOptions.hostProcess=true',
    path: ['spec', 'securityContext', 'windowsOptions', 'hostProcess'],
  },
  {
    id: 'hostProbesAndHostLifecycle',
    pass: (s) =>
      Object.assign(container(s), { livenessProbe: { httpGet: { path: '/healthz', port: 80 } } }),
    fail: (s) =>
      Object.assign(container(s), {
        readinessProbe: { tcpSocket: { host: '169.254.169.254', port: 80 } },
        lifecycle: { preStop: { httpGet: { host: '10.0.0.1', port: 80 } } },
      }),
    reason: 'probe or lifecycle host',
    detail: 'container "app" uses probe or lifecycle hosts "10.0.0.1", "169.254.169.254"',
    path: ['spec', 'containers', 0, 'readinessProbe', 'tcpSocket', 'host'],
  },
  {
    id: 'restrictedVolumes',
    pass: (s) =>
      Object.assign(s, {
        volumes: [
          { name: 'a', configMap: { name: 'c' } },
          { name: 'b', projected: { sources: [] } },
          { name: 'c' },
        ],
      }),
    fail: (s) =>
      Object.assign(s, { volumes: [{ name: 'share', nfs: { server: 'x', path: '/' } }] }),
    reason: 'restricted volume types',
    detail: 'volume "share" uses restricted volume type "nfs"',
    path: ['spec', 'volumes', 0, 'nfs'],
  },
  {
    id: 'allowPrivilegeEscalation',
    pass: () => {},
    fail: (s) => delete containerContext(s).allowPrivilegeEscalation,
    reason: 'allowPrivilegeEscalation != false',
    detail: 'container "app" must set securityContext.allowPrivilegeEscalation=false',
    path: ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
  },
  {
    id: 'runAsNonRoot',
    pass: (s) => {
      delete podContext(s).runAsNonRoot;
      Object.assign(containerContext(s), { runAsNonRoot: true });
    },
    fail: (s) => Object.assign(containerContext(s), { runAsNonRoot: false }),
    reason: 'runAsNonRoot != true',
    detail: 'container "app" must not set securityContext.runAsNonRoot=false',
    path: ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
  },
  {
    id: 'runAsUser',
    pass: (s) => Object.assign(podContext(s), { runAsUser: 1000 }),
    fail: (s) => {
      Object.assign(podContext(s), { runAsUser: 0 });
      Object.assign(containerContext(s), { runAsUser: 0 });
    },
    reason: 'runAsUser=0',
    detail: 'pod and container "app" must not set runAsUser=0',
    path: ['spec', 'securityContext', 'runAsUser'],
  },
  {
    id: 'seccompProfile_restricted',
    pass: (s) => {
      delete podContext(s).seccompProfile;
      Object.assign(containerContext(s), { seccompProfile: { type: 'RuntimeDefault' } });
    },
    fail: (s) => delete podContext(s).seccompProfile,
    reason: 'seccompProfile',
    detail:
      'pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    path: ['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type'],
  },
  {
    id: 'capabilities_restricted',
    pass: (s) =>
      Object.assign(containerContext(s), {
        capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      }),
    fail: (s) =>
      Object.assign(containerContext(s), { capabilities: { drop: ['all'], add: ['CHOWN'] } }),
    reason: 'unrestricted capabilities',
    detail:
      'container "app" must set securityContext.capabilities.drop=["ALL"]; container "app" must not include "CHOWN" in securityContext.capabilities.add',
    path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
  },
  {
    id: 'procMount_restricted',
    pass: (s) => {
      s.hostUsers = false;
      Object.assign(containerContext(s), { procMount: 'Default' });
    },
    fail: (s) => {
      s.hostUsers = false;
      Object.assign(containerContext(s), { procMount: 'Unmasked' });
    },
    reason: 'procMount',
    detail: 'container "app" must not set securityContext.procMount to "Unmasked"',
    path: ['spec', 'containers', 0, 'securityContext', 'procMount'],
  },
];

const failureOf = (pod: Json, id: CheckId, version?: string) =>
  evaluatePodSecurity(pod, { version }).failures.find((f) => f.checkId === id);

describe('the rule table', () => {
  it('has one entry per check id and a test case for each', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(CASES.map((c) => c.id))).toEqual(new Set(ids));
  });

  it('starts from a pod that meets restricted', () => {
    expect(evaluatePodSecurity(restrictedPod())).toMatchObject({
      level: 'restricted',
      findings: [],
    });
  });
});

describe.each(CASES)('$id', (testCase) => {
  const rule = RULES.find((r) => r.id === testCase.id)!;

  it('passes a compliant pod', () => {
    expect(failureOf(podWith(testCase.pass), testCase.id)).toBeUndefined();
  });

  it("fails with the admission controller's reason and detail", () => {
    const failure = failureOf(podWith(testCase.fail), testCase.id);
    expect(failure).toEqual({
      checkId: rule.id,
      level: rule.level,
      reason: testCase.reason,
      detail: testCase.detail,
    });
  });

  it('points a finding at the offending field and offers a remediation', () => {
    const report = evaluatePodSecurity(podWith(testCase.fail));
    const finding = report.findings.find((f) => f.checkId === testCase.id)!;
    expect(finding.path).toEqual(testCase.path);
    expect(finding.message.startsWith(`${testCase.reason} (`)).toBe(true);
    expect(finding.remediation.length).toBeGreaterThan(10);
    expect(report.level).toBe(rule.level === 'baseline' ? 'privileged' : 'baseline');
  });

  it('is skipped before its minimum version', () => {
    if (rule.minVersion === 0) return;
    expect(
      failureOf(podWith(testCase.fail), testCase.id, `v1.${rule.minVersion - 1}`),
    ).toBeUndefined();
    expect(failureOf(podWith(testCase.fail), testCase.id, `v1.${rule.minVersion}`)).toBeDefined();
  });
});
