import { describe, expect, it } from 'vitest';
import { formatAge, formatHumanDuration } from './age';

const s = 1000;
describe('formatHumanDuration', () => {
  it.each([
    [5 * s, '5s'],
    [119 * s, '119s'],
    [130 * s, '2m10s'],
    [300 * s, '5m'],
    [45 * 60 * s, '45m'],
    [3 * 3600 * s, '3h'],
    [(3 * 3600 + 20 * 60) * s, '3h20m'],
    [30 * 3600 * s, '30h'],
    [(4 * 24 + 5) * 3600 * s, '4d5h'],
    [30 * 24 * 3600 * s, '30d'],
    [(3 * 365 + 10) * 24 * 3600 * s, '3y10d'],
    [-500, '0s'],
    [-5 * s, '<invalid>'],
  ])('%d ms → %s', (ms, text) => expect(formatHumanDuration(ms)).toBe(text));

  it('reports an unknown age without a timestamp', () => {
    expect(formatAge(undefined)).toBe('<unknown>');
    expect(formatAge('2024-01-01T00:00:00Z', Date.parse('2024-01-01T00:00:07Z'))).toBe('7s');
  });
});
