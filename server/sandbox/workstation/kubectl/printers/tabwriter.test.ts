import { describe, expect, it } from 'vitest';
import { alignTabs, formatColumns } from './tabwriter';

describe('formatColumns', () => {
  it('pads every column but the last to its widest cell plus three spaces', () => {
    const text = formatColumns([
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
      ['cfos7210250-deployment-5d9f8c7b6-abcde', '1/1', 'Running', '0', '5s'],
    ]);
    expect(text).toBe(
      'NAME                                     READY   STATUS    RESTARTS   AGE\n' +
        'cfos7210250-deployment-5d9f8c7b6-abcde   1/1     Running   0          5s\n',
    );
  });

  it('keeps a minimum cell width of six', () => {
    expect(
      formatColumns([
        ['A', 'B'],
        ['x', 'y'],
      ]),
    ).toBe('A     B\nx     y\n');
  });
});

describe('formatColumns with memory', () => {
  it('keeps widths from earlier calls and grows them, like kubectl get -w', () => {
    const memory: number[] = [];
    formatColumns(
      [
        ['NAME', 'STATUS', 'AGE'],
        ['a', 'Running', '1s'],
      ],
      memory,
    );
    expect(formatColumns([['a', 'ContainerCreating', '2s']], memory)).toBe(
      'a      ContainerCreating   2s\n',
    );
    expect(formatColumns([['a', 'Running', '3s']], memory)).toBe('a      Running             3s\n');
  });
});

describe('alignTabs', () => {
  it('aligns only within a column block, like Go tabwriter', () => {
    const text = 'Name:\tx\nService Account:\tdefault\nContainers:\n  c:\n    Image:\tnginx\n';
    expect(alignTabs(text, { minWidth: 0, padding: 2 })).toBe(
      'Name:             x\nService Account:  default\nContainers:\n  c:\n    Image:  nginx\n',
    );
  });

  it('does not pad the text after the last tab', () => {
    expect(alignTabs('a\tb\tc\nlonger\tb\n', { minWidth: 0, padding: 1 })).toBe(
      'a      b c\nlonger b\n',
    );
  });
});
