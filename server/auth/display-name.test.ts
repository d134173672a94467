import { describe, expect, it } from 'vitest';
import { validateDisplayName } from './display-name';

describe('validateDisplayName', () => {
  it.each([
    ['Ada', 'Ada'],
    ['  Ada   Lovelace  ', 'Ada Lovelace'],
    ["Dara O'Brien", "Dara O'Brien"],
    ['j.doe_2-b', 'j.doe_2-b'],
    ['Zoë Ünal', 'Zoë Ünal'],
    ['李小龙', '李小龙'],
    ['x'.repeat(40), 'x'.repeat(40)],
  ])('accepts %j as %j', (input, value) => {
    expect(validateDisplayName(input)).toEqual({ ok: true, value });
  });

  it('refuses an empty or missing name and says how long it may be', () => {
    for (const input of ['', '   ', undefined, 42]) {
      expect(validateDisplayName(input)).toEqual({
        ok: false,
        error: 'Display name is required: enter 1 to 40 characters.',
      });
    }
  });

  it('refuses a name over 40 characters and gives the count', () => {
    expect(validateDisplayName('y'.repeat(41))).toEqual({
      ok: false,
      error: 'Display name is too long: 41 characters, the limit is 40.',
    });
  });

  it('names the first character that is not allowed', () => {
    const result = validateDisplayName('Bob <script>');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('contains "<"');
    const invisible = validateDisplayName('Bob\u200bby');
    if (!invisible.ok) expect(invisible.error).toContain('U+200B');
    expect(invisible.ok).toBe(false);
    expect(validateDisplayName('a@b').ok).toBe(false);
    expect(validateDisplayName('emoji 🙂').ok).toBe(false);
  });
});
