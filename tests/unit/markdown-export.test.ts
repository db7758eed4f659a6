import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { htmlToMarkdown } from '../../src/lib/markdown/html-to-markdown.ts';
import { timelineLabels } from '../../src/lib/timeline/labels.ts';
import { readTraceText } from '../../src/lib/timeline/read.ts';
import { renderTimeline } from '../../src/lib/timeline/render.ts';
import { llmsTxt } from '../../src/lib/markdown/llms-txt.ts';
import { escapeMarkdownText, markdownPath, pageMarkdown } from '../../src/lib/markdown/page.ts';

/** Rendered page content as the components produce it: heading anchor, Shiki code, an example, a table. */
const html = readFileSync(new URL('../fixtures/markdown/page.html', import.meta.url), 'utf8');
const pageUrl = 'https://guide.example/en/concepts/tasks/';

describe('htmlToMarkdown', () => {
  it('keeps heading ids and drops the anchor link and its screen-reader text', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(out, /^## Running tasks 3\.11\+ \{#create-task\}$/m);
    assert.doesNotMatch(out, /Copy link to section/);
  });

  it('makes site links and fragments absolute and keeps external ones', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(out, /\[coroutine\]\(https:\/\/guide\.example\/en\/concepts\/coroutines\/\)/);
    assert.match(out, /\[fragment\]\(https:\/\/guide\.example\/en\/concepts\/tasks\/#keep\)/);
    assert.match(out, /\[the docs\]\(https:\/\/docs\.python\.org\/3\/\)/);
  });

  it('turns a callout into a blockquote that starts with its title in bold', async () => {
    const aside =
      '<aside class="aside aside-note" aria-label="注意" data-aside="note"><p class="aside-title" aria-hidden="true">' +
      '注意</p><div class="aside-body"><p>任务要保存引用。</p><p>第二段。</p></div></aside>';
    const out = await htmlToMarkdown(aside, { lang: 'zh', pageUrl });
    assert.equal(out, '> **注意**\n>\n> 任务要保存引用。\n>\n> 第二段。\n');
  });

  it('keeps HTML-looking text escaped and CJK emphasis without entities', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(out, /text like \\?<script> stays text/);
    assert.match(out, /^\*\*注意：\*\*事件循环只有一个。$/m);
    assert.doesNotMatch(out, /&#x/);
  });

  it('fences code with its language, longer than any backtick run inside', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(out, /^````python\nprint\("```"\)\nx = 1\n````$/m);
  });

  it('renders an example as its title and badges, its code and its output, without the controls', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(
      out,
      /^\*\*A \\?<demo>\*\* \(demo\.py, Python 3\.11\+, ran on CPython 3\.11\)\n\n```python\nprint\("hi"\)\n```\n\nOutput\n\n```text\nhi\n```$/m,
    );
    assert.doesNotMatch(out, /\bRun\b/);
    const zh = await htmlToMarkdown(html, { lang: 'zh', pageUrl });
    assert.match(zh, /\*\*（demo\.py，Python 3\.11\+，ran on CPython 3\.11）/);
  });

  it('renders a comparison table as a GFM table with its caption, group and row order', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.match(out, /^\*\*Sync and async libraries\*\*\n\n\| Domain \| Async \| Our pick \|\n\| - \| - \| - \|$/m);
    assert.match(out, /^\| \*\*HTTP and web\*\* \| +\| +\|$/m);
    const row = out.split('\n').find((line) => line.startsWith('| HTTP client |'));
    assert.equal(
      row,
      '| HTTP client | [httpx](https://www.python-httpx.org/) (dormant); [aiohttp](https://docs.aiohttp.org/) | ' +
        'Reuse one client \\| always. **Note:** httpx is quiet. ' +
        'In this guide: [HTTP clients](https://guide.example/en/scenarios/http-client/) |',
    );
    assert.doesNotMatch(out, /Filter|Scroll|Link to this row|\u200b/);
  });

  it('keeps a timeline as its caption, its description and its text table', async () => {
    const trace = readTraceText(
      't.json',
      readFileSync(new URL('fixtures/timeline/taskgroup-error.trace.json', import.meta.url), 'utf8'),
    ).trace;
    assert.ok(trace);
    const figure = renderTimeline(trace, timelineLabels('zh'), { id: 'tl', file: 'tg.py' });
    const out = await htmlToMarkdown(`<figure class="timeline" data-timeline="recorded">${figure}</figure>`, {
      lang: 'zh',
      pageUrl,
    });
    const lines = out.split('\n');
    assert.equal(lines[0], '**tg.py 的时间线**');
    assert.match(lines[2] ?? '', /^3 个任务，共 50 ms。每个任务一条泳道/);
    assert.equal(lines[4], '| 任务 | 开始 | 结束 | 结果 | 等待的对象 |');
    assert.ok(lines.includes('| `fails` | 0 ms | 20 ms | 出错（ValueError） | sleep (20 ms) |'), out);
    assert.doesNotMatch(out, /文字版|<svg|^- /m);
  });

  it('drops scripts and comments', async () => {
    const out = await htmlToMarkdown(html, { lang: 'en', pageUrl });
    assert.doesNotMatch(out, /never|a comment/);
  });
});

describe('pageMarkdown', () => {
  it('puts the Markdown next to the page, the home as index.md', () => {
    assert.equal(markdownPath('zh', 'concepts/tasks'), '/zh/concepts/tasks.md');
    assert.equal(markdownPath('en', ''), '/en/index.md');
  });

  it('escapes HTML-looking and formatting characters but not underscores inside words', () => {
    assert.equal(escapeMarkdownText('<b>*x*</b> | a_b _c_'), '\\<b\\>\\*x\\*\\</b\\> \\| a_b \\_c\\_');
  });

  it('starts with the title and description and ends with the web address', () => {
    const out = pageMarkdown({
      lang: 'zh',
      slug: 'index',
      title: '异步 Python <指南>',
      description: '一句话说明。',
      python: '3.11',
      body: '\n正文。\n',
      site: 'https://guide.example',
    });
    const expected = '# 异步 Python \\<指南\\>\n\n> 一句话说明。\n\n本页代码需要 Python 3.11+\n\n正文。\n\n---\n\n';
    assert.equal(out, `${expected}网页版：<https://guide.example/zh/>\n`);
  });
});

describe('llmsTxt', () => {
  it('follows the llms.txt shape: H1, blockquote, H2 sections of link lists', () => {
    const out = llmsTxt({
      title: 'Guide',
      summary: 'A guide\n  to asyncio.',
      details: ['Markdown everywhere.'],
      sections: [
        {
          heading: '中文',
          links: [
            { title: '任务 [1]', url: 'https://guide.example/zh/tasks.md', description: '创建任务，\n  管理任务。' },
          ],
        },
        {
          heading: 'English',
          links: [{ title: 'Tasks', url: 'https://guide.example/en/tasks.md', description: 'Tasks.' }],
        },
      ],
    });
    assert.equal(
      out,
      '# Guide\n\n> A guide to asyncio.\n\nMarkdown everywhere.\n\n## 中文\n\n' +
        '- [任务 \\[1\\]](https://guide.example/zh/tasks.md): 创建任务， 管理任务。\n\n## English\n\n' +
        '- [Tasks](https://guide.example/en/tasks.md): Tasks.\n',
    );
  });
});
