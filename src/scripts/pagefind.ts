import { pagefindInitOptions, pagefindSettings } from '../lib/search.ts';
import type { PagefindResultData } from '../lib/search.ts';

/** A finished Pagefind search: every matching page, each with its data loaded on demand. */
export interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<PagefindSearch | null>;
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Loads Pagefind once, on the reader's first sign of intent; a reading page downloads no search code
 * before that. Pagefind picks the index of the page's `<html lang>`, so zh pages search zh.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Options given before init reach Pagefind's constructor (noWorker among them).
    await pagefind.options({ ...pagefindInitOptions, ...pagefindSettings });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Marks the search terms on a page reached from a search result (`?highlight=…`). */
export async function highlightFromUrl(): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = '/pagefind/pagefind-highlight.js';
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; markOptions?: object }) => unknown;
  };
  new module.default({
    highlightParam: 'highlight',
    markOptions: { exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
}
