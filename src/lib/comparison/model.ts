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
import { categoryKeys, searchText, statusKeys, supportKeys } from './words.ts';

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

/** The guide page a row links to, in the reader's language, labelled with the page's short title. */
function guideLink(link: string | null, lang: Lang, pageTitle: PageTitle): GuideLink | undefined {
  if (link === null) return undefined;
  const slug = link.split('#')[0] ?? link;
  return { href: guideHref(link, lang), text: pageTitle(slug, lang) ?? slug };
}

type GuideLink = { href: string; text: string };
type Cell = Omit<CellModel, 'column'>;

const textCell = (text: string, note?: string, guide?: GuideLink): Cell => ({
  content: { kind: 'text', text, note, guide },
  sort: text,
});

const librariesCell = (libraries: readonly Library[], lang: Lang): Cell => ({
  content: { kind: 'libraries', items: libraryLinks(libraries, lang) },
  sort: libraries[0]?.name.toLowerCase() ?? '',
});

const supportCell = (cell: SupportCell, lang: Lang): Cell => ({
  content: { kind: 'support', support: cell.support, label: t(lang, supportKeys[cell.support]), text: cell[lang] },
  // Best support first when sorting ascending.
  sort: supportLevels.indexOf(cell.support),
});

/**
 * One table, declared column by column: each column's label, whether it sorts, and how a data row
 * fills it. The first column is the row header. The search text needs no column: it is every text of
 * the row's data entry.
 */
interface TableSpec<Row extends { id: string }> {
  header: {
    key: string;
    label: (lang: Lang) => string;
    cell: (row: Row, lang: Lang) => RowModel['header'];
  };
  columns: {
    key: string;
    label: (lang: Lang) => string;
    sortable: boolean;
    cell: (row: Row, lang: Lang, guide: GuideLink | undefined) => Cell;
  }[];
  /** The guide page of a row, linked inside one of its cells. */
  guide?: (row: Row) => string | null;
}

const label = (key: UiKey) => (lang: Lang) => t(lang, key);
const literal = (text: string) => () => text;

const librariesSpec: TableSpec<LibraryEntry> = {
  header: {
    key: 'domain',
    label: label('cmpColDomain'),
    cell: (row, lang) => ({ text: row.domain[lang], href: undefined, sort: row.domain[lang] }),
  },
  columns: [
    { key: 'sync', label: label('cmpColSync'), sortable: true, cell: (row, lang) => librariesCell(row.sync, lang) },
    { key: 'async', label: label('cmpColAsync'), sortable: true, cell: (row, lang) => librariesCell(row.async, lang) },
    {
      key: 'recommendation',
      label: label('cmpColRecommendation'),
      sortable: false,
      // The guide page is linked under the recommendation: a column of its own made the table too wide.
      cell: (row, lang, guide) => textCell(row.recommendation[lang], row.notes?.[lang], guide),
    },
  ],
  guide: (row) => row.guide,
};

const tornadoSpec: TableSpec<TornadoTable['rows'][number]> = {
  header: {
    key: 'feature',
    label: label('cmpColFeature'),
    cell: (row, lang) => ({ text: row.feature[lang], href: undefined, sort: row.feature[lang] }),
  },
  columns: [
    { key: 'asyncio', label: literal('asyncio'), sortable: false, cell: (row, lang) => textCell(row.asyncio[lang]) },
    { key: 'tornado', label: literal('Tornado'), sortable: false, cell: (row, lang) => textCell(row.tornado[lang]) },
  ],
};

const features = {
  http2: 'cmpColHttp2',
  websocket: 'cmpColWebsocket',
  validation: 'cmpColValidation',
  openapi: 'cmpColOpenapi',
  di: 'cmpColDi',
} as const;

const webFrameworksSpec: TableSpec<WebFrameworksTable['rows'][number]> = {
  header: {
    key: 'framework',
    label: label('cmpColFramework'),
    cell: (row) => ({ text: row.name, href: row.docs, sort: row.name.toLowerCase() }),
  },
  columns: [
    { key: 'server', label: label('cmpColServer'), sortable: false, cell: (row, lang) => textCell(row.server[lang]) },
    ...(Object.keys(features) as (keyof typeof features)[]).map((key) => ({
      key,
      label: label(features[key]),
      sortable: true,
      cell: (row: WebFrameworksTable['rows'][number], lang: Lang) => supportCell(row[key], lang),
    })),
    {
      key: 'maturity',
      label: label('cmpColMaturity'),
      sortable: false,
      cell: (row, lang, guide) => textCell(row.maturity[lang], undefined, guide),
    },
  ],
  guide: (row) => row.guide,
};

/** The columns of a table in one language. */
function columnsOf<Row extends { id: string }>(spec: TableSpec<Row>, lang: Lang): ColumnModel[] {
  return [
    { key: spec.header.key, label: spec.header.label(lang), sortable: true },
    ...spec.columns.map((column) => ({ key: column.key, label: column.label(lang), sortable: column.sortable })),
  ];
}

/** The data rows of a table in one language, with their search text. */
function rowsOf<Row extends { id: string }>(
  spec: TableSpec<Row>,
  rows: readonly Row[],
  lang: Lang,
  pageTitle: PageTitle,
): RowModel[] {
  return rows.map((row) => {
    const guide = spec.guide ? guideLink(spec.guide(row), lang, pageTitle) : undefined;
    return {
      id: row.id,
      header: spec.header.cell(row, lang),
      cells: spec.columns.map((column) => ({ column: column.key, ...column.cell(row, lang, guide) })),
      search: searchText(row, guide),
    };
  });
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
  const groups = groupByCategory(entries).map(({ category, entries: members }) => ({
    id: category,
    label: t(lang, categoryKeys[category]),
    rows: rowsOf(librariesSpec, members, lang, pageTitle),
  }));
  return {
    name: 'libraries',
    caption: t(lang, 'cmpLibrariesCaption'),
    columns: columnsOf(librariesSpec, lang),
    groups,
  };
}

/** One of the framework tables, ungrouped. */
function buildFrameworkRows<Row extends { id: string }>(
  name: string,
  caption: string,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  lang: Lang,
  pageTitle: PageTitle,
): TableModel {
  const groups = [{ id: 'all', label: undefined, rows: rowsOf(spec, rows, lang, pageTitle) }];
  return { name, caption, columns: columnsOf(spec, lang), groups };
}

/** One entry of frameworks.yaml as a table model. */
export function buildFrameworkTable(table: FrameworkTable, lang: Lang, pageTitle: PageTitle): TableModel {
  const caption = table.caption[lang];
  return table.id === 'asyncio-vs-tornado'
    ? buildFrameworkRows(table.id, caption, tornadoSpec, table.rows, lang, pageTitle)
    : buildFrameworkRows(table.id, caption, webFrameworksSpec, table.rows, lang, pageTitle);
}

/** All rows of a table, in display order. */
export function allRows(table: TableModel): RowModel[] {
  return table.groups.flatMap((group) => group.rows);
}
