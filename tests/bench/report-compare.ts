/** The bench's comparison with an earlier run: the headline figures of two results and the table of changes. */
import { categories } from './lighthouse.ts';
import type { RunResult } from './report.ts';
import type { SearchIndexSize } from './search-bytes.ts';
import { table } from './util.ts';

/** The headline figures of a result as a flat map, for comparing two runs. */
export function headline(result: Record<string, unknown>): Map<string, number> {
  const figures = new Map<string, number>();
  const put = (key: string, value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) figures.set(key, value);
  };
  const build = result['build'] as
    { seconds: number | null; pages: { total: number }; searchIndex: SearchIndexSize[] } | undefined;
  put('build time (s)', build?.seconds);
  put('pages', build?.pages.total);
  for (const size of build?.searchIndex ?? []) put(`search index ${size.lang} (bytes)`, size.index + size.fragments);
  for (const [page, visit] of Object.entries(
    (result['firstVisit'] ?? {}) as Record<string, { median: Record<string, number | null> }>,
  )) {
    for (const key of ['total', 'jsBeforeInteraction', 'font', 'lcp', 'tbt']) put(`${page} ${key}`, visit.median[key]);
  }
  for (const [lang, queries] of Object.entries(
    (result['search'] ?? {}) as Record<string, Record<string, { median: Record<string, number | null> }>>,
  )) {
    for (const [query, search] of Object.entries(queries)) {
      for (const key of ['coldMs', 'warmMs', 'bytes']) put(`search ${lang} “${query}” ${key}`, search.median[key]);
    }
  }
  const run = result['run'] as RunResult | null | undefined;
  for (const [variant, entry] of Object.entries(run?.variants ?? {})) {
    for (const key of ['firstOutputMs', 'finishedMs', 'bytes']) put(`Run ${variant} ${key}`, entry.median[key]);
  }
  for (const [page, lighthouse] of Object.entries(
    (result['lighthouse'] ?? {}) as Record<string, { median: Record<string, number | null> }>,
  )) {
    for (const id of categories) put(`Lighthouse ${page} ${id}`, lighthouse.median[id]);
  }
  return figures;
}

/** Pushes the table of changes from `previous` (read from `previousFile`) to `result` onto `out`. */
export function comparisonSection(
  result: Record<string, unknown>,
  previous: Record<string, unknown>,
  previousFile: string,
  root: string,
  out: string[],
): void {
  const before = headline(previous);
  const now = headline(result);
  const rows: string[][] = [];
  for (const [key, value] of now) {
    const old = before.get(key);
    if (old === undefined) continue;
    const delta = value - old;
    const percent = old === 0 ? (delta === 0 ? 0 : Infinity) : (delta / old) * 100;
    rows.push([
      key,
      String(Math.round(old * 10) / 10),
      String(Math.round(value * 10) / 10),
      `${delta >= 0 ? '+' : ''}${Math.round(delta * 10) / 10}`,
      Number.isFinite(percent) ? `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}%` : 'new',
    ]);
  }
  out.push(`\nCompared with ${previousFile.replace(root, '')} (${String(previous['date'])})`);
  out.push(rows.length ? table(rows, ['figure', 'before', 'now', 'change', '%']) : '(no common figures)');
}
