/**
 * The Shiki themes of every code block (Markdown fences and examples). The high-contrast GitHub
 * themes keep every token at WCAG AA contrast on their own backgrounds, which the default ones miss.
 */
export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
