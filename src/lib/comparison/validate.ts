import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { scanHeadings } from '../heading-ids.ts';
import { languages } from '../i18n.ts';

/** One problem in a data file, naming the file and the entry it is in. */
export interface DataProblem {
  file: string;
  entry: string;
  message: string;
}

/** Says why a guide link is dead, or returns undefined when the page (and heading) exist. */
export type LinkChecker = (link: string) => string | undefined;

type Path = readonly PropertyKey[];

/** The entry's id for messages: its `id` when it has one, else its position. */
function entryLabel(item: unknown, index: number): string {
  const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `"${id}"` : `#${index + 1} (no id)`;
}

/** `rows.2.http2.support` → `rows[2] "fastapi" › http2.support`, so a nested row is findable too. */
function describePath(item: unknown, path: Path): string {
  const parts: string[] = [];
  let node: unknown = item;
  for (const key of path) {
    const next = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = next !== null && typeof next === 'object' ? (next as Record<string, unknown>)['id'] : undefined;
      parts.push(`[${key}]${typeof id === 'string' ? ` "${id}"` : ''}`);
    } else {
      parts.push(`${parts.length > 0 ? '.' : ''}${String(key)}`);
    }
    node = next;
  }
  return parts.join('');
}

/** Turns one Zod issue into a sentence an author can act on. */
function describeIssue(item: unknown, issue: z.core.$ZodIssue): string {
  const where = describePath(item, issue.path);
  const at = where ? ` at ${where}` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}${at}`;
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return `missing field${at}`;
  }
  return `${issue.message}${at}`;
}

/** Every `guide` value in an entry, with where it is, for the dead-link check. */
function collectGuideLinks(node: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; link: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => collectGuideLinks(child, [...path, index]));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'guide' && typeof value === 'string' ? [{ path: [...path, key], link: value }] : collectGuideLinks(value, [...path, key]),
  );
}

/**
 * Checks a parsed data file: it is a list of entries, each has an id that no other entry uses,
 * matches the schema (no unknown key, no missing field) and links only to guide pages that exist.
 */
export function validateDataEntries(
  file: string,
  data: unknown,
  schema: z.ZodType,
  checkLink: LinkChecker,
): DataProblem[] {
  if (!Array.isArray(data)) {
    return [{ file, entry: '(file)', message: 'must be a YAML list of entries, each with an "id"' }];
  }
  const problems: DataProblem[] = [];
  const seen = new Map<string, number>();
  data.forEach((item, index) => {
    const entry = entryLabel(item, index);
    const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
    if (typeof id === 'string' && id !== '') {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({ file, entry, message: `duplicate id "${id}": entries ${first + 1} and ${index + 1} both use it` });
      } else {
        seen.set(id, index);
      }
    }
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, entry, message: describeIssue(item, issue) });
    }
    for (const { path, link } of collectGuideLinks(item)) {
      const dead = checkLink(link);
      if (dead) problems.push({ file, entry, message: `${dead} (at ${describePath(item, path)})` });
    }
  });
  return problems;
}

/** Formats problems as one build error: `content/data/libraries.yaml → entry "redis": unknown key "sinc"`. */
export function formatDataProblems(problems: readonly DataProblem[]): string {
  return (
    `The comparison-table data has ${problems.length} problem(s):\n` +
    problems.map((problem) => `  - ${problem.file} → entry ${problem.entry}: ${problem.message}`).join('\n')
  );
}

/**
 * A link checker over a docs folder (`content/docs`): the slug must exist as a page in every
 * language, and a `#fragment` must be the explicit id of one of its headings.
 */
export function guidePageChecker(docsDir: string): LinkChecker {
  const headingCache = new Map<string, Set<string>>();
  const findPage = (lang: string, slug: string) =>
    ['.mdx', '.md'].map((ext) => join(docsDir, lang, `${slug}${ext}`)).find((path) => existsSync(path));
  return (link) => {
    const [slug = '', fragment] = link.split('#');
    for (const lang of languages) {
      const page = findPage(lang, slug);
      if (!page) return `links to the guide page "${link}", but content/docs/${lang}/${slug}.mdx does not exist`;
      if (fragment === undefined) continue;
      let ids = headingCache.get(page);
      if (!ids) {
        ids = new Set(scanHeadings(readFileSync(page, 'utf8')).flatMap((heading) => (heading.id ? [heading.id] : [])));
        headingCache.set(page, ids);
      }
      if (!ids.has(fragment)) return `links to "${link}", but content/docs/${lang}/${slug}.mdx has no heading {#${fragment}}`;
    }
    return undefined;
  };
}
