'use client';
/**
 * The light / dark / system switch: three native radio buttons (arrow keys move between them).
 * The choice is stored, applied to <html> at once, and followed live when it is "system".
 */
import { useEffect } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from './icons';
import { parseThemeChoice, resolveTheme, themeStorageKey, type ThemeChoice } from './theme';
import { useStoredValue, writeStoredValue } from './use-stored-value';

const darkQuery = '(prefers-color-scheme: dark)';

function applyTheme(choice: ThemeChoice) {
  const theme = resolveTheme(choice, window.matchMedia(darkQuery).matches);
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

const options = [
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
  { value: 'system', label: 'System', Icon: MonitorIcon },
] as const;

export function ThemeToggle() {
  const choice = parseThemeChoice(useStoredValue(themeStorageKey));

  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const media = window.matchMedia(darkQuery);
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

  return (
    <fieldset className="flex items-center rounded-full border border-stone-300 bg-white/70 p-0.5 dark:border-stone-700 dark:bg-stone-900/70">
      <legend className="sr-only">Theme</legend>
      {options.map(({ value, label, Icon }) => (
        <label
          key={value}
          title={label}
          className="relative flex size-8 cursor-pointer items-center justify-center rounded-full text-stone-600 transition-colors hover:text-stone-900 has-checked:bg-teal-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-600 dark:text-stone-300 dark:hover:text-white dark:has-checked:bg-teal-500 dark:has-checked:text-stone-950"
        >
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => writeStoredValue(themeStorageKey, value)}
            className="sr-only"
          />
          <Icon className="size-4" />
          <span className="sr-only">{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
