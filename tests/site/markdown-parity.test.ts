import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Element, Root as HtmlRoot } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import type { Root as MdRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { chromeSelector } from '../../src/lib/markdown/html-to-markdown.ts';
import { builtPages, distDir, read } from './built-site.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

/**
 * The `.md` version of every page says what its HTML page says: the same table rows with the same
 * text in the same order, and the same examples (title, code as shown, output) in the same order.
 */

/** Letters and digits only: the two renderings may differ in spacing and punctuation, not in words. */
const words = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Text of an HTML element without the interface chrome that Markdown leaves out. */
function htmlText(node: Element): string {
  const parts: string[] = [];
  const walk = (current: Element) => {
    for (const child of current.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element' && !matches(chromeSelector, child)) walk(child);
    }
  };
  walk(node);
  return parts.join('');
}

interface PageFacts {
  rows: string[];
  examples: { title: string; code: string; output: string }[];
}

function htmlFacts(html: string): PageFacts {
  const tree = unified().use(rehypeParse).parse(html) as HtmlRoot;
  const prose = select('article .prose', tree);
  assert.ok(prose, 'the page has an article with prose');
  return {
    rows: selectAll('table tbody tr', prose).map((row) => words(htmlText(row))),
    examples: selectAll('figure[data-example]', prose).map((figure) => {
      const title = select('.example-title', figure);
      const code = select('.example-code pre', figure);
      const output = select('.example-output-text, .example-not-run', figure);
      return {
        title: title ? htmlText(title).trim() : '',
        code: code ? htmlText(code).replace(/\n+$/, '') : '',
        output: output ? htmlText(output).replace(/\n+$/, '') : '',
      };
    }),
  };
}

/** The label Markdown puts between an example's code and its output, in every language. */
const outputLabels = new Set([zh.exampleOutput, en.exampleOutput]);

function markdownFacts(markdown: string): PageFacts {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdRoot;
  const rows: string[] = [];
  visit(tree, 'table', (table) => {
    for (const row of table.children.slice(1)) rows.push(words(toString(row)));
  });
  // An example is a paragraph opening with its bold title, a python block, the output label, then the output.
  const examples: PageFacts['examples'] = [];
  const nodes: RootContent[] = tree.children;
  nodes.forEach((node, index) => {
    const code = nodes[index + 1];
    const first = node.type === 'paragraph' ? node.children[0] : undefined;
    if (first?.type !== 'strong' || code?.type !== 'code' || code.lang !== 'python') return;
    // An author's own bold paragraph before a python block is not an example: only the output label makes one.
    const label = nodes[index + 2];
    if (label?.type !== 'paragraph' || !outputLabels.has(toString(label).trim())) return;
    const output = nodes[index + 3];
    const text = output?.type === 'code' ? output.value : output ? toString(output) : '';
    examples.push({
      title: toString(first).trim(),
      code: code.value.replace(/\n+$/, ''),
      output: text.replace(/\n+$/, ''),
    });
  });
  return { rows, examples };
}

describe('Markdown versions match their HTML pages', () => {
  const pages = builtPages().filter((page) => /^\/(zh|en)\//.test(page.path) && !page.path.endsWith('/search/'));

  it('finds the pages and their Markdown', () => {
    assert.ok(pages.length >= 2, `pages under ${distDir}`);
  });

  for (const page of pages) {
    // `/zh/` → `zh/index.md`, `/zh/concepts/tasks/` → `zh/concepts/tasks.md`.
    const base = /^\/(zh|en)\/$/.test(page.path) ? `${page.path}index` : page.path.replace(/\/$/, '');
    const markdownFile = `${distDir}${base.slice(1)}.md`;
    it(`${page.path}: table rows and examples`, () => {
      assert.ok(existsSync(markdownFile), `${markdownFile} exists`);
      const html = htmlFacts(read(page.file));
      const markdown = markdownFacts(read(markdownFile));
      assert.deepEqual(markdown.rows, html.rows, 'table rows: text and order');
      assert.deepEqual(markdown.examples, html.examples, 'examples: titles, code and outputs, in order');
    });
  }
});

describe('an example shows its comments in the language of the page, in HTML and Markdown', () => {
  // coroutines/forgot_await.py carries "# en: bug: missing await | zh: 错误：漏写了 await".
  for (const [lang, shown, hidden] of [
    ['zh', '# 错误：漏写了 await', 'missing await'],
    ['en', '# bug: missing await', '漏写'],
  ] as const) {
    it(`/${lang}/concepts/coroutines/`, () => {
      const html = htmlFacts(read(`${distDir}${lang}/concepts/coroutines/index.html`));
      const markdown = markdownFacts(read(`${distDir}${lang}/concepts/coroutines.md`));
      for (const facts of [html, markdown]) {
        const code = facts.examples.find((example) => example.code.includes('result = save('))?.code ?? '';
        assert.ok(code.includes(shown), `shows "${shown}"`);
        assert.ok(!code.includes(hidden) && !/# (en|zh):|\| zh:/.test(code), 'hides the other language and the tags');
      }
    });
  }
});
