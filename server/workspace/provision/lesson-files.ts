/**
 * The lesson's files as the workstation on a real cluster receives them. Learners cannot create
 * cluster-scoped objects there, and the site already provides the lesson's ClusterRoles, so those
 * documents are taken out of the manifests (with a comment saying why) and the rest is unchanged.
 */
import { parseAllDocuments } from 'yaml';
import { HOME, createHomeFiles } from '@/server/sandbox/workstation/home/home-layout';

const CLUSTER_SCOPED_KINDS = new Set([
  'ClusterRole',
  'ClusterRoleBinding',
  'Namespace',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
]);

/** Splits a multi-document YAML text on `---` lines, keeping each document's own text. */
function splitDocuments(text: string): string[] {
  return text.split(/^---[ \t]*$/m);
}

function readKindAndName(documentText: string): { kind?: string; name?: string } {
  const [doc] = parseAllDocuments(documentText);
  const value = doc?.toJS() as { kind?: unknown; metadata?: { name?: unknown } } | null;
  if (!value || typeof value !== 'object') return {};
  return {
    kind: typeof value.kind === 'string' ? value.kind : undefined,
    name: typeof value.metadata?.name === 'string' ? value.metadata.name : undefined,
  };
}

/**
 * Removes cluster-scoped documents from a manifest, leaving a comment in their place. Text that is
 * not YAML manifests (no `kind`) passes through untouched.
 */
export function removeClusterScopedDocuments(text: string): string {
  const parts = splitDocuments(text);
  if (parts.length === 1 && !readKindAndName(text).kind) return text;
  return parts
    .map((part) => {
      const { kind, name } = readKindAndName(part);
      if (!kind || !CLUSTER_SCOPED_KINDS.has(kind)) return part;
      const ending = part.endsWith('\n') ? '' : '\n';
      return `\n# ${kind} "${name ?? ''}" is provided by the workshop on this cluster.\n${ending}`;
    })
    .join('---');
}

/** The workstation's starting files, by path relative to its home. */
export function createWorkstationFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [absolute, content] of Object.entries(createHomeFiles())) {
    const relative = absolute.startsWith(`${HOME}/`) ? absolute.slice(HOME.length + 1) : absolute;
    files[relative] = relative.endsWith('.yaml') ? removeClusterScopedDocuments(content) : content;
  }
  return files;
}
