/**
 * What the editor shows about the open manifest: the Pod Security engine's findings with their
 * positions, and a one-line reason when the YAML cannot be read at all.
 */
import { findingsForYaml, type LocatedFinding, type PodSecurityLevel } from '@/lib/pod-security';

export type YamlAnalysis = {
  level: PodSecurityLevel;
  hasWorkload: boolean;
  findings: LocatedFinding[];
  /** The first syntax problem, for the summary (Monaco marks every one in the text). */
  error: string | null;
};

export function analyzeYaml(text: string): YamlAnalysis {
  const result = findingsForYaml(text);
  const first = result.errors[0];
  return {
    level: result.level,
    hasWorkload: result.hasWorkload,
    findings: result.findings,
    error: first ? `Line ${first.line}: ${first.message}` : null,
  };
}
