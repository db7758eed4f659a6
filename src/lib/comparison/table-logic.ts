/**
 * Filtering, sorting and URL handling of comparison tables. Pure functions: the build uses them
 * to prepare search text, the browser script to react to the filter box and the column buttons.
 */

/** Lowercase, width-folded (ＲＥＤＩＳ → redis), single-spaced text for matching. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The words of a filter query; an empty query has none and matches every row. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/** True when every word of the query occurs in the row's search text (substring match, so 数据 finds 数据库). */
export function matchesQuery(search: string, query: string): boolean {
  const haystack = normalizeText(search);
  return queryTerms(query).every((term) => haystack.includes(term));
}

export type SortDirection = 'ascending' | 'descending';

/** Clicking a column: a new column starts ascending, the same column flips, a third click restores the original order. */
export function nextSort(
  current: { column: string; direction: SortDirection } | undefined,
  column: string,
): { column: string; direction: SortDirection } | undefined {
  if (!current || current.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : undefined;
}

/** Compares two sort values: numbers before text, numbers numerically, text with the language's collation. */
export function compareValues(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  // Empty cells (no guide page yet) go last whatever the direction.
  return collator.compare(a, b);
}

/**
 * Sorts rows by a value, stably: equal values keep their original order, and empty text stays at
 * the end in both directions, so "no page yet" never floats to the top.
 */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => string | number,
  direction: SortDirection,
  collator: Intl.Collator,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.key === '';
      const bEmpty = b.key === '';
      if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
      return sign * compareValues(a.key, b.key, collator) || a.index - b.index;
    })
    .map((item) => item.row);
}

/** A sort value read back from the page: `data-sort="2"` is the number 2, anything else text. */
export function parseSortValue(raw: string): string | number {
  return /^-?\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
}

/** The shared filter of a page, from its query string (`?filter=redis`). */
export function readFilterParam(search: string, name = 'filter'): string {
  return new URLSearchParams(search).get(name) ?? '';
}

/**
 * The URL of the current page with the filter in its query string (removed when empty), keeping
 * the other parameters and the hash, for `history.replaceState` and for sharing a filtered view.
 */
export function withFilterParam(href: string, query: string, name = 'filter'): string {
  const url = new URL(href);
  const value = query.trim();
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  return url.pathname + url.search + url.hash;
}
