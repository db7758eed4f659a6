/** The report's tables of static and first-visit figures: build, first visits, search and search bytes by part. */
import type { SearchRun } from './search.ts';
import type { SearchIndexSize } from './search-bytes.ts';
import { kb, ms, table } from './util.ts';

/** Pushes the build table of `result` (time, pages, search index) onto `out`. */
export function buildSection(result: Record<string, unknown>, out: string[]): void {
  const build = result['build'] as {
    seconds: number | null;
    pages: { total: number; zh: number; en: number };
    searchIndex: SearchIndexSize[];
  };
  out.push(
    table(
      [
        ['build time', build.seconds === null ? 'not built (--no-build)' : `${build.seconds.toFixed(1)} s`],
        ['pages', `${build.pages.total} (zh ${build.pages.zh}, en ${build.pages.en})`],
        ...build.searchIndex.map((size) => [
          `search index ${size.lang}`,
          `${kb(size.index)} index + ${kb(size.fragments)} fragments + ${kb(size.wasm)} wasm, ${size.pages} pages, ${size.files} files`,
        ]),
      ],
      ['build', ''],
    ),
  );
}

/** Pushes the first-visit table of `result` onto `out`, if visits were measured. */
export function visitSection(result: Record<string, unknown>, out: string[]): void {
  const visits = result['firstVisit'] as Record<
    string,
    { median: Record<string, number | null>; static: Record<string, number> | null; errors: string[] }
  >;
  if (Object.keys(visits).length) {
    out.push('\nFirst visit (compressed bytes, measured in Chromium; static = computed from dist/ like npm test)');
    out.push(
      table(
        Object.entries(visits).map(([page, visit]) => [
          page,
          kb(visit.median['html']),
          kb(visit.median['css']),
          kb(visit.median['js']),
          kb(visit.median['font']),
          kb(visit.median['other']),
          kb(visit.median['total']),
          visit.static ? kb(visit.static['total']) : 'missing',
          kb(visit.median['jsBeforeInteraction']),
          visit.static ? kb(visit.static['jsBeforeInteraction']) : '—',
          ms(visit.median['lcp']),
          ms(visit.median['tbt']),
          String(visit.median['requests'] ?? '—'),
          visit.errors.length ? `${visit.errors.length} failed: ${visit.errors[0]}` : '',
        ]),
        [
          'page',
          'HTML',
          'CSS',
          'JS',
          'fonts',
          'other',
          'H+C+J',
          'static',
          'JS before int.',
          'static+inline',
          'LCP',
          'TBT',
          'requests',
          'errors',
        ],
      ),
    );
  }
}

/** Pushes the search tables of `result` (latency and bytes, then bytes by part) onto `out`, if searches ran. */
export function searchSections(result: Record<string, unknown>, out: string[]): void {
  const searches = result['search'] as Record<
    string,
    Record<
      string,
      { median: Record<string, number | null>; staticBytes: number | null; errors: string[]; runs: SearchRun[] }
    >
  >;
  if (Object.keys(searches).length) {
    out.push(
      '\nSearch (typed at 100 ms a character into a just-opened dialog: last keystroke → first results; bytes from /)',
    );
    out.push(
      table(
        Object.entries(searches).flatMap(([lang, queries]) =>
          Object.entries(queries).map(([query, search]) => [
            lang,
            query,
            ms(search.median['coldMs']),
            ms(search.median['warmMs']),
            kb(search.median['bytes']),
            kb(search.staticBytes),
            String(search.median['results'] ?? '—'),
            search.errors.length ? `${search.errors.length} failed: ${search.errors[0]}` : '',
          ]),
        ),
        ['lang', 'query', 'cold', 'warm', 'first-search bytes', 'static', 'results', 'errors'],
      ),
    );
  }

  if (Object.keys(searches).length) {
    // What the first search downloads, by part (first run of each query).
    const part = (path: string) =>
      /\.m?js$/.test(path)
        ? 'JS'
        : /\.pagefind$|\.wasm$/.test(path)
          ? 'wasm'
          : /pf_fragment$/.test(path)
            ? 'fragments'
            : /pf_index$|pf_meta$|pf_filter$|entry\.json$/.test(path)
              ? 'index'
              : 'other';
    const rows: string[][] = [];
    for (const [lang, queries] of Object.entries(searches)) {
      for (const [query, search] of Object.entries(queries)) {
        const files = search.runs[0]?.files ?? [];
        const sums = new Map<string, { bytes: number; count: number }>();
        for (const file of files) {
          const entry = sums.get(part(file.path)) ?? { bytes: 0, count: 0 };
          entry.bytes += file.bytes;
          entry.count += 1;
          sums.set(part(file.path), entry);
        }
        const cell = (name: string) => {
          const entry = sums.get(name);
          return entry ? `${kb(entry.bytes)} (${entry.count})` : '—';
        };
        const lastAt = files.reduce((max, file) => Math.max(max, file.at), 0);
        rows.push([lang, query, cell('JS'), cell('wasm'), cell('index'), cell('fragments'), cell('other'), ms(lastAt)]);
      }
    }
    out.push('\nFirst search bytes by part (first run; files in brackets; last download after the / key)');
    out.push(table(rows, ['lang', 'query', 'pagefind JS', 'wasm', 'index', 'fragments', 'other', 'last file at']));
  }
}
