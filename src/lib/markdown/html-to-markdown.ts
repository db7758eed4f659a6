/**
 * The rendered HTML of a page's content → Markdown, so the `.md` export comes from the same render
 * as the web page (the path `starlight-llms-txt` takes): rehype-parse → tidy the tree → rehype-remark
 * → remark-gfm → remark-stringify. Components need no Markdown renderer of their own; they only mark
 * interface chrome with `data-md-ignore` (or `data-pagefind-ignore`, which already means "not content").
 */
import type { Element, ElementContent, Root } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { remove } from 'unist-util-remove';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n.ts';

/** Interface, not content (heading anchors, table controls, scripts, hidden hints): Markdown skips these. */
export const chromeSelector =
  '[data-md-ignore], [data-pagefind-ignore], script, style, template, [hidden], button, wbr';

const element = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Plain text of an element, with runs of white space collapsed. */
function textOf(node: Element): string {
  const parts: string[] = [];
  visit(node, 'text', (leaf) => {
    parts.push(leaf.value);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Options of one conversion. */
export interface HtmlToMarkdownOptions {
  /** The page's language: Chinese text takes full-width parentheses and commas. */
  lang: Lang;
  /** Absolute URL of the page: `/…` links resolve against it and `#id` links point into it. */
  pageUrl: string;
}

/** `<div class="heading-wrapper"><h2 id="x">` → `<h2>` whose text ends in `{#x}`, so ids survive. */
function keepHeadingIds(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (!/^h[2-6]$/.test(node.tagName) || typeof node.properties['id'] !== 'string') return;
    node.children.push(text(` {#${node.properties['id']}}`));
  });
}

/** Shiki marks the language on `<pre data-language>`; rehype-remark reads it from the `<code>` class. */
function codeLanguages(tree: Root): void {
  for (const pre of selectAll('pre', tree)) {
    const code = select('code', pre);
    const language = pre.properties['dataLanguage'];
    if (!code) {
      // A bare `<pre>` (an example's output) becomes a text block.
      pre.children = [element('code', pre.children, { className: ['language-text'] })];
    } else if (typeof language === 'string') {
      code.properties['className'] = [`language-${language}`];
    }
  }
}

/**
 * An example figure: its caption (title, then the badges joined by commas) becomes a paragraph; the
 * output label becomes a paragraph before the output block. Works on whatever badges the caption holds.
 */
function exampleFigures(tree: Root, lang: Lang): void {
  const [open, separator, close] = lang === 'zh' ? ['（', '，', '）'] : [' (', ', ', ')'];
  for (const figure of selectAll('figure[data-example]', tree)) {
    const caption = select('figcaption', figure);
    const title = caption && select('.example-title', caption);
    const meta = caption ? selectAll('.example-meta > *', caption).map(textOf).filter(Boolean) : [];
    const head = element('p', [
      element('strong', [text(title ? textOf(title) : textOf(caption ?? figure))]),
      ...(meta.length > 0 ? [text(`${open}${meta.join(separator)}${close}`)] : []),
    ]);
    if (caption) figure.children = figure.children.filter((child) => child !== caption);
    figure.children.unshift(head);
    figure.tagName = 'div';
  }
}

/**
 * A timeline figure: its caption in bold, then the picture's description (the SVG's `<desc>`, which goes
 * with the SVG), then the text version's table; the "Text version" toggle is chrome.
 */
function timelineFigures(tree: Root): void {
  for (const figure of selectAll('figure.timeline', tree)) {
    const caption = select('figcaption', figure);
    const desc = select('desc', figure);
    const table = select('table', figure);
    figure.tagName = 'div';
    figure.children = [
      element('p', [element('strong', [text(caption ? textOf(caption) : '')])]),
      ...(desc ? [element('p', [text(textOf(desc))])] : []),
      ...(table ? [table] : []),
    ];
  }
}

/** A callout (`aside[data-aside]`) → a blockquote that starts with its title in bold: `> **注意**`. */
function asides(tree: Root): void {
  for (const aside of selectAll('aside[data-aside]', tree)) {
    const title = select('.aside-title', aside);
    const body = select('.aside-body', aside);
    aside.tagName = 'blockquote';
    aside.properties = {};
    aside.children = [element('p', [element('strong', [text(title ? textOf(title) : '')])]), ...(body?.children ?? [])];
  }
}

/**
 * Small inline labels: `data-md-parens` (a library's status) is put in parentheses, a row-group header
 * is bold, and white space at the end of bold or italic text moves outside it (`**Note:** text`).
 */
function inlineLabels(tree: Root, lang: Lang): void {
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties['dataMdParens'] !== undefined) {
      node.children = [text(`${open}${textOf(node)}${close}`)];
    }
    if (node.tagName === 'th' && node.properties['scope'] === 'rowgroup') {
      node.children = [element('strong', node.children)];
    }
    const last = node.children.at(-1);
    if (
      /^(strong|em|b|i)$/.test(node.tagName) &&
      last?.type === 'text' &&
      /\s$/.test(last.value) &&
      parent &&
      index !== undefined
    ) {
      last.value = last.value.trimEnd();
      parent.children.splice(index + 1, 0, text(' '));
    }
  });
}

/** A table caption becomes a bold paragraph above the table, which GFM tables cannot carry. */
function tableCaptions(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || index === undefined || !parent) return;
    const caption = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'caption',
    );
    if (!caption) return;
    node.children = node.children.filter((child) => child !== caption);
    parent.children.splice(index, 0, element('p', [element('strong', [text(textOf(caption))])]));
    return index + 2;
  });
}

/** Several paragraphs or list items in one cell are joined on one line: a GFM cell holds one line. */
function flattenCells(tree: Root): void {
  for (const cell of selectAll('td, th', tree)) {
    const items = selectAll('li', cell);
    if (items.length > 0) {
      const list = select('ul, ol', cell);
      if (list) {
        const joined: ElementContent[] = items.flatMap((item, i) => [...(i > 0 ? [text('; ')] : []), ...item.children]);
        list.tagName = 'span';
        list.children = joined;
      }
    }
    const blocks = cell.children.filter(
      (child): child is Element => child.type === 'element' && matches('p, div', child),
    );
    blocks.forEach((block, i) => {
      block.tagName = 'span';
      if (i > 0) block.children.unshift(text(' '));
    });
  }
}

/** Root-relative and fragment links become absolute, so the Markdown works outside the site. */
function absoluteLinks(tree: Root, pageUrl: string): void {
  visit(tree, 'element', (node) => {
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value !== 'string') continue;
      if (value.startsWith('#')) node.properties[attribute] = pageUrl.replace(/#.*$/, '') + value;
      else if (value.startsWith('/') && !value.startsWith('//'))
        node.properties[attribute] = new URL(value, pageUrl).href;
    }
  });
}

/** Converts the rendered HTML of a page's content to GitHub-flavoured Markdown. */
export async function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => {
      // Before chrome is removed: the description lives in the SVG, which is chrome for search.
      timelineFigures(tree);
      remove(
        tree,
        (node) => node.type === 'comment' || (node.type === 'element' && matches(chromeSelector, node as Element)),
      );
      keepHeadingIds(tree);
      codeLanguages(tree);
      exampleFigures(tree, options.lang);
      asides(tree);
      inlineLabels(tree, options.lang);
      tableCaptions(tree);
      flattenCells(tree);
      absoluteLinks(tree, options.pageUrl);
    })
    .use(rehypeRemark)
    .use(remarkGfm, { tablePipeAlign: false })
    // The same CJK rules as the site's Markdown pipeline, so `**注意：**事件` needs no escapes.
    .use(remarkCjkFriendly)
    .use(remarkStringify, { bullet: '-', fence: '`', fences: true, rule: '-', emphasis: '_' })
    .process(html);
  return String(file).trim() + '\n';
}
