import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { buildFrameworkTable, buildLibrariesTable } from '../../lib/comparison/model.ts';
import type { TableModel } from '../../lib/comparison/model.ts';
import { tableNames } from '../../lib/comparison/schema.ts';
import { loadExampleFile } from '../../lib/examples/load.ts';
import { parseEntryId, pagePath } from '../../lib/i18n.ts';
import type { Lang } from '../../lib/i18n.ts';
import { pageToMarkdown } from '../../lib/markdown-export.ts';

/**
 * Every page as Markdown, generated from its MDX source: `/zh/concepts/tasks.md`, `/en/index.md`.
 * Examples are inlined with their captured output; comparison tables come from the same data.
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

/** The row models of one language's comparison tables, the same ones <ComparisonTable> renders. */
async function comparisonTables(lang: Lang): Promise<Map<string, TableModel>> {
  const docs = await getCollection('docs');
  const titles = new Map(docs.map((entry) => [entry.id, entry.data.title]));
  const pageTitle = (slug: string, pageLang: Lang) => titles.get(`${pageLang}/${slug}`);
  const tables = new Map<string, TableModel>();
  const libraries = await getCollection('libraries');
  if (libraries.length > 0) tables.set('libraries', buildLibrariesTable(libraries.map((entry) => entry.data), lang, pageTitle));
  for (const name of tableNames) {
    if (name === 'libraries') continue;
    const entry = await getEntry('frameworks', name);
    if (entry) tables.set(name, buildFrameworkTable(entry.data, lang, pageTitle));
  }
  return tables;
}

const hash = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 16);

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry, lang, slug } = props;
  const body = entry.body ?? '';
  const tables = /<ComparisonTable\b/.test(body) ? await comparisonTables(lang) : new Map<string, TableModel>();
  const markdown = pageToMarkdown({
    lang,
    slug,
    title: entry.data.title,
    description: entry.data.description,
    python: entry.data.python,
    body,
    site: site ?? 'http://localhost/',
    loadExample: (file) => loadExampleFile(file, pagePath(lang, slug), hash),
    comparisonTable: (data) => tables.get(data),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
