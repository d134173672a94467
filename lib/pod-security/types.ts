/**
 * Types of the Pod Security Standards engine. Shared by the server (checks, apply previews) and
 * the browser (editor markers), so nothing here may depend on Node.
 */

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** A level a check belongs to; `privileged` has no checks. */
export type CheckLevel = 'baseline' | 'restricted';

/** A JSON path into the object, e.g. `['spec', 'containers', 0, 'securityContext']`. */
export type JsonPath = (string | number)[];

export type CheckId =
  | 'allowPrivilegeEscalation'
  | 'appArmorProfile'
  | 'capabilities_baseline'
  | 'capabilities_restricted'
  | 'hostNamespaces'
  | 'hostPathVolumes'
  | 'hostPorts'
  | 'hostProbesAndHostLifecycle'
  | 'privileged'
  | 'procMount'
  | 'procMount_restricted'
  | 'restrictedVolumes'
  | 'runAsNonRoot'
  | 'runAsUser'
  | 'seLinuxOptions'
  | 'seccompProfile_baseline'
  | 'seccompProfile_restricted'
  | 'sysctls'
  | 'windowsHostProcess';

export type PodSecurityFinding = {
  checkId: CheckId;
  level: CheckLevel;
  /** The admission controller's wording for this one offending field: `reason (detail)`. */
  message: string;
  /** What to change so the check passes. */
  remediation: string;
  /** Path to the offending field, which may be absent (a required field that is missing). */
  path: JsonPath;
};

/** One failing check as the admission controller reports it: all offenders in one sentence. */
export type CheckFailure = { checkId: CheckId; level: CheckLevel; reason: string; detail: string };

export type PodSecurityReport = {
  /** The strictest level the object meets. */
  level: PodSecurityLevel;
  /** Policy version evaluated, e.g. `latest` or `v1.30`. */
  version: string;
  /** Kind of the object, and where its pod spec is (null when it has no pod template). */
  kind: string;
  podSpecPath: JsonPath | null;
  findings: PodSecurityFinding[];
  /** Aggregated per check, in the admission controller's order. */
  failures: CheckFailure[];
};
