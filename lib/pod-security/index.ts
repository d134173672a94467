/**
 * The Pod Security Standards engine: every Baseline and Restricted check of the admission
 * controller, as data, for the server and the browser alike.
 */

export { evaluatePodSecurity, formatAdmissionMessage, type EvaluateOptions } from './evaluate';
export { findingsForYaml } from './yaml';
export type { LocatedFinding, YamlDocumentReport, YamlPodSecurity, YamlProblem } from './yaml';
export type { SourceRange } from './yaml-locations';
export { RULES } from './rules';
export type { Rule } from './rules';
export { LATEST_MINOR, parsePolicyVersion } from './version';
export type {
  CheckFailure,
  CheckId,
  CheckLevel,
  JsonPath,
  PodSecurityFinding,
  PodSecurityLevel,
  PodSecurityReport,
} from './types';
