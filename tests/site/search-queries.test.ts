/**
 * The query test set (tests/search/queries.{zh,en}.yaml) against the built index: the site's own
 * Pagefind runs in Node on dist/pagefind/ with the site's settings and reordering (src/lib/search.ts),
 * and each query must show one of its expected pages among the first three results.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import {
  cleanQuery,
  pagefindInitOptions,
  pagefindSettings,
  rankByTitle,
  searchPageSize,
  searchWithFallback,
} from '../../src/lib/search.ts';
import type { PagefindResultData } from '../../src/lib/search.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');

interface Query {
  q: string;
  expect: string[];
}
interface Instance {
  options(options: object): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Loads a query file and checks its shape, so a typo in the set fails loudly. */
function loadQueries(lang: string): Query[] {
  const file = join(root, 'tests', 'search', `queries.${lang}.yaml`);
  const queries = parse(readFileSync(file, 'utf8')) as Query[];
  for (const query of queries) {
    assert.ok(
      typeof query.q === 'string' && Array.isArray(query.expect),
      `${file}: bad entry ${JSON.stringify(query)}`,
    );
  }
  return queries;
}

/** A Pagefind instance for `htmlLang`, reading dist/ through a stubbed fetch (Node has no page to serve it). */
async function pagefindFor(htmlLang: string): Promise<Instance> {
  const globals = globalThis as unknown as Record<string, unknown>;
  globals['document'] = { querySelector: () => ({ getAttribute: () => htmlLang }), currentScript: null };
  globalThis.fetch = (async (input: string | URL | Request) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://site').pathname;
    return new Response(readFileSync(join(dist, path)));
  }) as typeof fetch;
  const href = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?lang=${htmlLang}`;
  const api = (await import(href)) as { createInstance(options: object): Instance };
  const instance = api.createInstance({ basePath: '/pagefind/', ...pagefindInitOptions });
  await instance.options(pagefindSettings);
  return instance;
}

/** The page paths the dialog shows first for `raw`, in its order. */
async function topPages(pagefind: Instance, raw: string, lang: string): Promise<string[]> {
  const answer = await searchWithFallback((terms) => pagefind.search(terms), cleanQuery(raw));
  if (!answer) return [];
  const data = await Promise.all(answer.result.results.slice(0, searchPageSize).map((result) => result.data()));
  return rankByTitle(data, answer.query).map((result) => result.url.replace(`/${lang}/`, '').replace(/\/$/, ''));
}

for (const [lang, htmlLang] of [
  ['zh', 'zh-CN'],
  ['en', 'en'],
] as const) {
  describe(`search ranking (${lang})`, () => {
    const queries = loadQueries(lang);
    test(`the set holds at least 40 queries`, () => assert.ok(queries.length >= 40, `${queries.length} queries`));
    test('every query finds an expected page in the top 3', async () => {
      const pagefind = await pagefindFor(htmlLang);
      const misses: string[] = [];
      for (const query of queries) {
        const top = (await topPages(pagefind, query.q, lang)).slice(0, 3);
        if (!query.expect.some((slug) => top.includes(slug))) {
          misses.push(`${query.q} → [${top.join(', ')}], expected one of [${query.expect.join(', ')}]`);
        }
      }
      assert.deepEqual(misses, [], `${misses.length} of ${queries.length} queries miss:\n${misses.join('\n')}`);
    });
  });
}

describe('what the index leaves out', () => {
  test("a timeline's caption, legend and text table are not indexed, in either language", async () => {
    for (const [lang, htmlLang, query] of [
      ['zh', 'zh-CN', '信号量'],
      ['en', 'en', 'semaphore'],
    ] as const) {
      const pagefind = await pagefindFor(htmlLang);
      const { results } = await pagefind.search(query);
      // Pagefind's result data also carries the page's indexed text, which the site's own type leaves out.
      const data = (await Promise.all(results.map((result) => result.data()))) as (PagefindResultData & {
        content: string;
      })[];
      const page = data.find((result) => result.url === `/${lang}/apis/synchronization/`);
      assert.ok(page, `${query} finds /${lang}/apis/synchronization/`);
      // The file name is in the timeline's caption and in code, both left out; the prose never names it.
      assert.doesNotMatch(page.content, /semaphore_limit/, `/${lang}/apis/synchronization/ indexes its timeline`);
    }
  });
});
