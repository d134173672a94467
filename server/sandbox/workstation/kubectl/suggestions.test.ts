import { describe, expect, it } from 'vitest';
import { suggestCommands } from './suggestions';

describe('suggestCommands', () => {
  it('suggests close or prefixed commands', () => {
    expect(suggestCommands('foo', ['get', 'top', 'logs'])).toEqual(['top']);
    expect(suggestCommands('gte', ['get', 'top'])).toEqual(['get']);
    expect(suggestCommands('roll', ['rollout', 'run'])).toEqual(['rollout']);
    expect(suggestCommands('xyzzy', ['get', 'top'])).toEqual([]);
  });
});
