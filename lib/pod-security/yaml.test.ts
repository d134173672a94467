import { describe, expect, it } from 'vitest';
import { findingsForYaml } from './yaml';

const CFOS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cfos7210250-deployment
spec:
  template:
    spec:
      securityContext:
        runAsUser: 0
      containers:
      - name: cfos7210250-container
        image: fortinetwandy.azurecr.io/cfos:255
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            add: ["NET_RAW","NET_ADMIN"]
`;

const line = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('findingsForYaml', () => {
  it('places each finding on the line of the offending field', () => {
    const result = findingsForYaml(CFOS);
    expect(result.level).toBe('privileged');
    expect(result.hasWorkload).toBe(true);
    const caps = result.findings.find((f) => f.checkId === 'capabilities_baseline')!;
    expect(caps).toMatchObject({
      line: line(CFOS, 'add:'),
      column: 13,
      endLine: line(CFOS, 'add:'),
    });
    expect(caps.endColumn).toBe(CFOS.split('\n')[line(CFOS, 'add:') - 1]!.length + 1);
    const runAsUser = result.findings.find((f) => f.checkId === 'runAsUser')!;
    expect(runAsUser.line).toBe(line(CFOS, 'runAsUser: 0'));
  });

  it('points a missing field at the nearest key that exists', () => {
    const result = findingsForYaml(CFOS);
    const drop = result.findings.find((f) => f.message.includes('drop=["ALL"]'))!;
    expect(drop.line).toBe(line(CFOS, 'capabilities:'));
    const seccomp = result.findings.find((f) => f.checkId === 'seccompProfile_restricted')!;
    expect(seccomp.line).toBe(line(CFOS, '        securityContext:'));
    expect(seccomp.endLine).toBe(seccomp.line);
  });

  it("points at the container's name line when it has no securityContext", () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - image: nginx\n    name: web\n';
    const result = findingsForYaml(text);
    const escalation = result.findings.find((f) => f.checkId === 'allowPrivilegeEscalation')!;
    expect(escalation).toMatchObject({ line: 8, column: 5 });
  });

  it('handles several documents and reports the weakest level', () => {
    const restricted = `apiVersion: v1
kind: Pod
metadata: {name: ok}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: app
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;
    const text = `${restricted}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${CFOS}`;
    const result = findingsForYaml(text);
    expect(result.documents.map((d) => [d.document, d.kind, d.report.level])).toEqual([
      [0, 'Pod', 'restricted'],
      [2, 'Deployment', 'privileged'],
    ]);
    expect(result.level).toBe('privileged');
    const caps = result.findings.find((f) => f.checkId === 'capabilities_baseline')!;
    expect(caps.document).toBe(2);
    expect(text.split('\n')[caps.line - 1]).toContain('add: ["NET_RAW","NET_ADMIN"]');
  });

  it('says when nothing in the file is a workload', () => {
    const result = findingsForYaml('apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n');
    expect(result).toMatchObject({
      hasWorkload: false,
      level: 'restricted',
      findings: [],
      errors: [],
    });
  });

  it('reports YAML syntax errors with positions instead of findings', () => {
    const result = findingsForYaml('kind: Pod\nspec:\n  containers: [\n');
    expect(result.findings).toEqual([]);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports an object without kind at its first line', () => {
    const result = findingsForYaml('apiVersion: v1\nmetadata:\n  name: x\n');
    expect(result.errors).toEqual([
      expect.objectContaining({ message: "Object 'Kind' is missing", line: 1, document: 0 }),
    ]);
  });

  it('passes the policy version through', () => {
    const text = CFOS.replace(
      'runAsUser: 0',
      'runAsUser: 0\n        sysctls: [{name: net.ipv4.tcp_wmem, value: "1"}]',
    );
    expect(
      findingsForYaml(text, { version: 'v1.31' }).findings.some((f) => f.checkId === 'sysctls'),
    ).toBe(true);
    expect(findingsForYaml(text).findings.some((f) => f.checkId === 'sysctls')).toBe(false);
  });
});
