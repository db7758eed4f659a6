/**
 * The guide as Markdown: turns a page's MDX source into plain Markdown (`/zh/<slug>.md`) and lists
 * the guide for `/llms.txt`. Pure logic: the routes pass in the examples and comparison tables.
 *
 * The source is parsed with the MDX parser only to find where things are; the output is the
 * author's own text with a few spans replaced, so lists, tables and code keep their formatting:
 * - `## Title {#id}` loses the `{#id}`;
 * - `<Example file="…" title="…" />` becomes a bold title, the program in a ```python block and its
 *   captured output in a ```text block (or why it was not run);
 * - `<Since v="3.12" />` becomes `(Python 3.12+)`;
 * - `<ComparisonTable data="…" />` becomes Markdown tables built from the same row model;
 * - string expressions such as `{'{'}` become their text; other expressions, imports and JSX tags
 *   are dropped (an unknown element keeps its children);
 * - links and images to `/…` or `#…` become absolute URLs.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { splitTrailingId, escapeMdxHeadingIds } from './heading-ids.ts';
import { pagePath, t } from './i18n.ts';
import type { Lang } from './i18n.ts';
import type { CellContent, TableModel } from './comparison/model.ts';

/** What the export needs to know about an example (a `LoadedExample` from examples/load.ts fits). */
export interface MarkdownExample {
  /** `create_task_basics.py` */
  name: string;
  source: string;
  /** Captured output; undefined for not-run examples. */
  output: string | undefined;
  header: { requires: string; notRun?: string | undefined };
  ran: { runner: 'cpython' | 'pyodide' | 'none'; python?: string | undefined } | undefined;
}

export interface PageInput {
  lang: Lang;
  slug: string;
  title: string;
  description: string;
  python?: string | undefined;
  /** The MDX body without frontmatter (a content entry's `body`). */
  body: string;
  /** The site origin (Astro's `site`): internal links become absolute against it. */
  site: URL | string;
  /** Loads `<Example file>`; throw to stop the build when it is missing. */
  loadExample: (file: string) => MarkdownExample;
  /** The row model of `<ComparisonTable data>`; undefined links to the HTML page instead. */
  comparisonTable?: ((data: string) => TableModel | undefined) | undefined;
}

/** URL of a page's Markdown version: `/zh/concepts/tasks.md`; the language home is `/zh/index.md`. */
export function markdownPath(lang: Lang, slug: string): string {
  return `/${lang}/${slug === '' ? 'index' : slug}.md`;
}

/** `/en/glossary/#task` → `https://site/en/glossary/#task`; `#id` → the page's URL + `#id`; others unchanged. */
export function absoluteUrl(url: string, site: URL | string, pageUrl: string): string {
  if (url.startsWith('#')) return pageUrl + url;
  if (url.startsWith('/') && !url.startsWith('//')) return new URL(url, site).href;
  return url;
}

/** A link destination Markdown can always read back (spaces and brackets percent-encoded). */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
}

/**
 * Escapes plain text (a title, a table cell) so Markdown shows it literally: HTML-looking text stays
 * text, and `*`, `_`, `[`, backticks and `|` do not turn into formatting.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*[\]<>|]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace('_', '\\_'));
}

/** A code fence longer than any run of backticks inside the text. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(longest + 1);
}

function fenced(text: string, lang: string): string {
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text}\n${fence}`;
}

function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** `**title** (`name.py`, Python 3.11+, ran on CPython 3.11)` + code + output. */
export function exampleToMarkdown(example: MarkdownExample, title: string | undefined, lang: Lang): string {
  const meta = [`\`${example.name}\``, t(lang, 'exampleRequires', { version: example.header.requires })];
  const minor = (version: string | undefined) => (version ?? '').split('.').slice(0, 2).join('.');
  if (example.header.notRun !== undefined) meta.push(t(lang, 'exampleNotRun', { reason: example.header.notRun }));
  else if (example.ran?.runner === 'cpython') meta.push(t(lang, 'exampleRanOn', { version: minor(example.ran.python) }));
  else if (example.ran?.runner === 'pyodide') meta.push(t(lang, 'exampleRanOnPyodide', { version: minor(example.ran.python) }));
  const [open, separator, close] = lang === 'zh' ? ['（', '，', '）'] : [' (', ', ', ')'];
  const heading = `**${escapeMarkdownText(title ?? example.name)}**${open}${meta.join(separator)}${close}`;
  const code = fenced(example.source.replace(/\n+$/, ''), 'python');
  const output =
    example.output === undefined
      ? `${t(lang, 'exampleOutput')}${colon(lang)}${t(lang, 'exampleNotRunOutput')}`
      : `${t(lang, 'exampleOutput')}${colon(lang).trimEnd()}\n\n${fenced(example.output.replace(/\n+$/, ''), 'text')}`;
  return `${heading}\n\n${code}\n\n${output}`;
}

function cellToMarkdown(content: CellContent, lang: Lang, absolute: (url: string) => string): string {
  switch (content.kind) {
    case 'text': {
      let text = escapeMarkdownText(content.text);
      if (content.note) text += ` **${escapeMarkdownText(t(lang, 'cmpNote'))}** ${escapeMarkdownText(content.note)}`;
      // Text cells may carry a link to the guide page that covers the row.
      const guide = (content as { guide?: { href: string; text: string } | undefined }).guide;
      if (guide) text += ` → [${escapeMarkdownText(guide.text)}](${destination(absolute(guide.href))})`;
      return text;
    }
    case 'libraries':
      return content.items
        .map((item) => {
          const status = item.statusLabel ? (lang === 'zh' ? `（${escapeMarkdownText(item.statusLabel)}）` : ` (${escapeMarkdownText(item.statusLabel)})`) : '';
          return `[${escapeMarkdownText(item.name)}](${destination(absolute(item.href))})${status}`;
        })
        .join(lang === 'zh' ? '、' : ', ');
    case 'support': {
      const icon = { yes: '✓', partial: '◐', no: '✗' }[content.support];
      return `${icon} ${escapeMarkdownText(content.label)} — ${escapeMarkdownText(content.text)}`;
    }
    case 'link':
      return `[${escapeMarkdownText(content.text)}](${destination(absolute(content.href))})`;
    case 'empty':
      return '—';
  }
}

/** A comparison table as Markdown: its caption in bold, then one pipe table per group. */
export function tableToMarkdown(table: TableModel, lang: Lang, absolute: (url: string) => string = (url) => url): string {
  const head = `| ${table.columns.map((column) => escapeMarkdownText(column.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map(() => '---').join(' | ')} |`;
  const parts = [`**${escapeMarkdownText(table.caption)}**`];
  for (const group of table.groups) {
    if (group.label) parts.push(`**${escapeMarkdownText(group.label)}**`);
    const rows = group.rows.map((row) => {
      const title = escapeMarkdownText(row.header.text);
      const header = row.header.href ? `[${title}](${destination(absolute(row.header.href))})` : title;
      return `| ${[header, ...row.cells.map((cell) => cellToMarkdown(cell.content, lang, absolute))].join(' | ')} |`;
    });
    parts.push([head, rule, ...rows].join('\n'));
  }
  return parts.join('\n\n');
}

/* ------------------------------------------------------------------ MDX source → Markdown */

interface Point {
  offset?: number | undefined;
}
interface SourceNode {
  type: string;
  position?: { start: Point; end: Point } | undefined;
  children?: SourceNode[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  title?: string | null;
  alt?: string | null;
  label?: string | null;
  identifier?: string;
  data?: { estree?: Program | null | undefined } | undefined;
}
interface Program {
  body: { type: string; expression?: Expression }[];
}
interface Expression {
  type: string;
  value?: unknown;
  expressions?: unknown[];
  quasis?: { value: { cooked?: string | null } }[];
}

/** Block nodes that can render as nothing. */
const removableBlocks = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement']);

const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** The string a JavaScript expression stands for when it is a plain literal (`'{'`, `` `x` ``, `3`). */
function literalText(program: Program | null | undefined): string | undefined {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type === 'Literal' && (typeof expression.value === 'string' || typeof expression.value === 'number')) {
    return String(expression.value);
  }
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0) {
    return expression.quasis?.[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** A JSX attribute as a string: `v="3.12"` or `v={'3.12'}`. */
function attribute(node: SourceNode, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  if (found.value && typeof found.value === 'object') {
    return literalText((found.value as { data?: { estree?: Program } }).data?.estree);
  }
  return undefined;
}

function offsets(node: SourceNode): [number, number] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`markdown export: a ${node.type} node has no source position`);
  return [start, end];
}

/** Converts the body of one guide page (MDX, without frontmatter) to Markdown. */
export function mdxToMarkdown(body: string, input: Omit<PageInput, 'body' | 'title' | 'description' | 'python'>): string {
  // The same escape the build applies, so `{#id}` parses as text (and then is dropped from headings).
  const source = escapeMdxHeadingIds(body.replace(/\r\n?/g, '\n'));
  const tree = parser.parse(source) as unknown as SourceNode;
  const pageUrl = new URL(pagePath(input.lang, input.slug), input.site).href;
  const absolute = (url: string) => absoluteUrl(url, input.site, pageUrl);
  const where = pagePath(input.lang, input.slug);

  /** Source text of [start, end) with the given child nodes rendered in place. */
  const range = (start: number, end: number, children: readonly SourceNode[]): string => {
    let out = '';
    let at = start;
    for (const child of children) {
      const [childStart, childEnd] = offsets(child);
      const text = render(child);
      out += source.slice(at, childStart) + text;
      at = childEnd;
      // A dropped block (an import, a comment) takes its blank lines with it.
      if (text === '' && removableBlocks.has(child.type)) {
        const blank = /^(?:[ \t]*\n)+/.exec(source.slice(at, end));
        if (blank) at += blank[0].length;
      }
    }
    return out + source.slice(at, end);
  };

  const inner = (node: SourceNode): string => {
    const children = node.children ?? [];
    const first = children[0];
    const last = children[children.length - 1];
    if (!first || !last) return '';
    return range(offsets(first)[0], offsets(last)[1], children);
  };

  /** A multi-line block put where a flow element was: later lines repeat the container's indent. */
  const block = (node: SourceNode, text: string): string => {
    const [start] = offsets(node);
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const indent = source.slice(lineStart, start).replace(/[^>]/g, ' ');
    const body = text
      .split('\n')
      .map((line, index) => (index === 0 ? line : line === '' ? indent.trimEnd() : indent + line))
      .join('\n');
    return node.type === 'mdxJsxTextElement' ? `\n\n${body}\n\n` : body;
  };

  const element = (node: SourceNode): string => {
    switch (node.name) {
      case 'Since': {
        const version = attribute(node, 'v');
        return version ? `(Python ${version}+)` : '';
      }
      case 'Example': {
        const file = attribute(node, 'file');
        if (!file) throw new Error(`<Example> without a file on ${where}`);
        return block(node, exampleToMarkdown(input.loadExample(file), attribute(node, 'title'), input.lang));
      }
      case 'ComparisonTable': {
        const data = attribute(node, 'data') ?? '';
        const table = input.comparisonTable?.(data);
        return block(node, table ? tableToMarkdown(table, input.lang, absolute) : `[${escapeMarkdownText(data)}](${pageUrl})`);
      }
      default:
        // Unknown or HTML-like elements: keep what they wrap, drop the tags.
        return inner(node);
    }
  };

  const render = (node: SourceNode): string => {
    const [start, end] = offsets(node);
    switch (node.type) {
      case 'mdxjsEsm':
        return '';
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const text = literalText(node.data?.estree);
        return text === undefined ? '' : escapeMarkdownText(text);
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return element(node);
      case 'heading': {
        const text = range(start, end, node.children ?? []);
        return splitTrailingId(text)?.text.replace(/[ \t]+$/, '') ?? text;
      }
      case 'link':
      case 'linkReference': {
        if (node.type === 'link' && node.url !== undefined && node.url !== absolute(node.url)) {
          const title = node.title ? ` "${node.title.replace(/"/g, '\\"')}"` : '';
          return `[${inner(node)}](${destination(absolute(node.url))}${title})`;
        }
        return range(start, end, node.children ?? []);
      }
      case 'image':
        if (node.url !== undefined && node.url !== absolute(node.url)) {
          return `![${escapeMarkdownText(node.alt ?? '')}](${destination(absolute(node.url))})`;
        }
        return source.slice(start, end);
      case 'definition':
        if (node.url !== undefined && node.url !== absolute(node.url)) {
          return `[${node.label ?? node.identifier ?? ''}]: ${destination(absolute(node.url))}${node.title ? ` "${node.title}"` : ''}`;
        }
        return source.slice(start, end);
      default:
        return node.children ? range(start, end, node.children) : source.slice(start, end);
    }
  };

  return render(tree).trim();
}

/** The whole Markdown version of a page: `# Title`, the description, the body, then its web address. */
export function pageToMarkdown(input: PageInput): string {
  const pageUrl = new URL(pagePath(input.lang, input.slug), input.site).href;
  const parts = [`# ${escapeMarkdownText(input.title)}`, `> ${escapeMarkdownText(input.description)}`];
  if (input.python) parts.push(t(input.lang, 'pythonNeeded', { version: input.python }));
  parts.push(mdxToMarkdown(input.body, input));
  parts.push(`---\n\n${t(input.lang, 'markdownSource')}${colon(input.lang)}<${pageUrl}>`);
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}

/* ------------------------------------------------------------------ llms.txt */

export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsInput {
  /** H1: the site name. */
  title: string;
  /** The blockquote under the title. */
  summary: string;
  /** Optional paragraphs after the summary. */
  details?: string[];
  /** One `##` section per language, in order. */
  sections: { heading: string; links: LlmsLink[] }[];
}

/** An `/llms.txt` file (https://llmstxt.org): `# name`, `> summary`, then `## section` lists of links. */
export function llmsTxt(input: LlmsInput): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const parts = [`# ${line(input.title)}`, `> ${line(input.summary)}`, ...(input.details ?? []).map(line)];
  for (const section of input.sections) {
    const links = section.links.map(
      (link) => `- [${line(link.title).replace(/[[\]\\]/g, '\\$&')}](${destination(link.url)}): ${line(link.description)}`,
    );
    parts.push(`## ${line(section.heading)}\n\n${links.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
