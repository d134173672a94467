/**
 * Evaluates a Pod or workload against every Baseline and Restricted check of a policy version
 * and reports the strictest level it meets, one finding per offending field, and the failures
 * aggregated the way the admission controller words its rejection.
 */

import { findPodTemplate, listContainers, type Json } from './pod-spec';
import { RULES, type RuleContext } from './rules';
import type {
  CheckFailure,
  PodSecurityFinding,
  PodSecurityLevel,
  PodSecurityReport,
} from './types';
import { parsePolicyVersion } from './version';

export type EvaluateOptions = {
  /** `latest` (default) or `v1.<minor>`, like `pod-security.kubernetes.io/enforce-version`. */
  version?: string;
};

function describeInput(object: unknown): string {
  if (object === null) return 'null';
  if (Array.isArray(object)) return 'a list';
  return `a ${typeof object}`;
}

export function evaluatePodSecurity(
  object: unknown,
  options: EvaluateOptions = {},
): PodSecurityReport {
  const version = options.version ?? 'latest';
  const minor = parsePolicyVersion(version);
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    throw new Error(
      `expected a Kubernetes object (a mapping with apiVersion and kind), got ${describeInput(object)}`,
    );
  }
  const kind = (object as Json).kind;
  if (typeof kind !== 'string' || kind === '') throw new Error("Object 'Kind' is missing");

  const template = findPodTemplate(object as Json);
  if (!template) {
    return { level: 'restricted', version, kind, podSpecPath: null, findings: [], failures: [] };
  }
  const context: RuleContext = { template, containers: listContainers(template), minor };
  const findings: PodSecurityFinding[] = [];
  const failures: CheckFailure[] = [];
  for (const rule of RULES) {
    if (rule.minVersion > minor) continue;
    const offenders = rule.collect(context);
    if (offenders.length === 0) continue;
    const { reason, detail } = rule.describe(offenders);
    failures.push({ checkId: rule.id, level: rule.level, reason, detail });
    for (const offender of offenders) {
      const single = rule.describe([offender]);
      findings.push({
        checkId: rule.id,
        level: rule.level,
        message: `${single.reason} (${single.detail})`,
        remediation: rule.remediation,
        path: offender.path,
      });
    }
  }
  const level: PodSecurityLevel = failures.some((f) => f.level === 'baseline')
    ? 'privileged'
    : failures.length > 0
      ? 'baseline'
      : 'restricted';
  return { level, version, kind, podSpecPath: template.specPath, findings, failures };
}

/**
 * The admission controller's rejection text for `level`, e.g.
 * `violates PodSecurity "baseline:latest": non-default capabilities (…)`; null when it passes.
 * At the restricted level, a restricted check replaces the baseline check it overrides.
 */
export function formatAdmissionMessage(
  report: PodSecurityReport,
  level: 'baseline' | 'restricted',
): string | null {
  const minor = parsePolicyVersion(report.version);
  const overridden = new Set(
    level === 'restricted'
      ? RULES.filter((r) => r.minVersion <= minor).flatMap((r) => r.overrides ?? [])
      : [],
  );
  const byId = (a: CheckFailure, b: CheckFailure) => (a.checkId < b.checkId ? -1 : 1);
  const applicable = report.failures.filter((f) => !overridden.has(f.checkId));
  const ordered = [
    ...applicable.filter((f) => f.level === 'baseline').sort(byId),
    ...(level === 'restricted'
      ? applicable.filter((f) => f.level === 'restricted').sort(byId)
      : []),
  ];
  if (ordered.length === 0) return null;
  const items = ordered.map((f) => `${f.reason} (${f.detail})`);
  return `violates PodSecurity "${level}:${report.version}": ${items.join(', ')}`;
}
