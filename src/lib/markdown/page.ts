/**
 * The frame of a page's Markdown version (`/zh/<slug>.md`): `# Title`, the description, the Python
 * note, the body converted from the rendered page, then the address of the web page.
 */
import { pagePath, t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';

/** URL of a page's Markdown version: `/zh/concepts/tasks.md`; the language home is `/zh/index.md`. */
export function markdownPath(lang: Lang, slug: string): string {
  return `/${lang}/${slug === '' ? 'index' : slug}.md`;
}

/**
 * Escapes plain text (a title, a description) so Markdown shows it literally: HTML-looking text stays
 * text, and `*`, `_`, `[`, backticks and `|` do not turn into formatting.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>|]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace('_', '\\_'));
}

/** What the frame of a page's Markdown needs. */
export interface MarkdownPage {
  lang: Lang;
  slug: string;
  title: string;
  description: string;
  python?: string | undefined;
  /** The page's content, already Markdown (from `htmlToMarkdown`). */
  body: string;
  /** The site origin (Astro's `site`). */
  site: URL | string;
}

/** The whole Markdown version of a page: `# Title`, the description, the body, then its web address. */
export function pageMarkdown(page: MarkdownPage): string {
  const pageUrl = new URL(pagePath(page.lang, page.slug), page.site).href;
  const colon = page.lang === 'zh' ? '：' : ': ';
  const parts = [`# ${escapeMarkdownText(page.title)}`, `> ${escapeMarkdownText(page.description)}`];
  if (page.python) parts.push(t(page.lang, 'pythonNeeded', { version: page.python }));
  parts.push(page.body.trim());
  parts.push(`---\n\n${t(page.lang, 'markdownSource')}${colon}<${pageUrl}>`);
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}
