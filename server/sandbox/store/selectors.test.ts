import { describe, expect, it } from 'vitest';
import { resource } from './resources';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
  selectorFromObject,
} from './selectors';

const pod = (labels: Record<string, string>, phase = 'Running') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'ns', labels },
  status: { phase },
});

describe('label selectors', () => {
  it('matches equality, inequality, set and existence terms', () => {
    const labels = { app: 'cfos', tier: 'fw' };
    expect(matchesLabels(parseLabelSelector('app=cfos'), labels)).toBe(true);
    expect(matchesLabels(parseLabelSelector('app==cfos,tier!=db'), labels)).toBe(true);
    expect(matchesLabels(parseLabelSelector('app=web'), labels)).toBe(false);
    expect(matchesLabels(parseLabelSelector('tier in (fw, db)'), labels)).toBe(true);
    expect(matchesLabels(parseLabelSelector('tier notin (fw)'), labels)).toBe(false);
    expect(matchesLabels(parseLabelSelector('app,!legacy'), labels)).toBe(true);
    expect(matchesLabels(parseLabelSelector('!app'), labels)).toBe(false);
    expect(matchesLabels(parseLabelSelector(''), undefined)).toBe(true);
  });

  it('refuses malformed selectors with a parse error', () => {
    expect(() => parseLabelSelector('app=(x')).toThrow(/unable to parse requirement/);
    expect(() => parseLabelSelector('in (a)')).toThrow(/unable to parse requirement/);
  });

  it('reads matchLabels and matchExpressions', () => {
    const sel = selectorFromObject({
      matchLabels: { app: 'cfos' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['fw'] },
        { key: 'old', operator: 'DoesNotExist' },
      ],
    });
    expect(matchesLabels(sel, { app: 'cfos', tier: 'fw' })).toBe(true);
    expect(matchesLabels(sel, { app: 'cfos', tier: 'fw', old: '1' })).toBe(false);
  });
});

describe('field selectors', () => {
  const pods = resource('pods');
  it('matches supported fields', () => {
    expect(matchesFields(parseFieldSelector('metadata.name=p', pods), pod({}))).toBe(true);
    expect(matchesFields(parseFieldSelector('status.phase!=Running', pods), pod({}))).toBe(false);
    expect(
      matchesFields(
        parseFieldSelector('metadata.namespace==ns,status.phase=Running', pods),
        pod({}),
      ),
    ).toBe(true);
  });

  it('refuses fields the API server does not index', () => {
    expect(() => parseFieldSelector('spec.containers=x', pods)).toThrow(
      'field label not supported: spec.containers',
    );
    expect(() => parseFieldSelector('status.phase=Running', resource('configmaps'))).toThrow(
      /not supported/,
    );
  });
});
