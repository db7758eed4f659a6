import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocs, checkHeadings, formatProblems } from '../../src/lib/content-checks.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const page = (body: string) =>
  `---\ntitle: T\ndescription: A page for tests.\nsection: start\norder: 1\n---\n\n${body}\n`;

describe('content checks', () => {
  it('accepts a consistent pair of pages', () => {
    assert.deepEqual(checkDocs(join(fixtures, 'minimal/docs')), []);
  });

  it('names the file that lacks a translation', () => {
    const problems = checkDocs(join(fixtures, 'missing-translation/docs'), fixtures);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /missing-translation\/docs\/en\/only-chinese\.mdx is missing/);
    assert.match(problems[0]?.message ?? '', /has no en translation/);
  });

  it('names the file and line of a duplicate id', () => {
    const problems = checkDocs(join(fixtures, 'duplicate-id/docs'), fixtures);
    const messages = problems.map((problem) => problem.message);
    assert.ok(
      messages.some((message) => /duplicate-id\/docs\/zh\/twice\.mdx:10: duplicate heading id "same"/.test(message)),
      messages.join('\n'),
    );
    assert.ok(messages.some((message) => /duplicate-id\/docs\/en\/twice\.mdx:10/.test(message)));
  });

  it('requires ids on h2 and h3 only, in the documented form', () => {
    const { problems } = checkHeadings('## Has none\n\n### Neither\n\n#### Fine\n\n## Bad id {#Not_OK}', 'x.mdx');
    assert.deepEqual(
      problems.map((problem) => problem.message),
      [
        'x.mdx:1: heading "Has none" has no id; write it as "## Has none {#some-id}".',
        'x.mdx:3: heading "Neither" has no id; write it as "### Neither {#some-id}".',
        'x.mdx:7: heading id "Not_OK" must be lowercase ASCII words joined by hyphens.',
      ],
    );
  });

  it('reports zh/en pages whose id sets differ', () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-docs-'));
    for (const lang of ['zh', 'en']) mkdirSync(join(root, lang, 'concepts'), { recursive: true });
    writeFileSync(join(root, 'zh', 'concepts', 'tasks.mdx'), page('## 任务 {#tasks}\n\n## 引用 {#references}'));
    writeFileSync(join(root, 'en', 'concepts', 'tasks.mdx'), page('## Tasks {#tasks}\n\n## Refs {#refs}'));
    const problems = checkDocs(root);
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0]?.message,
      'en/concepts/tasks.mdx and zh/concepts/tasks.mdx must have the same heading ids; only in zh/concepts/tasks.mdx: references; only in en/concepts/tasks.mdx: refs.',
    );
    assert.match(formatProblems(problems), /^The guide's content has 1 problem\(s\):\n {2}- en\/concepts/);
  });
});
