import { parseTheme } from '../lib/theme.ts';
import type { Theme } from '../lib/theme.ts';

/** The saved theme choice, or `auto` when none is saved or storage is blocked. */
export function readStoredTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem('theme'));
  } catch {
    return 'auto';
  }
}

/** Saves a theme choice (`auto` clears it) and returns the parsed theme. */
export function storeTheme(value: string): Theme {
  const theme = parseTheme(value);
  try {
    if (theme === 'auto') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
  return theme;
}

/** Applies a theme to the document; `auto` leaves the choice to prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}
