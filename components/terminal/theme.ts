/**
 * Terminal colours for the site's light and dark themes, and how to tell which one is showing.
 * The site's theme switch puts the `dark` class on <html> (its styles key off that class, also
 * for "system"), so the terminal follows the same class rather than the OS preference.
 */
import type { ITheme } from '@xterm/xterm';

export const lightTheme: ITheme = {
  background: '#fbfbfa',
  foreground: '#1f2328',
  cursor: '#1f2328',
  cursorAccent: '#fbfbfa',
  selectionBackground: '#b6d6fd',
  black: '#24292f',
  red: '#b42318',
  green: '#116329',
  yellow: '#7d4e00',
  blue: '#0550ae',
  magenta: '#8250df',
  cyan: '#1b7c83',
  white: '#6e7781',
  brightBlack: '#57606a',
  brightRed: '#a40e26',
  brightGreen: '#1a7f37',
  brightYellow: '#633c01',
  brightBlue: '#218bff',
  brightMagenta: '#a475f9',
  brightCyan: '#3192aa',
  brightWhite: '#8c959f',
};

export const darkTheme: ITheme = {
  background: '#0d1117',
  foreground: '#e6edf3',
  cursor: '#e6edf3',
  cursorAccent: '#0d1117',
  selectionBackground: '#264f78',
  black: '#484f58',
  red: '#ff7b72',
  green: '#3fb950',
  yellow: '#d29922',
  blue: '#58a6ff',
  magenta: '#bc8cff',
  cyan: '#39c5cf',
  white: '#b1bac4',
  brightBlack: '#6e7681',
  brightRed: '#ffa198',
  brightGreen: '#56d364',
  brightYellow: '#e3b341',
  brightBlue: '#79c0ff',
  brightMagenta: '#d2a8ff',
  brightCyan: '#56d4dd',
  brightWhite: '#ffffff',
};

/** Whether the page is showing its dark theme right now. */
export function isDarkPage(): boolean {
  const root = document.documentElement;
  return root.classList.contains('dark') || root.dataset.theme === 'dark';
}

/** Calls `onChange` whenever the page's theme changes; returns a cleanup function. */
export function watchPageTheme(onChange: (dark: boolean) => void): () => void {
  let dark = isDarkPage();
  const observer = new MutationObserver(() => {
    if (isDarkPage() === dark) return;
    dark = !dark;
    onChange(dark);
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class', 'data-theme'],
  });
  return () => observer.disconnect();
}
