/**
 * The bilingual comment convention of example programs (content/examples/conventions.md):
 *
 *   # en: gather returns results in argument order.      full-line comments: an English block,
 *   # zh: gather 按参数顺序返回结果。                       then the Chinese block right after it
 *   print(x)  # en: argument order | zh: 按参数顺序         one-line form: trailing (or short) comments
 *   """en: Fetch one page.                                  docstrings: tagged lines
 *   zh: 获取一个页面。"""
 *
 * `localizeSource` gives the code a page shows in one language; `checkComments` lists what breaks
 * the convention, with line numbers. The file itself runs unchanged, so tests run it as written.
 */
import { headerKeys } from './header.ts';
import type { Lang } from '../i18n.ts';
import { scanPython, type PyComment, type PyStatementString } from './python-scan.ts';

/** One finding of `checkComments`: a 1-based line and what to fix. */
export interface CommentProblem {
  line: number;
  message: string;
}

const han = /\p{Script=Han}/u;
const tagged = /^ (en|zh):(?: (.*)|)$/s;
const pair = /^ en: (.*?) \| zh: (.*)$/s;
/** Anything that looks like a tag but is not written exactly `en: ` / `zh: `. */
const looseTag = /^\s*(?:en|zh|EN|ZH|En|Zh)\s*[:：]|\|\s*(?:zh|en)\s*[:：]/;
const headerLine = new RegExp(`^#!|^# (?:${[...headerKeys].join('|')}):`);
const pragma = /^\s*(?:noqa\b|type:|pragma:|fmt:|pyright:|pylint:|mypy:|ruff:|isort:)/;
const docTag = /^(\s*)(en|zh):(?: |$)/;

const pythonWords = new Set(
  'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield None True False print self'.split(
    ' ',
  ),
);

/** True when a comment's text is something to read: any Chinese, or an English word that is not a Python keyword. */
export function hasProse(text: string): boolean {
  if (han.test(text)) return true;
  if (pragma.test(text)) return false;
  return text
    .trim()
    .split(/\s+/)
    .some((token) => {
      const word = /^[("'`]?([A-Za-z]{2,}(?:-[A-Za-z]+)*)(?:'[a-z]+)?[,.;:!?)"'`…]*$/.exec(token)?.[1];
      if (/^(?:e\.g\.|i\.e\.),?$/i.test(token)) return true;
      return word !== undefined && !pythonWords.has(word);
    });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Block {
  lang: 'en' | 'zh';
  comments: PyComment[];
}

/** Consecutive full-line tagged comments, split into runs of one language. */
function fullLineBlocks(comments: PyComment[]): Block[][] {
  const groups: Block[][] = [];
  let previous: PyComment | undefined;
  for (const comment of comments) {
    const match = comment.fullLine && !pair.test(comment.text) ? tagged.exec(comment.text) : null;
    if (!match) {
      previous = undefined;
      continue;
    }
    const lang = match[1] as 'en' | 'zh';
    if (!previous || previous.line !== comment.line - 1) groups.push([]);
    const group = groups[groups.length - 1] ?? [];
    const last = group[group.length - 1];
    if (last?.lang === lang) last.comments.push(comment);
    else group.push({ lang, comments: [comment] });
    previous = comment;
  }
  return groups;
}

/** Pairs the runs of a group: each English run with the Chinese run right after it; others stand alone. */
function pairBlocks(group: Block[]): { en?: Block; zh?: Block }[] {
  const pairs: { en?: Block; zh?: Block }[] = [];
  for (let index = 0; index < group.length; index++) {
    const block = group[index] as Block;
    const next = group[index + 1];
    if (block.lang === 'en' && next?.lang === 'zh') {
      pairs.push({ en: block, zh: next });
      index++;
    } else pairs.push(block.lang === 'en' ? { en: block } : { zh: block });
  }
  return pairs;
}

function lineRange(source: string, comment: PyComment): { start: number; end: number } {
  const start = source.lastIndexOf('\n', comment.start - 1) + 1;
  const end = source.indexOf('\n', comment.end);
  return { start, end: end < 0 ? source.length : end + 1 };
}

const docLines = (source: string, doc: PyStatementString) => source.slice(doc.bodyStart, doc.bodyEnd).split('\n');

/** The lines of a tagged docstring body kept for `lang`, tags removed; undefined when it has no tags. */
function localizeDocstring(lines: string[], lang: Lang): string[] | undefined {
  const tags = lines.map((line) => docTag.exec(line)?.[2] as Lang | undefined);
  if (!tags.some(Boolean)) return undefined;
  const present = new Set(tags.filter(Boolean));
  const keep = present.has(lang) ? lang : [...present][0];
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const tag = tags[index];
    if (tag && tag !== keep) return;
    // A blank line next to a dropped paragraph goes with it: no blank line opens or doubles in the result.
    if (!tag && line.trim() === '' && index > 0 && index < lines.length - 1) {
      const before = tags[lines.findLastIndex((text, at) => at < index && text.trim() !== '')];
      const after = tags[lines.findIndex((text, at) => at > index && text.trim() !== '')];
      if ((before && before !== keep) || (after && after !== keep)) return;
    }
    kept.push(tag ? line.replace(docTag, '$1') : line);
  });
  if (tags[0] && tags[0] !== keep && kept.length > 0) kept[0] = (kept[0] ?? '').trimStart();
  return kept;
}

/** The edits that turn a source into what a page in `lang` shows. */
function edits(source: string, lang: Lang): Edit[] {
  const { comments, strings } = scanPython(source);
  const result: Edit[] = [];
  for (const comment of comments) {
    const both = pair.exec(comment.text);
    const single = both ? null : tagged.exec(comment.text);
    if (both) result.push({ start: comment.start, end: comment.end, text: `# ${lang === 'en' ? both[1] : both[2]}` });
    else if (single && !comment.fullLine)
      result.push({ start: comment.start, end: comment.end, text: `# ${single[2] ?? ''}` });
  }
  for (const group of fullLineBlocks(comments)) {
    for (const { en, zh } of pairBlocks(group)) {
      const shown = (lang === 'en' ? en : zh) ?? en ?? zh;
      for (const block of [en, zh]) {
        for (const comment of block?.comments ?? []) {
          if (block === shown) {
            const text = tagged.exec(comment.text)?.[2];
            result.push({ start: comment.start, end: comment.end, text: text ? `# ${text}` : '#' });
          } else result.push({ ...lineRange(source, comment), text: '' });
        }
      }
    }
  }
  for (const doc of strings) {
    const kept = doc.quote.length === 3 ? localizeDocstring(docLines(source, doc), lang) : undefined;
    if (kept) result.push({ start: doc.bodyStart, end: doc.bodyEnd, text: kept.join('\n') });
  }
  return result.sort((a, b) => a.start - b.start);
}

function apply(source: string, list: Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of list) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** The code a page in `lang` shows: the other language's comment lines gone, tags removed. */
export function localizeSource(source: string, lang: Lang): string {
  return apply(source, edits(source, lang));
}

/** Line numbers an example's output cites in its own file: `File ".../name.py", line 12` and `name.py:12:`. */
export function citedLines(output: string, name: string): number[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^|[/\\\\"\\s])${escaped}(?:", line |:)(\\d+)`, 'gm');
  return [...new Set([...output.matchAll(pattern)].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

/** How many lines the header block takes: `# key: value` lines (and their indented continuations) at the top. */
function headerLength(lines: string[]): number {
  let length = 0;
  while (headerLine.test(lines[length] ?? '') || (length > 0 && /^#\s{2,}\S/.test(lines[length] ?? ''))) length++;
  return length;
}

function checkTaggedText(problems: CommentProblem[], line: number, lang: string, text: string, what: string): void {
  if (lang === 'zh' && !han.test(text)) problems.push({ line, message: `${what}: the zh text has no Chinese.` });
  if (lang === 'en' && han.test(text)) problems.push({ line, message: `${what}: the en text contains Chinese.` });
}

/** Everything in a source that breaks the comment convention; `cited` are line numbers its output prints. */
export function checkComments(source: string, cited: number[] = []): CommentProblem[] {
  const problems: CommentProblem[] = [];
  const { comments, strings } = scanPython(source);
  const lines = source.split('\n');
  const header = headerLength(lines);
  for (const comment of comments) {
    const raw = `#${comment.text}`;
    if (comment.line <= header) continue;
    const both = pair.exec(comment.text);
    const single = tagged.exec(comment.text);
    if (both) {
      checkTaggedText(problems, comment.line, 'en', both[1] ?? '', 'one-line comment');
      checkTaggedText(problems, comment.line, 'zh', both[2] ?? '', 'one-line comment');
    } else if (/\|\s*(?:zh|en)\s*[:：]/.test(comment.text)) {
      problems.push({
        line: comment.line,
        message: `malformed one-line comment "${raw.trim()}": write "# en: … | zh: …".`,
      });
    } else if (single && !comment.fullLine) {
      problems.push({ line: comment.line, message: 'a trailing comment needs both languages: `# en: … | zh: …`.' });
    } else if (!single && looseTag.test(comment.text)) {
      problems.push({ line: comment.line, message: `malformed tag in "${raw.trim()}": write "# en: …" / "# zh: …".` });
    } else if (!single && hasProse(comment.text)) {
      problems.push({ line: comment.line, message: 'untagged comment with prose: give it "# en: …" and "# zh: …".' });
    }
  }
  for (const group of fullLineBlocks(comments)) {
    for (const { en, zh } of pairBlocks(group)) {
      const first = (en ?? zh)?.comments[0];
      if (!first) continue;
      const span = (block: Block) => `${block.comments[0]?.line}–${block.comments[block.comments.length - 1]?.line}`;
      if (en && !zh)
        problems.push({
          line: first.line,
          message: `English block (lines ${span(en)}) has no zh block right after it.`,
        });
      if (zh && !en)
        problems.push({
          line: first.line,
          message: `zh block (lines ${span(zh)}) has no English block right before it.`,
        });
      for (const block of [en, zh]) {
        if (!block) continue;
        const text = block.comments.map((comment) => comment.text).join(' ');
        checkTaggedText(problems, block.comments[0]?.line ?? 0, block.lang, text, `${block.lang} block`);
      }
      const indents = new Set(
        [...(en?.comments ?? []), ...(zh?.comments ?? [])].map((c) => lines[c.line - 1]?.search(/\S/)),
      );
      if (indents.size > 1)
        problems.push({ line: first.line, message: 'the en and zh lines of a comment differ in indentation.' });
    }
  }
  for (const doc of strings) {
    const body = docLines(source, doc);
    const tags = body.map((line) => docTag.exec(line)?.[2]);
    body.forEach((line, index) => {
      const at = doc.line + index;
      if (!tags[index] && looseTag.test(line))
        problems.push({ line: at, message: 'malformed tag in a docstring: write "en: …" / "zh: …".' });
      else if (!tags[index] && hasProse(line))
        problems.push({ line: at, message: 'untagged prose in a docstring: tag its lines "en: …" and "zh: …".' });
    });
    const langs = tags.filter(Boolean);
    const firstZh = langs.indexOf('zh');
    if (langs.length > 0 && (firstZh <= 0 || langs.slice(firstZh).includes('en'))) {
      problems.push({ line: doc.line, message: 'a tagged docstring needs its en lines, then its zh lines.' });
    }
    const zhText = body.filter((_, index) => tags[index] === 'zh').join(' ');
    if (firstZh > 0) checkTaggedText(problems, doc.line, 'zh', zhText, 'docstring');
  }
  for (const lang of ['en', 'zh'] as const) {
    const list = edits(source, lang);
    for (const line of cited) {
      const lineStart = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
      const shifted = list.some(
        (edit) =>
          edit.start < lineStart &&
          source.slice(edit.start, edit.end).split('\n').length !== edit.text.split('\n').length,
      );
      if (shifted) {
        problems.push({
          line,
          message: `the output cites line ${line}, but the ${lang} page removes lines above it: use the one-line form above it.`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
