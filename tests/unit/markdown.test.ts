import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { escapeMdxHeadingIds } from '../../src/lib/heading-ids.ts';
// The plugin lists astro.config.mjs passes to Astro, so these cases prove what the site renders.
import { rehypePlugins, remarkPlugins } from '../../src/lib/markdown-pipeline.ts';

const cjk = '**注意：**事件循环只有一个线程。**“协程”**是可以暂停的函数。';

describe('markdown pipeline', () => {
  it('renders CJK emphasis next to full-width punctuation as <strong>', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false });
    const { code } = await processor.render(cjk);
    assert.match(code, /<strong>注意：<\/strong>事件循环/);
    assert.match(code, /<strong>“协程”<\/strong>是/);
    assert.doesNotMatch(code, /\*\*/);
  });

  it('joins lines broken between Chinese characters but keeps breaks next to Latin text', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false });
    const { code } = await processor.render(
      '事件循环只有\n一个线程，\n**任务**\n在其中运行 asyncio\n很常用。\nasync def\nworks.',
    );
    assert.match(code, /事件循环只有一个线程，<strong>任务<\/strong>在其中运行 asyncio\n很常用。\nasync def\nworks\./);
  });

  it('turns {#id} into the heading id and adds a section link after the heading', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, gfm: false, smartypants: false });
    const { code, metadata } = await processor.render('## 事件循环 {#event-loop}\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    assert.match(code, /<h2 id="event-loop">事件循环<\/h2><a class="heading-anchor" href="#event-loop"/);
    assert.deepEqual(
      metadata.headings.map((heading) => heading.slug),
      ['event-loop'],
    );
    assert.match(code, /<table>/);
  });

  it('compiles the same cases in MDX once heading ids are escaped', async () => {
    const source = escapeMdxHeadingIds(`## 取消任务 {#cancellation}\n\n${cjk}\n`);
    const output = String(await compile(source, { remarkPlugins, rehypePlugins }));
    assert.match(output, /id: "cancellation"/);
    assert.match(output, /"取消任务"/);
    assert.match(output, /_jsx\(_components\.strong, \{\s*children: "注意："/);
    assert.doesNotMatch(output, /\*\*/);
  });
});
