import { describe, expect, it } from 'vitest';
import { parseStoredChoice, serializeChoice, validateQuiz } from './quiz-state';

const choices = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];

describe('quiz state', () => {
  it('round-trips a stored choice', () => {
    expect(parseStoredChoice(serializeChoice('no'), choices)).toBe('no');
  });

  it('ignores missing, corrupt or stale stored values', () => {
    expect(parseStoredChoice(null, choices)).toBeUndefined();
    expect(parseStoredChoice('{not json', choices)).toBeUndefined();
    expect(parseStoredChoice('"no"', choices)).toBeUndefined();
    expect(parseStoredChoice(serializeChoice('maybe'), choices)).toBeUndefined();
  });

  it('accepts a well-formed quiz', () => {
    expect(() => validateQuiz('q', choices, 'no')).not.toThrow();
  });

  it('refuses an answer that is not a choice', () => {
    expect(() => validateQuiz('q', choices, 'maybe')).toThrow(
      '<Quiz id="q"> answer "maybe" is not one of its choices: yes, no',
    );
  });

  it('refuses duplicate ids, too few choices and a missing id', () => {
    expect(() => validateQuiz('q', [...choices, { id: 'no', label: 'Nope' }], 'no')).toThrow(
      /duplicate choice ids/,
    );
    expect(() => validateQuiz('q', [choices[0]!], 'yes')).toThrow(/at least two choices/);
    expect(() => validateQuiz('', choices, 'no')).toThrow(/needs an id/);
  });
});
