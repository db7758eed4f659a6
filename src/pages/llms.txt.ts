import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { languageNames, languages, parseEntryId, t } from '../lib/i18n.ts';
import { llmsTxt } from '../lib/markdown/llms-txt.ts';
import { markdownPath } from '../lib/markdown/page.ts';
import { buildSidebar } from '../lib/navigation.ts';

/**
 * `/llms.txt` (https://llmstxt.org): the guide in both languages, each page with its title, its
 * one-line description and a link to its Markdown version, in reading order.
 */
export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('docs');
  const pages = entries.map((entry) => ({ ...parseEntryId(entry.id), data: entry.data }));
  const origin = site ?? new URL('http://localhost/');
  const sections = languages.map((lang) => {
    const own = pages.filter((page) => page.lang === lang);
    const descriptions = new Map(own.map((page) => [page.slug, page.data.description]));
    const groups = buildSidebar(
      own.map((page) => ({ slug: page.slug, ...page.data })),
      lang,
    );
    return {
      heading: languageNames[lang],
      links: groups.flatMap((group) =>
        group.links.map((link) => ({
          title: link.title,
          url: new URL(markdownPath(lang, link.slug), origin).href,
          description: descriptions.get(link.slug) ?? '',
        })),
      ),
    };
  });
  const text = llmsTxt({
    title: `${t('zh', 'siteTitle')} · ${t('en', 'siteTitle')}`,
    summary: `${t('zh', 'siteTagline')}。${t('en', 'siteTagline')}.`,
    details: [t('zh', 'llmsNote'), t('en', 'llmsNote')],
    sections,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
