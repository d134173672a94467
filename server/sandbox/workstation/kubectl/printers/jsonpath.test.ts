import { describe, expect, it } from 'vitest';
import { renderJsonPath } from './jsonpath';

const list = {
  kind: 'List',
  items: [
    { metadata: { name: 'a', labels: { app: 'cfos' } }, spec: { replicas: 1 } },
    { metadata: { name: 'b', labels: { app: 'web' } }, spec: { replicas: 2 } },
  ],
};

describe('renderJsonPath', () => {
  it('joins multiple results with spaces (the lab pod-name idiom)', () => {
    expect(renderJsonPath('{.items[*].metadata.name}', list)).toBe('a b');
  });

  it('walks ranges with literals', () => {
    expect(
      renderJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.spec.replicas}{"\\n"}{end}', list),
    ).toBe('a\t1\nb\t2\n');
  });

  it('supports indexes, filters and recursive descent', () => {
    expect(renderJsonPath('{.items[1].metadata.name}', list)).toBe('b');
    expect(renderJsonPath('{.items[-1].spec.replicas}', list)).toBe('2');
    expect(renderJsonPath('{.items[?(@.metadata.labels.app=="cfos")].metadata.name}', list)).toBe(
      'a',
    );
    expect(renderJsonPath('{..replicas}', list)).toBe('1 2');
  });

  it('prints maps as compact JSON with sorted keys, and nothing for missing keys', () => {
    expect(renderJsonPath('{.items[0].metadata}', list)).toBe(
      '{"labels":{"app":"cfos"},"name":"a"}',
    );
    expect(renderJsonPath('{.items[0].missing}', list)).toBe('');
  });

  it('rejects a template with an unclosed action', () => {
    expect(() => renderJsonPath('{.items', list)).toThrow('unclosed action');
  });
});
