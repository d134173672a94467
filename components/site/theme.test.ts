import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme, themeBootScript, themeStorageKey } from './theme';

/** Runs the boot script against a minimal fake of the browser globals it touches. */
function boot(stored: string | null, prefersDark: boolean, storageThrows = false) {
  const classes = new Set<string>();
  const root = {
    classList: {
      toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)),
    },
    style: { colorScheme: '' },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('denied');
      return key === themeStorageKey ? stored : null;
    },
  };
  const window = { matchMedia: () => ({ matches: prefersDark }) };
  new Function('localStorage', 'window', 'document', themeBootScript)(localStorage, window, {
    documentElement: root,
  });
  return { dark: classes.has('dark'), colorScheme: root.style.colorScheme };
}

describe('theme', () => {
  it('parses unknown stored values as system', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('purple')).toBe('system');
    expect(parseThemeChoice(null)).toBe('system');
  });

  it('resolves system from the media preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('boot script applies the stored choice before paint', () => {
    expect(boot('dark', false)).toEqual({ dark: true, colorScheme: 'dark' });
    expect(boot('light', true)).toEqual({ dark: false, colorScheme: 'light' });
    expect(boot(null, true)).toEqual({ dark: true, colorScheme: 'dark' });
    expect(boot('system', false)).toEqual({ dark: false, colorScheme: 'light' });
  });

  it('boot script survives blocked storage', () => {
    expect(() => boot(null, false, true)).not.toThrow();
  });
});
