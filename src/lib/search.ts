/**
 * Pagefind settings shared by the site's search and the tests that run Pagefind in Node, so both rank
 * alike. `metaWeights` lifts a page whose title or frontmatter keywords (`data-pagefind-meta`) match
 * above pages that only mention the words; `noWorker` keeps the search on the main thread, which saves
 * downloading pagefind-worker.js (12 KB) for an index this small.
 */
export const pagefindSettings = {
  excerptLength: 30,
  // termFrequency 0 scores a page by where the words are (title, headings, keywords) more than by how
  // often they repeat: Chinese is indexed in short segments (协程 as 协 + 程) that long pages repeat.
  ranking: { termFrequency: 0, metaWeights: { title: 8, keywords: 10 } },
} as const;

/** Pagefind's init options (given before `init`). */
export const pagefindInitOptions = { noWorker: true } as const;

/** How many pages of results are loaded at a time; each costs a fragment download (about 4 KB). */
export const searchPageSize = 6;

/** Longest query passed to Pagefind: a pasted traceback is cut, not searched whole. */
export const maxQueryLength = 200;

/**
 * The query Pagefind receives: trimmed, whitespace collapsed, at most `maxQueryLength` characters, and
 * empty when it holds no letter or digit (punctuation alone matches nothing useful).
 */
export function cleanQuery(raw: string): string {
  const query = raw.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : '';
}

/** English words that shape a question but name nothing a page is about. */
const englishQuestionWords = new Set(
  'a an the what which is are was how do does did why can i should to of in my'.split(' '),
);
/** Chinese question words, with the 是 that usually joins them to the topic. */
const chineseQuestionWords = /(?:什么是|是什么|是怎么|是如何|为什么|为何|怎么|怎样|如何|什么)|[的吗呢]$/g;

/**
 * The words worth searching for in a question. Pagefind returns only pages holding every word of a
 * query, so "what is a coroutine" or 什么是协程 would miss pages that never say "what" or 什么; the
 * question words go, unless nothing else is left.
 */
export function searchTerms(query: string): string {
  const kept = query
    .replace(chineseQuestionWords, ' ')
    .split(' ')
    .filter((word) => word && !englishQuestionWords.has(word.toLowerCase()))
    .join(' ');
  return kept.trim() ? kept.trim() : query;
}

/**
 * Joins marks that touch: Pagefind segments Chinese into short words and marks each one, so 协程 came
 * out as <mark>协</mark><mark>程</mark>; one mark per run reads as the whole term.
 */
export function joinMarks(excerpt: string): string {
  return excerpt.replace(/<\/mark><mark>/g, '');
}

/**
 * Runs `search` for the words of `query` worth searching (searchTerms), then, while nothing is found,
 * for shorter forms of it (fallbackQueries). Returns the query that answered and its result; null when
 * `search` returned null (a newer query superseded this one).
 */
export async function searchWithFallback<R extends { results: readonly unknown[] }>(
  search: (query: string) => Promise<R | null>,
  query: string,
): Promise<{ query: string; result: R } | null> {
  const terms = searchTerms(query);
  const result = await search(terms);
  if (!result) return null;
  if (result.results.length > 0) return { query: terms, result };
  for (const shorter of fallbackQueries(terms)) {
    const next = await search(shorter);
    if (!next) return null;
    if (next.results.length > 0) return { query: shorter, result: next };
  }
  return { query: terms, result };
}

/** The fields of a Pagefind result that the search UI shows. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string } | undefined;
}
/** An element with an id in a page, as Pagefind records it (headings, table rows, …). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; keywords?: string };
  sub_results?: PagefindSubResult[];
  anchors?: PagefindAnchor[];
  /** Word positions of the matches in the page. */
  locations?: number[];
}

/**
 * The table rows (elements `tr` with an id) that contain a match. Pagefind makes sub-results only
 * for headings, so a hit in a comparison table row would otherwise land at the table's heading.
 */
export function matchedRows(result: PagefindResultData): { id: string; text: string }[] {
  const anchors = [...(result.anchors ?? [])].sort((a, b) => a.location - b.location);
  const rows = new Map<string, string>();
  for (const location of result.locations ?? []) {
    const anchor = anchors.filter((candidate) => candidate.location <= location).at(-1);
    if (anchor?.element === 'tr' && !rows.has(anchor.id)) {
      // A row whose text Pagefind did not keep is named by its id, so no result row is ever blank.
      rows.set(anchor.id, (anchor.text?.trim() || anchor.id).slice(0, 80));
    }
  }
  return [...rows].map(([id, text]) => ({ id, text }));
}

/**
 * Drops a copy of `title` that opens an excerpt: Pagefind's excerpt of a page or section often starts
 * with its heading ("事件循环是什么. 可以把…"), which the row already shows above it. Tags are kept.
 */
export function dropLeadingTitle(excerpt: string, title: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  const heading = title.trim();
  if (!heading || !plain.startsWith(heading)) return excerpt;
  const rest = plain.slice(heading.length);
  const separator = /^[.。:：]?\s*/.exec(rest)?.[0] ?? '';
  if (rest.length === separator.length) return excerpt;
  // Walk the excerpt, skipping tags, until as many characters as the title and its separator are passed.
  let seen = 0;
  let index = 0;
  const skip = heading.length + separator.length;
  while (index < excerpt.length && seen < skip) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(index));
    if (tag) index += tag[0].length;
    else {
      index += 1;
      seen += 1;
    }
  }
  const cut = excerpt.slice(index);
  // A mark opened inside the dropped part is reopened, and a closing tag left first is dropped.
  const opened = (excerpt.slice(0, index).match(/<mark>/g) ?? []).length;
  const closed = (excerpt.slice(0, index).match(/<\/mark>/g) ?? []).length;
  return opened > closed ? `<mark>${cut}` : cut.replace(/^<\/mark>/, '');
}

/** One row of the results list: a page, or a section of the page above it. */
export interface SearchRow {
  kind: 'page' | 'section';
  title: string;
  url: string;
  excerpt: string;
}

/** Adds `?highlight=<query>` before the hash so the target page can mark the search terms. */
export function withHighlight(url: string, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return url;
  const hashIndex = url.indexOf('#');
  const base = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const hash = hashIndex === -1 ? '' : url.slice(hashIndex);
  if (/[?&]highlight=/.test(base)) return url;
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}highlight=${encodeURIComponent(trimmed)}${hash}`;
}

/** The keywords a page lists in its frontmatter, as Pagefind returns them (`meta.keywords`, comma-separated). */
export function pageKeywords(meta: { keywords?: string }): string[] {
  return (meta.keywords ?? '')
    .split(',')
    .map((keyword) => compact(keyword))
    .filter(Boolean);
}

/** Lower case without spaces, to compare a query with a keyword however either was segmented. */
function compact(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

const hanRun = /\p{Script=Han}/u;

/**
 * The `data-pagefind-meta` value for a page's keywords. Pagefind splits metadata at spaces only, while
 * it segments a Chinese query into words (超时控制 → 超时 + 控制), so a Chinese keyword is written out
 * segmented too (Intl.Segmenter's dictionary), or it could never match.
 */
export function keywordsMeta(keywords: readonly string[]): string {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return keywords
    .map((keyword) => {
      if (!hanRun.test(keyword)) return keyword;
      const words = [...segmenter.segment(keyword)].map((part) => part.segment.trim()).filter(Boolean);
      return words.join(' ');
    })
    .join(', ');
}

/**
 * Shorter queries to try when every word together finds nothing (Pagefind returns only pages holding
 * all the words): the query without its last word, then without its first, and so on.
 */
export function fallbackQueries(query: string): string[] {
  const words = query.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const tries = words.map((_, index) => words.filter((__, other) => other !== words.length - 1 - index).join(' '));
  return [...new Set(tries)];
}

/**
 * Moves results whose title or keywords name the query ahead of the rest, keeping Pagefind's order
 * otherwise. Pagefind splits Chinese terms that its dictionary lacks (协程 becomes 协 + 程), so its score
 * alone can rank a page about 线程 and 进程 above the page titled 协程; the title is the better signal.
 * A title's main part (before a colon) naming the query, or a keyword equal to it, ranks first; a title
 * naming it anywhere, or a keyword the query contains (超时控制 holds the keyword 超时), next.
 */
export function rankByTitle<T extends { meta: { title?: string; keywords?: string } }>(
  results: readonly T[],
  query: string,
): T[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const whole = compact(query);
  if (terms.length === 0) return [...results];
  const tier = (result: T): number => {
    const title = (result.meta.title ?? '').toLowerCase();
    const main = title.split(/[:：]/)[0] ?? title;
    const keywords = pageKeywords(result.meta);
    if (terms.every((term) => main.includes(term)) || keywords.includes(whole)) return 0;
    if (terms.every((term) => title.includes(term))) return 1;
    if (keywords.some((keyword) => keyword.length >= 2 && whole.includes(keyword))) return 1;
    return 2;
  };
  return results
    .map((result, index) => ({ result, index, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.result);
}

/** Flattens Pagefind results into rows: each page, then up to `maxSections` of its matching sections. */
export function toSearchRows(results: readonly PagefindResultData[], query: string, maxSections = 3): SearchRow[] {
  const rows: SearchRow[] = [];
  for (const result of results) {
    const title = result.meta.title ?? result.url;
    rows.push({
      kind: 'page',
      title,
      url: withHighlight(result.url, query),
      excerpt: dropLeadingTitle(result.excerpt, title),
    });
    const base = result.url.split('#')[0] ?? result.url;
    const tableRows = matchedRows(result).map((row) => ({ title: row.text, url: `${base}#${row.id}`, excerpt: '' }));
    const sections = (result.sub_results ?? []).filter(
      (sub) => sub.url.includes('#') && sub.title.trim() !== '' && sub.title !== title,
    );
    for (const sub of [...tableRows, ...sections].slice(0, maxSections)) {
      const excerpt = dropLeadingTitle(sub.excerpt, sub.title);
      rows.push({ kind: 'section', title: sub.title, url: withHighlight(sub.url, query), excerpt });
    }
  }
  return rows;
}

/** Moves the active row with the arrow keys, wrapping around; -1 means none is active. */
export function moveActive(current: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current === -1) return delta === 1 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** The subset of a keyboard event that decides whether it opens search. */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  typing: boolean;
}

/** `/` (when not typing in a field) and Ctrl/⌘+K open search. */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.typing;
}

/**
 * Keeps Pagefind's excerpt markup to the `<mark>` tags it adds: everything else is escaped again,
 * so text that looks like HTML in a page can never become markup in the results.
 */
export function safeExcerpt(excerpt: string): string {
  return joinMarks(excerpt)
    .replace(/<(?!\/?mark>)/g, '&lt;')
    .replace(/(?<!<\/?mark)>/g, '&gt;');
}
