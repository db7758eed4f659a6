import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CellContent, TableModel } from '../../src/lib/comparison/model.ts';
import {
  absoluteUrl,
  escapeMarkdownText,
  exampleToMarkdown,
  llmsTxt,
  markdownPath,
  mdxToMarkdown,
  pageToMarkdown,
  tableToMarkdown,
} from '../../src/lib/markdown-export.ts';
import type { MarkdownExample, PageInput } from '../../src/lib/markdown-export.ts';

const site = 'https://guide.example/';

const examples: Record<string, MarkdownExample> = {
  'tasks/gather.py': {
    name: 'gather.py',
    source: '# requires: python>=3.11\nimport asyncio\n\n\nasync def main():\n    print("<b>done</b>")\n\n\nasyncio.run(main())\n',
    output: '<b>done</b>\n',
    header: { requires: '3.11' },
    ran: { runner: 'cpython', python: '3.11.2' },
  },
  'tasks/new.py': {
    name: 'new.py',
    source: '# requires: python>=3.14\nprint("x")\n',
    output: 'x\n',
    header: { requires: '3.14' },
    ran: { runner: 'pyodide', python: '3.14.0' },
  },
  'messaging/kafka.py': {
    name: 'kafka.py',
    source: '# requires: python>=3.11\n# not-run: needs a Kafka broker\nprint("```")\n',
    output: undefined,
    header: { requires: '3.11', notRun: 'needs a Kafka broker' },
    ran: undefined,
  },
};

/** A text cell, with the guide link newer row models carry. */
function textCell(text: string, note?: string, guide?: { href: string; text: string }): CellContent {
  return { kind: 'text', text, note, guide } as CellContent;
}

const table: TableModel = {
  name: 'libraries',
  caption: 'Sync and async libraries',
  columns: [
    { key: 'domain', label: 'Domain', sortable: true },
    { key: 'async', label: 'Async', sortable: true },
    { key: 'recommendation', label: 'Our pick', sortable: false },
    { key: 'guide', label: 'In this guide', sortable: true },
  ],
  groups: [
    {
      id: 'web',
      label: 'HTTP and web',
      rows: [
        {
          id: 'http-client',
          header: { text: 'HTTP client', href: undefined, sort: 'http client' },
          cells: [
            { column: 'async', content: { kind: 'libraries', items: [{ name: 'httpx', href: 'https://www.python-httpx.org/', status: undefined, statusLabel: undefined }, { name: 'aiohttp', href: 'https://docs.aiohttp.org/', status: 'dormant', statusLabel: 'dormant' }] }, sort: 'httpx' },
            { column: 'recommendation', content: textCell('httpx | pick <script>', 'pool it', { href: '/en/scenarios/http-client/', text: 'HTTP clients' }), sort: '' },
            { column: 'guide', content: { kind: 'link', href: '/en/scenarios/http-client/#pool', text: 'HTTP client' }, sort: '' },
          ],
          search: '',
        },
      ],
    },
    {
      id: 'system',
      label: 'System',
      rows: [
        {
          id: 'files',
          header: { text: 'Files', href: 'https://example.org/files', sort: 'files' },
          cells: [
            { column: 'async', content: { kind: 'support', support: 'partial', label: 'Partly', text: 'threads' }, sort: 1 },
            { column: 'recommendation', content: textCell('aiofiles'), sort: '' },
            { column: 'guide', content: { kind: 'empty' }, sort: '' },
          ],
          search: '',
        },
      ],
    },
  ],
};

function convert(body: string, overrides: Partial<PageInput> = {}): string {
  return mdxToMarkdown(body, {
    lang: 'en',
    slug: 'concepts/tasks',
    site,
    loadExample: (file) => {
      const example = examples[file];
      if (!example) throw new Error(`no example ${file}`);
      return example;
    },
    comparisonTable: (data) => (data === 'libraries' ? table : undefined),
    ...overrides,
  });
}

describe('markdown paths and URLs', () => {
  it('puts the Markdown next to the page, the home as index.md', () => {
    assert.equal(markdownPath('zh', 'concepts/tasks'), '/zh/concepts/tasks.md');
    assert.equal(markdownPath('en', 'index'), '/en/index.md');
  });

  it('makes site links and fragments absolute, leaves the rest', () => {
    const page = 'https://guide.example/en/concepts/tasks/';
    assert.equal(absoluteUrl('/en/glossary/#task', site, page), 'https://guide.example/en/glossary/#task');
    assert.equal(absoluteUrl('#states', site, page), `${page}#states`);
    assert.equal(absoluteUrl('https://docs.python.org/3/', site, page), 'https://docs.python.org/3/');
    assert.equal(absoluteUrl('//cdn.example/x', site, page), '//cdn.example/x');
  });
});

describe('escapeMarkdownText', () => {
  it('keeps HTML-looking and formatting characters literal', () => {
    assert.equal(escapeMarkdownText('<script>alert(1)</script>'), '\\<script\\>alert(1)\\</script\\>');
    assert.equal(escapeMarkdownText('a | b *c* [d]'), 'a \\| b \\*c\\* \\[d\\]');
  });

  it('leaves underscores inside words alone', () => {
    assert.equal(escapeMarkdownText('create_task and _private'), 'create_task and \\_private');
  });
});

describe('mdxToMarkdown', () => {
  it('drops heading ids, also after a Since badge', () => {
    const out = convert('## Task states {#task-states}\n\n### TaskGroup <Since v="3.11" /> {#taskgroup}\n\n#### Plain\n');
    assert.equal(out, '## Task states\n\n### TaskGroup (Python 3.11+)\n\n#### Plain');
  });

  it('turns Since into a version note in prose and lists', () => {
    assert.equal(convert('- <Since v="3.12" /> Every record has `taskName`.'), '- (Python 3.12+) Every record has `taskName`.');
  });

  it('makes internal links absolute and keeps external ones', () => {
    const out = convert('A [task](/en/glossary/#task), [below](#states) and [docs](https://docs.python.org/3/ "Python").');
    assert.equal(
      out,
      'A [task](https://guide.example/en/glossary/#task), [below](https://guide.example/en/concepts/tasks/#states) and [docs](https://docs.python.org/3/ "Python").',
    );
  });

  it('keeps code untouched, including JSX-looking and id-looking text', () => {
    const body = 'Use `<Example file="x" />` and `{#id}`.\n\n```python\nprint("<Since v=\'1\' />")  # {#not-a-heading}\n\n\n# two blank lines above\n```';
    assert.equal(convert(body), body);
  });

  it('inlines an example with its code and captured output', () => {
    const out = convert('Before.\n\n<Example file="tasks/gather.py" title="Gather *three*" />\n\nAfter.');
    assert.equal(
      out,
      [
        'Before.',
        '',
        '**Gather \\*three\\*** (`gather.py`, Python 3.11+, ran on CPython 3.11)',
        '',
        '```python',
        '# requires: python>=3.11\nimport asyncio\n\n\nasync def main():\n    print("<b>done</b>")\n\n\nasyncio.run(main())',
        '```',
        '',
        'Output:',
        '',
        '```text',
        '<b>done</b>',
        '```',
        '',
        'After.',
      ].join('\n'),
    );
  });

  it('says which runner produced the output, in Chinese too', () => {
    const out = convert('<Example file="tasks/new.py" title="新特性" />', { lang: 'zh' });
    assert.match(out, /^\*\*新特性\*\*（`new.py`，需要 Python 3\.14\+，已在 Pyodide（CPython 3\.14）中运行）/);
    assert.match(out, /输出：\n\n```text\nx\n```$/);
  });

  it('explains a not-run example and fences code that contains backticks', () => {
    const out = convert('<Example file="messaging/kafka.py" />');
    assert.match(out, /^\*\*kafka\.py\*\* \(`kafka.py`, Python 3\.11\+, not run: needs a Kafka broker\)/);
    assert.match(out, /\n````python\n[\s\S]*print\("```"\)\n````\n/);
    assert.match(out, /Output: This example is only compiled, not run, so there is no output\.$/);
  });

  it('indents an example inside a list item', () => {
    const out = convert('- Step one:\n\n  <Example file="tasks/new.py" />\n- Step two');
    assert.equal(
      out,
      '- Step one:\n\n  **new.py** (`new.py`, Python 3.14+, ran in Pyodide (CPython 3.14))\n\n  ```python\n  # requires: python>=3.14\n  print("x")\n  ```\n\n  Output:\n\n  ```text\n  x\n  ```\n- Step two',
    );
  });

  it('fails loudly for a missing example, like the page does', () => {
    assert.throws(() => convert('<Example file="nope/missing.py" />'), /no example nope\/missing\.py/);
  });

  it('replaces a comparison table with Markdown tables, or a link when there is no model', () => {
    const out = convert('<ComparisonTable data="libraries" />\n\n<ComparisonTable data="web-frameworks" />');
    assert.equal(
      out,
      [
        '**Sync and async libraries**',
        '',
        '**HTTP and web**',
        '',
        '| Domain | Async | Our pick | In this guide |',
        '| --- | --- | --- | --- |',
        '| HTTP client | [httpx](https://www.python-httpx.org/), [aiohttp](https://docs.aiohttp.org/) (dormant) | httpx \\| pick \\<script\\> **Note:** pool it → [HTTP clients](https://guide.example/en/scenarios/http-client/) | [HTTP client](https://guide.example/en/scenarios/http-client/#pool) |',
        '',
        '**System**',
        '',
        '| Domain | Async | Our pick | In this guide |',
        '| --- | --- | --- | --- |',
        '| [Files](https://example.org/files) | ◐ Partly — threads | aiofiles | — |',
        '',
        '[web-frameworks](https://guide.example/en/concepts/tasks/)',
      ].join('\n'),
    );
  });

  it('drops imports, comments and unknown components, keeping their text', () => {
    const out = convert("import X from './x.js'\n\n{/* a note for writers */}\n\nType {'{'} and {\"<b>\"} here.\n\n<Aside>\n  Kept *text*.\n</Aside>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>.{1 + 1}");
    assert.equal(out, 'Type { and \\<b\\> here.\n\nKept *text*.\n\nPress Ctrl+C.');
  });

  it('keeps GFM tables and their links', () => {
    const out = convert('| API | Page |\n| --- | --- |\n| `gather` | [tasks](/en/concepts/tasks/) |');
    assert.equal(out, '| API | Page |\n| --- | --- |\n| `gather` | [tasks](https://guide.example/en/concepts/tasks/) |');
  });
});

describe('pageToMarkdown', () => {
  it('starts with the title and description and ends with the web address', () => {
    const out = pageToMarkdown({
      lang: 'zh',
      slug: 'index',
      title: '异步 Python <指南>',
      description: '一句话说明。',
      python: '3.11',
      body: '\n正文。\n',
      site,
      loadExample: () => {
        throw new Error('unused');
      },
    });
    assert.equal(out, '# 异步 Python \\<指南\\>\n\n> 一句话说明。\n\n本页代码需要 Python 3.11+\n\n正文。\n\n---\n\n网页版：<https://guide.example/zh/>\n');
  });
});

describe('tableToMarkdown', () => {
  it('works without groups labels and with relative links left alone by default', () => {
    const single: TableModel = { ...table, groups: [{ id: 'all', label: undefined, rows: table.groups[0]?.rows ?? [] }] };
    const out = tableToMarkdown(single, 'zh');
    assert.ok(out.startsWith('**Sync and async libraries**\n\n| Domain |'));
    assert.match(out, /\[httpx\]\(https:\/\/www\.python-httpx\.org\/\)、\[aiohttp\]/);
    assert.match(out, /\[HTTP client\]\(\/en\/scenarios\/http-client\/#pool\)/);
  });
});

describe('llmsTxt', () => {
  it('follows the llms.txt shape: H1, blockquote, H2 sections of link lists', () => {
    const out = llmsTxt({
      title: 'Guide',
      summary: 'A guide\n  to asyncio.',
      details: ['Markdown everywhere.'],
      sections: [
        { heading: '中文', links: [{ title: '任务 [1]', url: 'https://guide.example/zh/concepts/tasks.md', description: '创建任务，\n  管理任务。' }] },
        { heading: 'English', links: [{ title: 'Tasks', url: 'https://guide.example/en/concepts/tasks.md', description: 'Create tasks.' }] },
      ],
    });
    assert.equal(
      out,
      '# Guide\n\n> A guide to asyncio.\n\nMarkdown everywhere.\n\n## 中文\n\n- [任务 \\[1\\]](https://guide.example/zh/concepts/tasks.md): 创建任务， 管理任务。\n\n## English\n\n- [Tasks](https://guide.example/en/concepts/tasks.md): Create tasks.\n',
    );
  });
});

describe('exampleToMarkdown', () => {
  it('uses the file name when there is no title', () => {
    const example = examples['tasks/gather.py'];
    assert.ok(example);
    assert.match(exampleToMarkdown(example, undefined, 'en'), /^\*\*gather\.py\*\* /);
  });
});
