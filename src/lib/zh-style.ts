import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import type { BannedVariant, StyleTerm } from './zh-style-terms.ts';

/** One finding of the style check, with the file and line it is on. */
export interface StyleFinding {
  file: string;
  line: number;
  message: string;
}

/** A page as link text may name it: its title and its optional short label. */
export interface PageLabel {
  title: string;
  short?: string | undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Attribute values that hold paths, ids or versions, not prose.
const NON_PROSE_ATTRIBUTE = /\b(?:src|href|file|id|v|lang|type|name)=(?:"[^"]*"|'[^']*'|\{[^}]*\})/g;

/**
 * Returns the prose of an MDX source line by line: frontmatter, fenced code, import/export lines and
 * HTML comments become empty lines; inline code, link URLs, heading ids and path-like attributes become
 * spaces. Line numbers stay those of the file.
 */
export function proseLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  const out: string[] = [];
  let inFrontmatter = lines[0]?.trim() === '---';
  let fence: string | undefined;
  let inComment = false;
  for (const [index, line] of lines.entries()) {
    if (inFrontmatter) {
      out.push('');
      if (index > 0 && line.trim() === '---') inFrontmatter = false;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push('');
      continue;
    }
    if (fence !== undefined || /^(?:import|export)\s/.test(line)) {
      out.push('');
      continue;
    }
    let text = line;
    if (inComment || text.includes('<!--') || text.includes('{/*')) {
      const opened = inComment;
      text = text.replace(/<!--.*?-->|\{\/\*.*?\*\/\}/g, ' ');
      if (opened) {
        const end = text.search(/-->|\*\/\}/);
        if (end === -1) {
          out.push('');
          continue;
        }
        text = text.slice(end + 3);
        inComment = false;
      }
      const open = text.search(/<!--|\{\/\*/);
      if (open !== -1) {
        text = text.slice(0, open);
        inComment = true;
      }
    }
    out.push(
      text
        // A keyword in code font still names the loop it starts: `for` 循环 is the phrase for 循环.
        .replace(/`(async for|for|while)`/g, '$1')
        .replace(/(`+)[^`]*?\1/g, ' ')
        .replace(/\]\([^)]*\)/g, '] ')
        .replace(/\\?\{#[^}]*\\?\}/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(NON_PROSE_ATTRIBUTE, ' '),
    );
  }
  return out;
}

function isExcepted(text: string, start: number, end: number, variant: BannedVariant): boolean {
  for (const phrase of variant.except ?? []) {
    let from = 0;
    for (let at = text.indexOf(phrase, from); at !== -1; at = text.indexOf(phrase, from)) {
      if (at <= start && end <= at + phrase.length) return true;
      from = at + 1;
    }
  }
  return false;
}

/** Finds the banned variants of the style sheet's terms in the prose of one zh page. */
export function checkTerms(source: string, file: string, terms: readonly StyleTerm[]): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const [index, text] of proseLines(source).entries()) {
    if (text.trim() === '') continue;
    for (const term of terms) {
      for (const variant of term.banned) {
        for (const match of text.matchAll(new RegExp(variant.pattern.source, variant.pattern.flags))) {
          const start = match.index;
          if (isExcepted(text, start, start + match[0].length, variant)) continue;
          findings.push({
            file,
            line: index + 1,
            message: `“${match[0].trim()}” (${variant.label}): write ${term.preferred} (${term.concept})`,
          });
        }
      }
    }
  }
  return findings;
}

const LINK = /(?<!!)\[((?:[^[\]]|\[[^\]]*\])+)\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g;

/** The text a reader sees for a link label: emphasis and code markers dropped, spaces collapsed. */
function visibleText(label: string): string {
  return label
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds links to internal pages (without a #fragment) whose text is neither the page's title nor its
 * `short` label. `pages` maps a path such as "/zh/concepts/tasks/" to its labels; links to paths it does
 * not know are left to the link checker.
 */
export function checkLinkText(source: string, file: string, pages: ReadonlyMap<string, PageLabel>): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const lines = source.split(/\r?\n/);
  const prose = proseLines(source);
  for (const [index, line] of lines.entries()) {
    if (prose[index] === '') continue;
    const code = line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    for (const match of line.matchAll(LINK)) {
      if (code.slice(match.index, match.index + 1) !== '[') continue;
      const [, label = '', path = '', fragment] = match;
      if (fragment) continue;
      const page = pages.get(path.endsWith('/') ? path : `${path}/`);
      if (!page) continue;
      const text = visibleText(label);
      if (text === page.title || text === page.short) continue;
      const wanted = page.short ? `“${page.short}” or “${page.title}”` : `“${page.title}”`;
      findings.push({ file, line: index + 1, message: `link text “${text}” to ${path}: write ${wanted}` });
    }
  }
  return findings;
}

/** Formats a finding as "file:line: message", the form editors and the test report use. */
export function formatFinding(finding: StyleFinding): string {
  return `${finding.file}:${finding.line}: ${finding.message}`;
}

/** Reads the title and `short` label of every page of one language, keyed by the page's URL path. */
export function loadPageLabels(docsDir: string, lang: string): Map<string, PageLabel> {
  const labels = new Map<string, PageLabel>();
  const dir = join(docsDir, lang);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    const data = (parse(front) ?? {}) as { title?: unknown; short?: unknown };
    const slug = file
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '')
      .replace(/(?:^|\/)index$/, '');
    labels.set(`/${lang}/${slug ? `${slug}/` : ''}`, {
      title: String(data.title ?? ''),
      short: typeof data.short === 'string' ? data.short : undefined,
    });
  }
  return labels;
}

// Lines that start a list item, table row, heading, quote or component are not running prose.
const NOT_PARAGRAPH = /^\s*(?:[-*+]\s|\d+[.)]\s|\||#|>|<|\{)/;

/**
 * Finds paragraphs longer than `max` characters (link URLs not counted), reported at their first line;
 * the style sheet splits them so that one paragraph carries one idea.
 */
export function checkParagraphs(source: string, file: string, max = 300): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const lines = source.split(/\r?\n/);
  const prose = proseLines(source);
  let start = -1;
  let length = 0;
  const flush = () => {
    if (start !== -1 && length > max) {
      findings.push({ file, line: start + 1, message: `paragraph of ${length} characters: split it (at most ${max})` });
    }
    start = -1;
    length = 0;
  };
  for (const [index, line] of lines.entries()) {
    if (prose[index] === '' || line.trim() === '' || NOT_PARAGRAPH.test(line)) {
      flush();
      continue;
    }
    if (start === -1) start = index;
    length += line.replace(/\]\([^)]*\)/g, ']').trim().length;
  }
  flush();
  return findings;
}
