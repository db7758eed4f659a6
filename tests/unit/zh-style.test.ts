import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  checkLinkText,
  checkParagraphs,
  checkTerms,
  formatFinding,
  loadPageLabels,
  proseLines,
} from '../../src/lib/zh-style.ts';
import { STYLE_TERMS } from '../../src/lib/zh-style-terms.ts';

const fixtures = new URL('../fixtures/zh-style/', import.meta.url).pathname;
const file = 'zh/concepts/tasks.mdx';
const source = readFileSync(`${fixtures}${file}`, 'utf8');

describe('zh style check', () => {
  it('keeps line numbers and drops frontmatter, code blocks, inline code and link URLs', () => {
    const prose = proseLines(source);
    assert.equal(prose.length, source.split('\n').length);
    assert.equal(prose[3], '');
    assert.ok(!prose.join('\n').includes('工作者'));
    assert.ok(!prose[11]?.includes('socket'));
    assert.ok(!prose[11]?.includes('loop'));
  });

  it('reports each banned variant with its line, and allows the fixed phrases', () => {
    const found = checkTerms(source, file, STYLE_TERMS).map(formatFinding);
    const at = (line: number) => found.filter((finding) => finding.startsWith(`${file}:${line}:`));
    assert.equal(at(7).length, 2, found.join('\n'));
    assert.match(at(7).join(), /循环/);
    assert.match(at(7).join(), /工作协程/);
    assert.deepEqual(at(9), [], 'for 循环, 循环体 and 事件循环 are allowed');
    assert.deepEqual(at(11), [], 'inline code and URLs are not prose');
    assert.equal(at(19).length, 3, found.join('\n'));
    assert.match(at(19).join(), /3\.12\+/);
    assert.match(at(19).join(), /从 Python 3\.12 起/);
    assert.match(at(19).join(), /生产者—消费者/);
    assert.equal(found.length, 5);
  });

  it('reports link text that is neither the title nor the short label of its target', () => {
    const pages = loadPageLabels(fixtures, 'zh');
    assert.deepEqual(pages.get('/zh/concepts/tasks/'), {
      title: '任务与 Future：create_task 与后台任务',
      short: '任务与 Future',
    });
    const found = checkLinkText(source, file, pages).map(formatFinding);
    assert.deepEqual(found, [
      `${file}:17: link text “任务与 create_task” to /zh/concepts/tasks/: write “任务与 Future” or ` +
        '“任务与 Future：create_task 与后台任务”',
    ]);
  });

  it('reports a paragraph over the limit at its first line, and not lists or code', () => {
    const long = '长'.repeat(200);
    const text = `${long}\n${long}\n\n- ${long}${long}\n\n\`\`\`\n${long}${long}\n\`\`\`\n\n短段落。`;
    assert.deepEqual(checkParagraphs(text, 'p.mdx').map(formatFinding), [
      'p.mdx:1: paragraph of 400 characters: split it (at most 300)',
    ]);
  });
});
