import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HEADING_ID, scanHeadings } from './heading-ids.ts';
import { languages } from './i18n.ts';

/** One problem found in the content, with the file it is in. */
export interface ContentProblem {
  file: string;
  message: string;
}

function listPages(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /\.mdx?$/.test(entry))
    .map((entry) => entry.split(sep).join('/'))
    .sort();
}

/** Checks one page's headings: every h2/h3 has a valid explicit id, and no id repeats. */
export function checkHeadings(source: string, file: string): { ids: Set<string>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  for (const heading of scanHeadings(source)) {
    const where = `${file}:${heading.line}`;
    if (heading.id === undefined) {
      if (heading.depth === 2 || heading.depth === 3) {
        problems.push({
          file,
          message: `${where}: heading "${heading.text}" has no id; write it as "${'#'.repeat(heading.depth)} ${heading.text} {#some-id}".`,
        });
      }
      continue;
    }
    if (!HEADING_ID.test(heading.id)) {
      problems.push({
        file,
        message: `${where}: heading id "${heading.id}" must be lowercase ASCII words joined by hyphens.`,
      });
    } else if (ids.has(heading.id)) {
      problems.push({ file, message: `${where}: duplicate heading id "${heading.id}".` });
    }
    ids.add(heading.id);
  }
  return { ids, problems };
}

/**
 * Checks the docs tree: every page exists in every language under the same slug, headings carry
 * unique explicit ids, and both language versions of a page have the same set of ids.
 */
export function checkDocs(docsDir: string, displayRoot = docsDir): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pagesByLang = new Map(languages.map((lang) => [lang, new Set(listPages(join(docsDir, lang)))]));
  const allPages = new Set([...pagesByLang.values()].flatMap((pages) => [...pages]));
  const show = (path: string) => relative(displayRoot, path).split(sep).join('/') || path;

  for (const page of allPages) {
    const idSets: { file: string; ids: Set<string> }[] = [];
    for (const lang of languages) {
      const path = join(docsDir, lang, page);
      const file = show(path);
      if (!pagesByLang.get(lang)?.has(page)) {
        const present = languages.filter((other) => pagesByLang.get(other)?.has(page));
        problems.push({
          file,
          message: `${file} is missing: ${present.map((other) => show(join(docsDir, other, page))).join(', ')} has no ${lang} translation.`,
        });
        continue;
      }
      const result = checkHeadings(readFileSync(path, 'utf8'), file);
      problems.push(...result.problems);
      idSets.push({ file, ids: result.ids });
    }
    const [first, ...others] = idSets;
    for (const other of others) {
      if (!first) break;
      const missing = [...first.ids].filter((id) => !other.ids.has(id));
      const extra = [...other.ids].filter((id) => !first.ids.has(id));
      if (missing.length > 0 || extra.length > 0) {
        problems.push({
          file: other.file,
          message:
            `${other.file} and ${first.file} must have the same heading ids` +
            (missing.length > 0 ? `; only in ${first.file}: ${missing.join(', ')}` : '') +
            (extra.length > 0 ? `; only in ${other.file}: ${extra.join(', ')}` : '') +
            '.',
        });
      }
    }
  }
  return problems;
}

/** Formats problems as one error message for the build log. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return (
    `The guide's content has ${problems.length} problem(s):\n` +
    problems.map((problem) => `  - ${problem.message}`).join('\n')
  );
}
