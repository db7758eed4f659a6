/**
 * Builds tests/fixtures/timeline (one example with a committed trace) and checks the timeline in the
 * built pages: an inline SVG image named by its title and description, lanes and axis in the page's
 * language, the text version as a table, and the same caption and table in the Markdown version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture } from '../support/build.ts';

let outDir = '';
const page = (path: string) => readFileSync(join(outDir, path), 'utf8');
const figureOf = (html: string) => /<figure class="timeline"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';

describe('a timeline on a built page', { concurrency: 1 }, () => {
  before(() => {
    const build = buildFixture('tests/fixtures/timeline');
    assert.equal(build.status, 0, build.output);
    outDir = build.outDir;
  });

  it('is an inline SVG image labelled by its own title and description', () => {
    const figure = figureOf(page('en/index.html'));
    const svg = /<svg viewBox="0 0 \d+ \d+" role="img" aria-labelledby="([\w-]+) ([\w-]+)"/.exec(figure);
    assert.ok(svg, figure.slice(0, 400));
    assert.match(figure, new RegExp(`<title id="${svg[1]}">Timeline of two_downloads\\.py</title>`));
    assert.match(figure, new RegExp(`<desc id="${svg[2]}">3 tasks over 320 ms\\. Each task has a lane`));
    assert.match(figure, /<figcaption>Timeline of two_downloads\.py<\/figcaption>/);
    assert.doesNotMatch(figure, /<script|style="[^"]*(?:fill|stroke)/);
  });

  it('labels lanes with task names and the axis, legend and table in the page language', () => {
    const zh = figureOf(page('zh/index.html'));
    for (const name of ['main', "download('fast')", "download('slow')"]) {
      assert.ok(zh.includes(`class="tl-name" x="10" y="`) && zh.includes(`">${name}</text>`), name);
    }
    assert.match(zh, />时间（ms）<\/text>/);
    assert.match(zh, /<summary>文字版<\/summary>/);
    assert.match(zh, /<th scope="col">等待的对象<\/th>/);
    assert.equal(zh.match(/<th scope="row">/g)?.length, 3);
    assert.match(zh, /data-duration="320"/);
  });

  it('keeps the caption, the description and the table in the Markdown version', () => {
    const md = page('en/index.md');
    assert.match(md, /^\*\*Timeline of two_downloads\.py\*\*$/m);
    assert.match(md, /^3 tasks over 320 ms\./m);
    assert.match(md, /^\| `download\('slow'\)` \| 0 ms \| 320 ms \| done \| sleep \(300 ms\) \|$/m);
  });
});
