import { describe, expect, it } from 'vitest';
import { buildClientTable, decorateTable, formatTable, readServerTable } from './table';
import { formatObjects, parseOutputFormat } from './output-format';

const now = Date.parse('2024-01-01T00:10:00Z');
const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'p',
    namespace: 'ns',
    labels: { b: '2', a: '1' },
    creationTimestamp: '2024-01-01T00:00:00Z',
  },
  spec: { containers: [{ name: 'c' }] },
  status: { phase: 'Running', containerStatuses: [{ ready: true, restartCount: 2 }] },
};

describe('tables', () => {
  it('prints a server Table, hiding priority columns unless wide', () => {
    const table = {
      kind: 'Table' as const,
      columnDefinitions: [
        { name: 'Name', type: 'string' },
        { name: 'Age', type: 'string' },
        { name: 'IP', type: 'string', priority: 1 },
      ],
      rows: [{ cells: ['p', '5m', '10.0.0.1'], object: pod }],
    };
    expect(formatTable(readServerTable(table, false, now))).toBe('NAME   AGE\np      5m\n');
    expect(formatTable(readServerTable(table, true, now))).toBe(
      'NAME   AGE   IP\np      5m    10.0.0.1\n',
    );
  });

  it('builds pod columns client-side and decorates them like kubectl', () => {
    const table = decorateTable(buildClientTable('pods', [pod], false, now), {
      withNamespace: true,
      showLabels: true,
      kindPrefix: 'pod',
    });
    expect(formatTable(table)).toBe(
      'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE   LABELS\n' +
        'ns          pod/p   1/1     Running   2          10m   a=1,b=2\n',
    );
  });
});

describe('output formats', () => {
  it('rejects an unknown format with the allowed list', () => {
    expect(() => parseOutputFormat('bad', true)).toThrow(
      'error: unable to match a printer suitable for the output format "bad", allowed formats are: custom-columns,',
    );
  });

  it('prints names, and lists as a v1 List', () => {
    expect(formatObjects([pod], { kind: 'name' }, false, () => 'pod/p')).toBe('pod/p\n');
    const json = JSON.parse(formatObjects([pod], { kind: 'json' }, false, () => ''));
    expect(json).toMatchObject({
      apiVersion: 'v1',
      kind: 'List',
      metadata: { resourceVersion: '' },
    });
    expect(formatObjects([pod], { kind: 'yaml' }, true, () => '')).toContain(
      'creationTimestamp: "2024-01-01T00:00:00Z"',
    );
  });
});
