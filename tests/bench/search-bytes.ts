/**
 * What the first search for a query downloads (the site's Pagefind run in Node against dist/pagefind/) and
 * the size of the search index per language, computed from the files of a build without a browser.
 * Used by tests/site/budgets.test.ts (the budgets `npm test` enforces) and by tests/bench/run.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindInitOptions, pagefindSettings, searchPageSize } from '../../src/lib/search.ts';
import { distFile, pageOrigin, servedSize } from './page-bytes.ts';

/** Pagefind's files for one language, bytes on disk (Pagefind already gzips them; hosts send them as they are). */
export interface SearchIndexSize {
  lang: string;
  pages: number;
  /** pf_meta + index chunks (+ filters): what searches load from. */
  index: number;
  /** Per-page fragments (excerpts, titles): one per result shown. */
  fragments: number;
  /** The language's WebAssembly. */
  wasm: number;
  files: number;
}

/** Search index size per language, from dist/pagefind/pagefind-entry.json. */
export function searchIndexSizes(distDir: string): SearchIndexSize[] {
  const dir = join(distDir, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`${entryFile} is missing: Pagefind did not run (npm run build runs it).`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const sumDir = (sub: string, lang: string) => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return { bytes: 0, files: 0 };
    const files = readdirSync(folder).filter((name) => name.startsWith(`${lang}_`));
    return { bytes: files.reduce((sum, name) => sum + sizeOf(join(folder, name)), 0), files: files.length };
  };
  return Object.entries(entry.languages).map(([lang, info]) => {
    const index = sumDir('index', lang);
    const filter = sumDir('filter', lang);
    const fragment = sumDir('fragment', lang);
    return {
      lang,
      pages: info.page_count,
      index: sizeOf(join(dir, `pagefind.${info.hash}.pf_meta`)) + index.bytes + filter.bytes,
      fragments: fragment.bytes,
      wasm: sizeOf(join(dir, `wasm.${info.wasm ?? 'unknown'}.pagefind`)),
      files: 1 + index.files + filter.files + fragment.files,
    };
  });
}

/** What a first search downloaded: its files, their bytes as served, and the number of results. */
export interface SearchDownload {
  query: string;
  lang: string;
  results: number;
  /** Bytes as served for the whole first search, including pagefind.js and its worker. */
  bytes: number;
  files: { path: string; bytes: number }[];
}

let searchCount = 0;

interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy(): Promise<void>;
}
interface PagefindApi {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** How many results the search dialog loads the data (fragment) of at first: `searchPageSize`. */
export function resultsLoaded(): number {
  return searchPageSize;
}

/**
 * What the first search for `query` on a page in `htmlLang` downloads: the site's Pagefind run in Node
 * against dist/pagefind/ with fetch answered from the files, loading the data of as many results as the
 * search dialog does (resultsLoaded()). Adds pagefind.js (imported on intent) and, when Pagefind uses
 * one in browsers, pagefind-worker.js. Deterministic: no browser, no timing.
 */
export async function firstSearch(
  distDir: string,
  htmlLang: string,
  query: string,
  shown = resultsLoaded(),
): Promise<SearchDownload> {
  const pagefindJs = join(distDir, 'pagefind', 'pagefind.js');
  if (!existsSync(pagefindJs))
    throw new Error(`${pagefindJs} is missing: Pagefind did not run (npm run build runs it).`);
  const fetched = new Map<string, number>();
  const record = (path: string) => {
    const file = distFile(distDir, path);
    if (!file) throw new Error(`Pagefind asked for ${path}, which dist/ does not have`);
    // serve-dist compresses by type: .pf_* and .pagefind (already gzipped) go out as they are.
    if (!fetched.has(path)) fetched.set(path, servedSize(file).bytes);
    return file;
  };
  record('/pagefind/pagefind.js');
  const source = readFileSync(pagefindJs, 'utf8');
  const usesWorker: boolean = !pagefindInitOptions.noWorker;
  if (usesWorker && /typeof Worker\s*!==?\s*["']undefined["']/.test(source)) {
    record('/pagefind/pagefind-worker.js');
  }

  const globals = globalThis as unknown as Record<string, unknown>;
  const savedFetch = globalThis.fetch;
  const hadDocument = 'document' in globals;
  const savedDocument = globals['document'];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), pageOrigin);
    const file = record(url.pathname);
    const type = /\.(pagefind|wasm)$/.test(url.pathname) ? 'application/wasm' : 'application/octet-stream';
    return new Response(readFileSync(file), { status: 200, headers: { 'Content-Type': type } });
  }) as typeof fetch;
  // Pagefind picks the index from <html lang>; a document stand-in with no window keeps it on the main thread.
  globals['document'] = { querySelector: () => ({ getAttribute: () => htmlLang }), currentScript: null };
  try {
    // A fresh module instance per search: Pagefind keeps state at module level, and a first search must
    // not reuse what an earlier one loaded.
    const api = (await import(`${pathToFileURL(pagefindJs).href}?search=${++searchCount}`)) as PagefindApi;
    const instance = api.createInstance({ basePath: '/pagefind/', ...pagefindInitOptions });
    await instance.options(pagefindSettings);
    const search = await instance.search(query);
    await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    await instance.destroy();
    const files = [...fetched].map(([path, bytes]) => ({ path, bytes }));
    return {
      query,
      lang: htmlLang,
      results: search.results.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      files,
    };
  } finally {
    globalThis.fetch = savedFetch;
    if (hadDocument) globals['document'] = savedDocument;
    else delete globals['document'];
  }
}
