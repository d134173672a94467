/**
 * Pod Security findings for YAML text, with line and column ranges for editor markers. Handles
 * multi-document files; syntax errors come back as errors with positions instead of findings.
 */

import { LineCounter, parseAllDocuments } from 'yaml';
import { evaluatePodSecurity, type EvaluateOptions } from './evaluate';
import type { PodSecurityFinding, PodSecurityLevel, PodSecurityReport } from './types';
import { locatePath, toSourceRange, type SourceRange } from './yaml-locations';

export type LocatedFinding = PodSecurityFinding & SourceRange & { document: number };

export type YamlProblem = SourceRange & { document: number; message: string };

export type YamlDocumentReport = {
  document: number;
  kind: string;
  name: string;
  report: PodSecurityReport;
};

export type YamlPodSecurity = {
  /** Strictest level every pod and workload in the text meets (restricted when there are none). */
  level: PodSecurityLevel;
  /** True when at least one document is a Pod or carries a pod template. */
  hasWorkload: boolean;
  findings: LocatedFinding[];
  documents: YamlDocumentReport[];
  /** YAML syntax errors and objects that cannot be evaluated. */
  errors: YamlProblem[];
};

const ORDER: PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];

export function findingsForYaml(text: string, options: EvaluateOptions = {}): YamlPodSecurity {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter });
  const documents = Array.isArray(parsed) ? parsed : [];
  const result: YamlPodSecurity = {
    level: 'restricted',
    hasWorkload: false,
    findings: [],
    documents: [],
    errors: [],
  };

  documents.forEach((document, index) => {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        result.errors.push({
          document: index,
          message: error.message.split('\n')[0]!,
          ...toSourceRange(lineCounter, [error.pos[0], error.pos[1]]),
        });
      }
      return;
    }
    const object: unknown = document.toJS();
    if (object === null || object === undefined) return;
    let report: PodSecurityReport;
    try {
      report = evaluatePodSecurity(object, options);
    } catch (error) {
      const range = locatePath(document, []);
      result.errors.push({
        document: index,
        message: (error as Error).message,
        ...toSourceRange(lineCounter, range),
      });
      return;
    }
    if (report.podSpecPath === null) return;
    const metadata = (object as { metadata?: { name?: unknown } }).metadata;
    result.hasWorkload = true;
    result.documents.push({
      document: index,
      kind: report.kind,
      name: typeof metadata?.name === 'string' ? metadata.name : '',
      report,
    });
    if (ORDER.indexOf(report.level) < ORDER.indexOf(result.level)) result.level = report.level;
    for (const finding of report.findings) {
      const range = toSourceRange(lineCounter, locatePath(document, finding.path));
      result.findings.push({ ...finding, ...range, document: index });
    }
  });
  return result;
}
