/**
 * The comparison-table data files (content/data/*.yaml): parsed once, validated once against their
 * schema, each problem named by file, entry and field, then stored in the content collection.
 * Astro's `file()` loader would only log a duplicate id and swallow YAML errors, so this replaces it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { scanHeadings } from '../heading-ids.ts';
import { languages } from '../i18n.ts';
import { issuePath } from '../zod-issues.ts';

/** One problem in a data file, naming the file and the entry it is in. */
export interface DataProblem {
  file: string;
  entry: string;
  message: string;
}

/** Says why a guide link is dead, or returns undefined when the page (and heading) exist. */
export type LinkChecker = (link: string) => string | undefined;

/** The entry's id for messages: its `id` when it has one, else its position. */
function entryLabel(item: unknown, index: number): string {
  const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? `"${id}"` : `#${index + 1} (no id)`;
}

/** Turns one Zod issue into a sentence an author can act on. */
function describeIssue(item: unknown, issue: z.core.$ZodIssue): string {
  const where = issuePath(item, issue.path);
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
    key === 'guide' && typeof value === 'string'
      ? [{ path: [...path, key], link: value }]
      : collectGuideLinks(value, [...path, key]),
  );
}

/** One valid entry of a data file, with its index in the file (the data store sorts by id). */
export interface DataEntry<T> {
  id: string;
  data: T;
  position: number;
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
  return readDataEntries(file, data, schema, checkLink).problems;
}

/** Validates a parsed data file once: the schema's output for each entry, or every problem found. */
export function readDataEntries<T>(
  file: string,
  data: unknown,
  schema: z.ZodType<T>,
  checkLink: LinkChecker,
): { entries: DataEntry<T>[]; problems: DataProblem[] } {
  if (!Array.isArray(data)) {
    return {
      entries: [],
      problems: [{ file, entry: '(file)', message: 'must be a YAML list of entries, each with an "id"' }],
    };
  }
  const problems: DataProblem[] = [];
  const entries: DataEntry<T>[] = [];
  const seen = new Map<string, number>();
  data.forEach((item, index) => {
    const entry = entryLabel(item, index);
    const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
    if (typeof id === 'string' && id !== '') {
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          file,
          entry,
          message: `duplicate id "${id}": entries ${first + 1} and ${index + 1} both use it`,
        });
      } else {
        seen.set(id, index);
      }
    }
    const result = schema.safeParse(item);
    if (result.success && typeof id === 'string') {
      entries.push({ id, data: result.data, position: index });
    } else if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, entry, message: describeIssue(item, issue) });
    }
    for (const { path, link } of collectGuideLinks(item)) {
      const dead = checkLink(link);
      if (dead) problems.push({ file, entry, message: `${dead} (at ${issuePath(item, path)})` });
    }
  });
  return { entries, problems };
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
      if (!ids.has(fragment))
        return `links to "${link}", but content/docs/${lang}/${slug}.mdx has no heading {#${fragment}}`;
    }
    return undefined;
  };
}

/**
 * A content-collection loader for one data file. Every entry gets `position`, its index in the file,
 * so the collection's schema must accept it (the file itself may not set it: the entry schema is strict).
 */
export function checkedDataFile(fileName: string, schema: z.ZodType, contentDir: string): Loader {
  return {
    name: 'guide-data-file',
    load: async ({ config, store, logger, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const path = resolve(root, fileName);
      const sync = () => {
        store.clear();
        if (!existsSync(path)) {
          // A content folder without data (a test fixture) still builds; <ComparisonTable> then fails
          // on the page that asks for the missing table.
          logger.warn(`${fileName} does not exist; its comparison tables are empty.`);
          return;
        }
        let data: unknown;
        try {
          // `yaml` rejects duplicate mapping keys, which would otherwise silently keep the last value.
          data = parse(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
        } catch (error) {
          throw new Error(`${fileName} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
        const checkLink = guidePageChecker(resolve(root, contentDir, 'docs'));
        // While pages are still being written, GUIDE_ALLOW_MISSING_PAGES=1 turns dead guide links into
        // warnings; every other problem, and every link in a normal build, stops the build.
        const lenient = process.env['GUIDE_ALLOW_MISSING_PAGES'] === '1';
        const { entries, problems } = readDataEntries(fileName, data, schema, lenient ? () => undefined : checkLink);
        if (problems.length > 0) throw new Error(formatDataProblems(problems));
        if (lenient) {
          const dead = validateDataEntries(fileName, data, schema, checkLink);
          if (dead.length > 0) logger.warn(formatDataProblems(dead));
        }
        for (const entry of entries) {
          const stored = { ...(entry.data as Record<string, unknown>), position: entry.position };
          store.set({ id: entry.id, data: stored, digest: generateDigest(stored), filePath: fileName });
        }
      };
      sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync();
      });
    },
  };
}
