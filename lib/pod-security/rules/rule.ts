/**
 * The shape of one Pod Security check. A rule collects offenders (each with the path of the
 * field at fault) and describes any set of them in the admission controller's words, so the same
 * text serves one editor marker (one offender) and the whole rejection message (all of them).
 */

import { containerList, unique } from '../format';
import type { ContainerEntry, PodTemplate } from '../pod-spec';
import type { CheckId, CheckLevel, JsonPath } from '../types';

export type Offender = {
  path: JsonPath;
  /** True when the pod-level field is at fault. */
  pod?: boolean;
  /** Container (or volume) name when a container (or volume) is at fault. */
  name?: string;
  /** Bad values (capabilities, types, hosts, …) this offender contributes. */
  values?: string[];
  /** Which branch of a multi-part check failed, e.g. `explicit` or `implicit`. */
  variant?: string;
};

export type RuleContext = {
  template: PodTemplate;
  containers: ContainerEntry[];
  /** Policy minor version being evaluated (1.x). */
  minor: number;
};

export type Rule = {
  id: CheckId;
  level: CheckLevel;
  /** First policy minor version (1.x) that runs this check. */
  minVersion: number;
  /** Baseline checks this one replaces when the restricted level is evaluated. */
  overrides?: CheckId[];
  remediation: string;
  collect(context: RuleContext): Offender[];
  describe(offenders: Offender[]): { reason: string; detail: string };
};

/** `pod`, `container "a"`, `pod and containers "a", "b"`: who set a forbidden value. */
export function describeSetters(offenders: Offender[]): string {
  const setters: string[] = [];
  if (offenders.some((o) => o.pod)) setters.push('pod');
  const names = unique(offenders.filter((o) => !o.pod && o.name !== undefined).map((o) => o.name!));
  if (names.length > 0) setters.push(containerList(names));
  return setters.join(' and ');
}

export function valuesOf(offenders: Offender[]): string[] {
  return offenders.flatMap((o) => o.values ?? []);
}

/** Pods that run Windows are exempt from some restricted checks from 1.25 on. */
export function isWindowsPod({ template, minor }: RuleContext): boolean {
  const os = template.spec.os as { name?: unknown } | undefined;
  return minor >= 25 && os?.name === 'windows';
}

/** Pods in a user namespace (`hostUsers: false`) are exempt from some checks from 1.35 on. */
export function usesUserNamespace({ template, minor }: RuleContext): boolean {
  return minor >= 35 && template.spec.hostUsers === false;
}
