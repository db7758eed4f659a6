import mdxServer from '@astrojs/mdx/server.js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import { getCollection, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { mdxComponents } from '../../components/mdx/index.ts';
import { pagePath, parseEntryId } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/i18n.ts';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';
import { pageMarkdown } from '../../lib/markdown/page.ts';

/**
 * Every page as Markdown: `/zh/concepts/tasks.md`, `/en/index.md`. The page's content is rendered once
 * with the same components as the web page (Astro's Container API) and the HTML converted to Markdown,
 * so examples, tables and any new component appear exactly as on the page.
 */
export const getStaticPaths = (async () => {
  const entries = await getCollection('docs');
  return entries.map((entry) => {
    const { lang, slug } = parseEntryId(entry.id);
    return { params: { lang, slug }, props: { entry, lang, slug } };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'docs'>;
  lang: Lang;
  slug: string;
}

const container = await experimental_AstroContainer.create({ renderers: [{ name: 'astro:jsx', ssr: mdxServer }] });

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry, lang, slug } = props;
  const origin = site ?? new URL('http://localhost/');
  const pageUrl = new URL(pagePath(lang, slug), origin).href;
  const { Content } = await render(entry);
  // The request carries the page's URL: components read the language from Astro.url.
  const html = await container.renderToString(Content, {
    props: { components: mdxComponents },
    request: new Request(pageUrl),
  });
  const body = await htmlToMarkdown(html, { lang, pageUrl });
  const { title, description, python } = entry.data;
  const markdown = pageMarkdown({ lang, slug, title, description, python, body, site: origin });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
