/**
 * One comparison table, loaded once: `loadTable('libraries', 'en')` reads the validated data
 * collection, restores the file's row order and resolves guide links to the target page's short
 * label. <ComparisonTable> renders it; the Markdown export renders that component's HTML.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildFrameworkTable, buildLibrariesTable } from '../comparison/model.ts';
import type { PageTitle, TableModel } from '../comparison/model.ts';
import type { TableName } from '../comparison/schema.ts';
import type { Lang } from '../i18n.ts';

/** Guide page titles as table cells show them: the short (sidebar) label when the page has one. */
async function shortTitles(): Promise<PageTitle> {
  const docs = await getCollection('docs');
  const titles = new Map(docs.map((entry) => [entry.id, entry.data.short ?? entry.data.title]));
  return (slug, lang) => titles.get(`${lang}/${slug}`);
}

/** The row model of one table in one language; throws, naming the table, when its data is missing. */
export async function loadTable(name: TableName, lang: Lang): Promise<TableModel> {
  const pageTitle = await shortTitles();
  if (name === 'libraries') {
    const entries = await getCollection('libraries');
    if (entries.length === 0)
      throw new Error('<ComparisonTable data="libraries" />: content/data/libraries.yaml has no entries.');
    // The data store sorts by id; `position` restores the order of the file.
    const ordered = entries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
    return buildLibrariesTable(ordered, lang, pageTitle);
  }
  const entry = await getEntry('frameworks', name);
  if (!entry)
    throw new Error(`<ComparisonTable data="${name}" />: content/data/frameworks.yaml has no table with id "${name}".`);
  return buildFrameworkTable(entry.data, lang, pageTitle);
}
