import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifests';

describe('parseManifests', () => {
  it('splits documents, skipping empty ones, and flattens Lists', () => {
    const text = `---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n---\n\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: b\n`;
    const names = parseManifests(text, 'f.yaml').map(
      (m) => `${m.object.kind}/${m.object.metadata.name}`,
    );
    expect(names).toEqual(['ServiceAccount/a', 'Namespace/b']);
  });

  it('fails like kubectl on a missing kind or bad YAML', () => {
    expect(() => parseManifests('apiVersion: v1\nmetadata: {name: a}\n', 'f.yaml')).toThrow(
      `error: unable to decode "f.yaml": Object 'Kind' is missing in`,
    );
    expect(() => parseManifests('a: [\n', 'f.yaml')).toThrow(
      'error: error parsing f.yaml: error converting YAML to JSON',
    );
  });
});
