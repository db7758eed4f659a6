import { pagePath, t } from '../i18n.ts';
import type { Lang, UiKey } from '../i18n.ts';
import { libraryCategories, supportLevels } from './schema.ts';
import type {
  FrameworkTable,
  Library,
  LibraryCategory,
  LibraryEntry,
  LibraryStatus,
  SupportCell,
  SupportLevel,
  TornadoTable,
  WebFrameworksTable,
} from './schema.ts';
import { normalizeText } from './table-logic.ts';

/**
 * The row model behind <ComparisonTable>: data entries turned into one language's columns, groups,
 * rows and cells, plus what the client script needs (sort values, search text in both languages).
 */

export interface LibraryLink {
  name: string;
  href: string;
  status: LibraryStatus | undefined;
  /** Shown next to the name for anything but an active third-party library. */
  statusLabel: string | undefined;
}

export type CellContent =
  | { kind: 'text'; text: string; note: string | undefined; guide: { href: string; text: string } | undefined }
  | { kind: 'libraries'; items: LibraryLink[] }
  | { kind: 'support'; support: SupportLevel; label: string; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'empty' };

export interface CellModel {
  column: string;
  content: CellContent;
  /** What the column sorts by: a number sorts before text and in numeric order. */
  sort: string | number;
}

export interface RowModel {
  id: string;
  /** The row header (`<th scope="row">`): the domain, the aspect or the framework. */
  header: { text: string; href: string | undefined; sort: string };
  cells: CellModel[];
  /** Every text of the row in both languages, normalised, for the filter box. */
  search: string;
}

export interface ColumnModel {
  key: string;
  label: string;
  sortable: boolean;
}

export interface GroupModel {
  id: string;
  /** A heading row for the group; undefined for a table without groups. */
  label: string | undefined;
  rows: RowModel[];
}

export interface TableModel {
  name: string;
  caption: string;
  /** The first column is the row header. */
  columns: ColumnModel[];
  groups: GroupModel[];
}

/** Looks up a guide page's title in the reader's language, for the guide column. */
export type PageTitle = (slug: string, lang: Lang) => string | undefined;

const statusKeys: Record<Exclude<LibraryStatus, 'active'>, UiKey> = {
  stdlib: 'cmpStatusStdlib',
  maintenance: 'cmpStatusMaintenance',
  dormant: 'cmpStatusDormant',
  deprecated: 'cmpStatusDeprecated',
  experimental: 'cmpStatusExperimental',
};

const supportKeys: Record<SupportLevel, UiKey> = {
  yes: 'cmpSupportYes',
  partial: 'cmpSupportPartial',
  no: 'cmpSupportNo',
};

const categoryKeys: Record<LibraryCategory, UiKey> = {
  web: 'cmpCatWeb',
  databases: 'cmpCatDatabases',
  messaging: 'cmpCatMessaging',
  services: 'cmpCatServices',
  system: 'cmpCatSystem',
};

/** Enum values whose words a reader may type, in either language: `deprecated`, `已弃用`. */
const enumWords: Record<string, Record<string, UiKey>> = {
  status: statusKeys,
  support: supportKeys,
  category: categoryKeys,
};

/** Keys whose values are addresses, not words. */
const notSearched = new Set(['docs', 'guide', 'position']);

/**
 * Every text leaf of a data entry (both languages, names, ids) plus its enum values in words, so a
 * field added to the schema is searchable without listing it here.
 */
function entryWords(node: unknown, key = ''): string[] {
  if (typeof node === 'string') {
    const words = enumWords[key]?.[node];
    return words ? [node, t('zh', words), t('en', words)] : [node];
  }
  if (Array.isArray(node)) return node.flatMap((child) => entryWords(child, key));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([name, value]) => (notSearched.has(name) ? [] : entryWords(value, name)));
}

/** The normalised search string of a row: every word of its entry, plus the guide page it links to. */
function searchText(entry: object, guide?: CellModel): string {
  const guideText = guide?.content.kind === 'link' ? [guide.content.text] : [];
  return normalizeText([...entryWords(entry), ...guideText].join(' '));
}

function libraryLinks(libraries: readonly Library[], lang: Lang): LibraryLink[] {
  return libraries.map((library) => ({
    name: library.name,
    href: library.docs,
    status: library.status,
    statusLabel: library.status && library.status !== 'active' ? t(lang, statusKeys[library.status]) : undefined,
  }));
}

/** `scenarios/http-client#pooling` → `/en/scenarios/http-client/#pooling`. */
export function guideHref(link: string, lang: Lang): string {
  const [slug = '', fragment] = link.split('#');
  return pagePath(lang, slug) + (fragment ? `#${fragment}` : '');
}

function guideCell(link: string | null, lang: Lang, pageTitle: PageTitle): CellModel {
  if (link === null) return { column: 'guide', content: { kind: 'empty' }, sort: '' };
  const slug = link.split('#')[0] ?? link;
  const text = pageTitle(slug, lang) ?? slug;
  return { column: 'guide', content: { kind: 'link', href: guideHref(link, lang), text }, sort: text };
}

function textCell(column: string, text: string, note?: string, guide?: CellModel): CellModel {
  const link = guide?.content.kind === 'link' ? { href: guide.content.href, text: guide.content.text } : undefined;
  return { column, content: { kind: 'text', text, note, guide: link }, sort: text };
}

function supportCell(column: string, cell: SupportCell, lang: Lang): CellModel {
  return {
    column,
    content: { kind: 'support', support: cell.support, label: t(lang, supportKeys[cell.support]), text: cell[lang] },
    // Best support first when sorting ascending.
    sort: supportLevels.indexOf(cell.support),
  };
}

/** Groups entries by category in the schema's category order, keeping the file's order inside a group. */
export function groupByCategory<T extends { category: LibraryCategory }>(
  entries: readonly T[],
): { category: LibraryCategory; entries: T[] }[] {
  return libraryCategories
    .map((category) => ({ category, entries: entries.filter((entry) => entry.category === category) }))
    .filter((group) => group.entries.length > 0);
}

/** The sync→async library map, grouped by category. */
export function buildLibrariesTable(entries: readonly LibraryEntry[], lang: Lang, pageTitle: PageTitle): TableModel {
  const columns: ColumnModel[] = [
    { key: 'domain', label: t(lang, 'cmpColDomain'), sortable: true },
    { key: 'sync', label: t(lang, 'cmpColSync'), sortable: true },
    { key: 'async', label: t(lang, 'cmpColAsync'), sortable: true },
    { key: 'recommendation', label: t(lang, 'cmpColRecommendation'), sortable: false },
  ];
  const groups = groupByCategory(entries).map(({ category, entries: members }) => ({
    id: category,
    label: t(lang, categoryKeys[category]),
    rows: members.map((entry): RowModel => {
      const guide = guideCell(entry.guide, lang, pageTitle);
      return {
        id: entry.id,
        header: { text: entry.domain[lang], href: undefined, sort: entry.domain[lang] },
        cells: [
          {
            column: 'sync',
            content: { kind: 'libraries', items: libraryLinks(entry.sync, lang) },
            sort: entry.sync[0]?.name.toLowerCase() ?? '',
          },
          {
            column: 'async',
            content: { kind: 'libraries', items: libraryLinks(entry.async, lang) },
            sort: entry.async[0]?.name.toLowerCase() ?? '',
          },
          // The guide page is linked under the recommendation: a column of its own made the table too wide.
          textCell('recommendation', entry.recommendation[lang], entry.notes?.[lang], guide),
        ],
        search: searchText(entry, guide),
      };
    }),
  }));
  return { name: 'libraries', caption: t(lang, 'cmpLibrariesCaption'), columns, groups };
}

function buildTornadoTable(table: TornadoTable, lang: Lang): TableModel {
  return {
    name: table.id,
    caption: table.caption[lang],
    columns: [
      { key: 'feature', label: t(lang, 'cmpColFeature'), sortable: true },
      { key: 'asyncio', label: 'asyncio', sortable: false },
      { key: 'tornado', label: 'Tornado', sortable: false },
    ],
    groups: [
      {
        id: 'all',
        label: undefined,
        rows: table.rows.map((row) => ({
          id: row.id,
          header: { text: row.feature[lang], href: undefined, sort: row.feature[lang] },
          cells: [textCell('asyncio', row.asyncio[lang]), textCell('tornado', row.tornado[lang])],
          search: searchText(row),
        })),
      },
    ],
  };
}

function buildWebFrameworksTable(table: WebFrameworksTable, lang: Lang, pageTitle: PageTitle): TableModel {
  const features = ['http2', 'websocket', 'validation', 'openapi', 'di'] as const;
  const featureLabels: Record<(typeof features)[number], UiKey> = {
    http2: 'cmpColHttp2',
    websocket: 'cmpColWebsocket',
    validation: 'cmpColValidation',
    openapi: 'cmpColOpenapi',
    di: 'cmpColDi',
  };
  return {
    name: table.id,
    caption: table.caption[lang],
    columns: [
      { key: 'framework', label: t(lang, 'cmpColFramework'), sortable: true },
      { key: 'server', label: t(lang, 'cmpColServer'), sortable: false },
      ...features.map((key) => ({ key, label: t(lang, featureLabels[key]), sortable: true })),
      { key: 'maturity', label: t(lang, 'cmpColMaturity'), sortable: false },
    ],
    groups: [
      {
        id: 'all',
        label: undefined,
        rows: table.rows.map((row) => {
          const guide = guideCell(row.guide, lang, pageTitle);
          return {
            id: row.id,
            header: { text: row.name, href: row.docs, sort: row.name.toLowerCase() },
            cells: [
              textCell('server', row.server[lang]),
              ...features.map((key) => supportCell(key, row[key], lang)),
              textCell('maturity', row.maturity[lang], undefined, guide),
            ],
            search: searchText(row, guide),
          };
        }),
      },
    ],
  };
}

/** One entry of frameworks.yaml as a table model. */
export function buildFrameworkTable(table: FrameworkTable, lang: Lang, pageTitle: PageTitle): TableModel {
  return table.id === 'asyncio-vs-tornado'
    ? buildTornadoTable(table, lang)
    : buildWebFrameworksTable(table, lang, pageTitle);
}

/** All rows of a table, in display order. */
export function allRows(table: TableModel): RowModel[] {
  return table.groups.flatMap((group) => group.rows);
}
