/**
 * Loads Monaco and monaco-yaml from the site's own bundle (never a CDN: rooms may be offline) and
 * configures the YAML language with the offline Kubernetes schema. Loaded once, on first use.
 */
import type * as Monaco from 'monaco-editor';

let loading: Promise<typeof Monaco> | null = null;

export function loadMonaco(): Promise<typeof Monaco> {
  loading ??= (async () => {
    const globalScope = self as unknown as {
      MonacoEnvironment?: { getWorker(id: string, label: string): Worker };
    };
    globalScope.MonacoEnvironment = {
      getWorker(_id, label) {
        if (label === 'yaml') {
          return new Worker(new URL('monaco-yaml/yaml.worker', import.meta.url), {
            type: 'module',
          });
        }
        return new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker', import.meta.url), {
          type: 'module',
        });
      },
    };
    const monaco = await import('monaco-editor');
    const [{ configureMonacoYaml }, schema] = await Promise.all([
      import('monaco-yaml'),
      import('@/lib/k8s-schema/kubernetes.schema.json'),
    ]);
    configureMonacoYaml(monaco, {
      enableSchemaRequest: false,
      hover: true,
      completion: true,
      validate: true,
      format: { enable: true },
      schemas: [
        {
          uri: 'file:///schemas/kubernetes.schema.json',
          fileMatch: ['**/*.yaml', '**/*.yml'],
          schema: schema.default as object,
        },
      ],
    });
    return monaco;
  })();
  return loading;
}
