import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  allRows,
  buildFrameworkTable,
  buildLibrariesTable,
  groupByCategory,
  guideHref,
} from '../../src/lib/comparison/model.ts';
import type { PageTitle } from '../../src/lib/comparison/model.ts';
import { frameworkTable, libraryEntry } from '../../src/lib/comparison/schema.ts';
import type { LibraryEntry } from '../../src/lib/comparison/schema.ts';
import {
  compareValues,
  matchesQuery,
  nextSort,
  normalizeText,
  parseSortValue,
  queryTerms,
  readFilterParam,
  sortRows,
  withFilterParam,
} from '../../src/lib/comparison/table-logic.ts';

/** Small fixture tables with the real schema (tests/fixtures/comparison/), not the live content. */
const load = (file: string): unknown =>
  parse(readFileSync(new URL(`../fixtures/comparison/${file}`, import.meta.url), 'utf8'));
const libraries = libraryEntry.array().parse(load('libraries.yaml'));
const frameworks = frameworkTable.array().parse(load('frameworks.yaml'));
const titles: PageTitle = (slug, lang) => `${lang}:${slug}`;
/** The rows the filter box keeps for a query, as comparison-table.ts decides row by row. */
const filterRows = <T extends { search: string }>(rows: readonly T[], query: string) =>
  rows.filter((row) => matchesQuery(row.search, query));
const en = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

describe('filtering', () => {
  it('normalises case, full-width letters and spaces', () => {
    assert.equal(normalizeText('  ＲＥＤＩＳ   Asyncio\n'), 'redis asyncio');
    assert.deepEqual(queryTerms('  '), []);
    assert.deepEqual(queryTerms('Redis  asyncio'), ['redis', 'asyncio']);
  });

  it('matches every word of the query, in any cell, in either language', () => {
    const search = normalizeText('redis Redis redis-py redis.asyncio 数据库与存储 Databases and storage');
    assert.ok(matchesQuery(search, 'REDIS'));
    assert.ok(matchesQuery(search, '数据库'));
    assert.ok(matchesQuery(search, 'redis storage'));
    assert.ok(!matchesQuery(search, 'redis kafka'));
    assert.ok(matchesQuery(search, ''), 'an empty query shows every row');
  });

  it('filters library rows by English and Chinese words', () => {
    const rows = allRows(buildLibrariesTable(libraries, 'zh', titles));
    assert.deepEqual(
      filterRows(rows, 'asyncpg').map((row) => row.id),
      ['postgresql'],
    );
    // The task-queue row mentions aioredis too (Dramatiq has no aioredis extra).
    assert.deepEqual(
      filterRows(rows, 'aioredis').map((row) => row.id),
      ['redis', 'task-queue'],
    );
    // The Chinese page finds rows by their English text and the other way round.
    assert.ok(filterRows(rows, 'messaging').some((row) => row.id === 'task-queue'));
    const enRows = allRows(buildLibrariesTable(libraries, 'en', titles));
    assert.ok(filterRows(enRows, '子进程').some((row) => row.id === 'subprocess'));
    assert.equal(filterRows(enRows, 'no-such-library-xyz').length, 0);
    // Status labels are searchable in both languages.
    const deprecated = filterRows(rows, 'deprecated').map((row) => row.id);
    assert.deepEqual(
      filterRows(rows, '已弃用').map((row) => row.id),
      deprecated,
    );
    assert.deepEqual(deprecated, ['redis']);
    // Every text of the entry is searchable, also fields no builder lists by hand (notes, guide title).
    assert.deepEqual(
      filterRows(rows, 'one query at a time').map((row) => row.id),
      ['postgresql'],
    );
    assert.deepEqual(
      filterRows(rows, 'zh:scenarios/database').map((row) => row.id),
      ['postgresql'],
    );
    assert.deepEqual(
      filterRows(rows, 'stdlib').map((row) => row.id),
      ['subprocess'],
    );
    assert.equal(filterRows(rows, 'https').length, 0, 'addresses are not searched');
  });
});

describe('sorting', () => {
  const rows = [
    { id: 'b', value: 'beta' },
    { id: 'a', value: 'Alpha' },
    { id: 'e', value: '' },
    { id: 'c', value: 'beta' },
  ];

  it('cycles ascending, descending, original order', () => {
    const first = nextSort(undefined, 'name');
    assert.deepEqual(first, { column: 'name', direction: 'ascending' });
    const second = nextSort(first, 'name');
    assert.deepEqual(second, { column: 'name', direction: 'descending' });
    assert.equal(nextSort(second, 'name'), undefined);
    assert.deepEqual(nextSort(second, 'other'), { column: 'other', direction: 'ascending' });
  });

  it('sorts text case-insensitively and stably, empty values last both ways', () => {
    assert.deepEqual(
      sortRows(rows, (row) => row.value, 'ascending', en).map((row) => row.id),
      ['a', 'b', 'c', 'e'],
    );
    assert.deepEqual(
      sortRows(rows, (row) => row.value, 'descending', en).map((row) => row.id),
      ['b', 'c', 'a', 'e'],
    );
    assert.deepEqual(
      rows.map((row) => row.id),
      ['b', 'a', 'e', 'c'],
      'the input is not modified',
    );
  });

  it('sorts numbers numerically and before text', () => {
    assert.ok(compareValues(2, 10, en) < 0);
    assert.ok(compareValues(0, 'a', en) < 0);
    assert.ok(compareValues('a', 1, en) > 0);
    assert.equal(parseSortValue('2'), 2);
    assert.equal(parseSortValue('httpx'), 'httpx');
  });

  it('orders web frameworks by HTTP/2 support, best first', () => {
    const table = buildFrameworkTable(
      frameworks.find((item) => item.id === 'web-frameworks')!,
      'en',
      titles,
    );
    const sorted = sortRows(
      allRows(table),
      (row) => row.cells.find((cell) => cell.column === 'http2')?.sort ?? '',
      'ascending',
      en,
    );
    assert.equal(sorted[0]?.id, 'quart');
    for (const id of ['aiohttp']) {
      const cell = sorted.find((row) => row.id === id)?.cells.find((item) => item.column === 'http2');
      assert.equal(cell?.content.kind === 'support' && cell.content.support, 'no', `${id} has no HTTP/2`);
    }
  });
});

describe('the shared filter in the URL', () => {
  it('reads ?filter=', () => {
    assert.equal(readFilterParam('?filter=redis'), 'redis');
    assert.equal(readFilterParam('?filter=%E6%95%B0%E6%8D%AE%E5%BA%93'), '数据库');
    assert.equal(readFilterParam(''), '');
  });

  it('writes ?filter= keeping other parameters and the hash, and removes it when empty', () => {
    assert.equal(withFilterParam('https://x.dev/zh/libraries/#redis', 'redis'), '/zh/libraries/?filter=redis#redis');
    assert.equal(
      withFilterParam('https://x.dev/zh/libraries/?highlight=a&filter=b', ' kafka '),
      '/zh/libraries/?highlight=a&filter=kafka',
    );
    assert.equal(withFilterParam('https://x.dev/zh/libraries/?filter=redis', '  '), '/zh/libraries/');
    assert.equal(
      readFilterParam(new URL(withFilterParam('https://x.dev/en/', '数据库 redis'), 'https://x.dev').search),
      '数据库 redis',
    );
  });
});

describe('table models', () => {
  it('groups libraries by category in the schema order, keeping the file order inside a group', () => {
    const groups = groupByCategory(libraries);
    assert.deepEqual(
      groups.map((group) => group.category),
      ['web', 'databases', 'messaging', 'system'],
    );
    const databases = groups.find((group) => group.category === 'databases')?.entries.map((item) => item.id);
    assert.deepEqual(databases, ['redis', 'postgresql']);
    const synthetic: LibraryEntry[] = [
      { ...libraries[0]!, id: 'z', category: 'system' },
      { ...libraries[0]!, id: 'y', category: 'web' },
    ];
    assert.deepEqual(
      groupByCategory(synthetic).map((group) => group.entries[0]?.id),
      ['y', 'z'],
    );
  });

  it('builds the library map in one language, with both languages in the search text', () => {
    const table = buildLibrariesTable(libraries, 'en', titles);
    assert.equal(table.columns[0]?.label, 'Domain');
    assert.equal(table.groups[0]?.label, 'HTTP and web');
    const redis = allRows(table).find((row) => row.id === 'redis');
    assert.equal(redis?.header.text, 'Redis');
    const asyncCell = redis?.cells.find((cell) => cell.column === 'async');
    assert.ok(asyncCell?.content.kind === 'libraries');
    const aioredis = asyncCell.content.items.find((item) => item.name === 'aioredis');
    assert.equal(aioredis?.status, 'deprecated');
    assert.equal(aioredis?.statusLabel, 'deprecated');
    assert.match(redis?.search ?? '', /redis\.asyncio/);
    assert.match(redis?.search ?? '', /数据库与存储/);
    const zh = buildLibrariesTable(libraries, 'zh', titles);
    assert.equal(zh.columns[0]?.label, '领域');
    assert.equal(allRows(zh).find((row) => row.id === 'http-client')?.header.text, 'HTTP 客户端');
  });

  it('links guide pages in the reader language and leaves null guides empty', () => {
    assert.equal(guideHref('scenarios/http-client', 'zh'), '/zh/scenarios/http-client/');
    assert.equal(guideHref('libraries/side-by-side#redis', 'en'), '/en/libraries/side-by-side/#redis');
    const rows = allRows(buildLibrariesTable(libraries, 'zh', titles));
    const recommendation = (id: string) =>
      rows.find((row) => row.id === id)?.cells.find((cell) => cell.column === 'recommendation')?.content;
    const guide = recommendation('http-client');
    assert.ok(guide?.kind === 'text');
    assert.deepEqual(guide.guide, { href: '/zh/scenarios/http-client/', text: 'zh:scenarios/http-client' });
    const none = recommendation('task-queue');
    assert.ok(none?.kind === 'text');
    assert.equal(none.guide, undefined);
  });

  it('builds the asyncio-vs-Tornado table with feature rows', () => {
    const table = buildFrameworkTable(
      frameworks.find((item) => item.id === 'asyncio-vs-tornado')!,
      'zh',
      titles,
    );
    assert.deepEqual(
      table.columns.map((column) => column.key),
      ['feature', 'asyncio', 'tornado'],
    );
    const loop = allRows(table).find((row) => row.id === 'event-loop');
    assert.equal(loop?.header.text, '事件循环');
    assert.match(loop?.search ?? '', /asyncio\.run\(main\(\)\)/);
  });

  it('gives every row a unique id, also across tables on the same page', () => {
    const ids = [
      ...allRows(buildLibrariesTable(libraries, 'en', titles)),
      ...frameworks.flatMap((table) => allRows(buildFrameworkTable(table, 'en', titles))),
    ].map((row) => row.id);
    const perTable = [
      allRows(buildLibrariesTable(libraries, 'en', titles)).map((row) => row.id),
      ...frameworks.map((table) => table.rows.map((row) => row.id)),
    ];
    for (const list of perTable) assert.equal(new Set(list).size, list.length);
    assert.equal(ids.length, 8);
  });
});
