/** The reader's colour theme choice. */
export type Theme = 'auto' | 'light' | 'dark';

/** Reads a stored or submitted theme value; anything unknown means `auto`. */
export function parseTheme(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
