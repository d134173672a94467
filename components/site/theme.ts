/**
 * The reader's colour theme: light, dark or whatever the system prefers. The choice lives in
 * localStorage; the `dark` class on <html> is what the styles read.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const themeStorageKey = 'workshop-theme';
export const themeChoices: ThemeChoice[] = ['light', 'dark', 'system'];

export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/**
 * Runs in <head> before the first paint, so the page never flashes the wrong theme. It must stay
 * self-contained (it is inlined as text) and must not throw when storage is unavailable.
 */
export const themeBootScript = `(function(){try{var c=localStorage.getItem(${JSON.stringify(
  themeStorageKey,
)});var d=c==='dark'||(c!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})()`;
