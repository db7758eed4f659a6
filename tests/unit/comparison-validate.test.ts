import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { frameworkTable, libraryEntry } from '../../src/lib/comparison/schema.ts';
import {
  formatDataProblems,
  guidePageChecker,
  readDataEntries,
  validateDataEntries,
} from '../../src/lib/comparison/data-file.ts';
import type { LinkChecker } from '../../src/lib/comparison/data-file.ts';

const root = new URL('../../', import.meta.url).pathname;
const FILE = 'content/data/libraries.yaml';
const allPagesExist: LinkChecker = () => undefined;

/** A valid library entry; tests break one thing at a time. */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'redis',
    category: 'databases',
    domain: { zh: 'Redis', en: 'Redis' },
    sync: [{ name: 'redis-py', docs: 'https://redis.readthedocs.io/' }],
    async: [{ name: 'redis.asyncio', docs: 'https://redis.readthedocs.io/en/stable/examples/asyncio_examples.html' }],
    recommendation: { zh: '用 redis.asyncio。', en: 'Use redis.asyncio.' },
    guide: 'scenarios/messaging',
    ...overrides,
  };
}

/** Problems as the build prints them, one line each. */
function report(data: unknown, checkLink: LinkChecker = allPagesExist): string {
  return formatDataProblems(validateDataEntries(FILE, data, libraryEntry, checkLink));
}

/** A docs folder with one page in both languages, for the dead-link checker. */
function docsWith(slug: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmp-docs-'));
  for (const lang of ['zh', 'en']) {
    const path = join(dir, lang, `${slug}.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      `---\ntitle: T\ndescription: A page for tests.\nsection: scenarios\norder: 1\n---\n\n${body}\n`,
    );
  }
  return dir;
}

describe('comparison data validation', () => {
  it('accepts a valid entry', () => {
    assert.deepEqual(validateDataEntries(FILE, [entry()], libraryEntry, allPagesExist), []);
  });

  it('rejects an unknown key, naming the file, the entry and the key', () => {
    const text = report([entry({ sinc: [] })]);
    assert.match(text, /content\/data\/libraries\.yaml → entry "redis": unknown key "sinc"/);
  });

  it('rejects an unknown key inside a nested object', () => {
    const text = report([entry({ async: [{ name: 'x', docs: 'https://x.example/', stauts: 'deprecated' }] })]);
    assert.match(text, /entry "redis": unknown key "stauts" at async\[0\]/);
  });

  it('rejects a missing field, naming the file, the entry and the field', () => {
    const broken = entry();
    delete broken['recommendation'];
    const text = report([broken]);
    assert.match(text, /content\/data\/libraries\.yaml → entry "redis": missing field at recommendation/);
  });

  it('rejects a missing translation', () => {
    const text = report([entry({ domain: { zh: 'Redis' } })]);
    assert.match(text, /entry "redis": missing field at domain\.en/);
  });

  it('rejects an entry without an id, naming its position', () => {
    const broken = entry();
    delete broken['id'];
    const text = report([entry({ id: 'http-client' }), broken]);
    assert.match(text, /entry #2 \(no id\): missing field at id/);
  });

  it('rejects a duplicate id, naming both entries', () => {
    const text = report([entry(), entry({ id: 'http-client' }), entry()]);
    assert.match(
      text,
      /content\/data\/libraries\.yaml → entry "redis": duplicate id "redis": entries 1 and 3 both use it/,
    );
  });

  it('rejects a duplicate row id inside a framework table, naming the table and the row', () => {
    const row = {
      id: 'syntax',
      feature: { zh: '语法', en: 'Syntax' },
      asyncio: { zh: 'a', en: 'a' },
      tornado: { zh: 't', en: 't' },
    };
    const table = { id: 'asyncio-vs-tornado', caption: { zh: '对比', en: 'Compared' }, rows: [row, { ...row }] };
    const text = formatDataProblems(
      validateDataEntries('content/data/frameworks.yaml', [table], frameworkTable, allPagesExist),
    );
    assert.match(
      text,
      /frameworks\.yaml → entry "asyncio-vs-tornado": duplicate row id "syntax" \(first used by row 1\) at rows\[1\] "syntax"\.id/,
    );
  });

  it('rejects an unknown table id', () => {
    const text = formatDataProblems(
      validateDataEntries(
        'content/data/frameworks.yaml',
        [{ id: 'orms', caption: { zh: 'x', en: 'x' }, rows: [] }],
        frameworkTable,
        allPagesExist,
      ),
    );
    assert.match(text, /entry "orms"/);
  });

  it('rejects a bad status and a non-https docs link', () => {
    const text = report([entry({ async: [{ name: 'aioredis', docs: 'http://aioredis.example/', status: 'dead' }] })]);
    assert.match(text, /entry "redis": .*at async\[0\]\.docs/);
    assert.match(text, /entry "redis": .*at async\[0\]\.status/);
  });

  it('rejects a file that is not a list', () => {
    assert.match(report({ redis: entry() }), /libraries\.yaml → entry \(file\): must be a YAML list/);
  });

  it('rejects a link to a guide page that does not exist, naming the entry and the page', () => {
    const docs = docsWith('scenarios/messaging', '## Redis {#redis}\n\nText.');
    const text = report([entry({ guide: 'scenarios/no-such-page' })], guidePageChecker(docs));
    assert.match(
      text,
      /content\/data\/libraries\.yaml → entry "redis": links to the guide page "scenarios\/no-such-page", but content\/docs\/zh\/scenarios\/no-such-page\.mdx does not exist \(at guide\)/,
    );
  });

  it('accepts a link to an existing page and heading, and rejects a missing heading', () => {
    const docs = docsWith('scenarios/messaging', '## Redis {#redis}\n\nText.');
    const check = guidePageChecker(docs);
    assert.equal(check('scenarios/messaging'), undefined);
    assert.equal(check('scenarios/messaging#redis'), undefined);
    const text = report([entry({ guide: 'scenarios/messaging#kafka' })], check);
    assert.match(
      text,
      /entry "redis": links to "scenarios\/messaging#kafka", but content\/docs\/zh\/scenarios\/messaging\.mdx has no heading \{#kafka\}/,
    );
  });

  it('accepts guide: null but not a missing guide key', () => {
    assert.equal(report([entry({ guide: null })]).includes('problem(s):\n  -'), false);
    const broken = entry();
    delete broken['guide'];
    assert.match(report([broken]), /entry "redis": missing field at guide/);
  });

  it('rejects a guide link that is a URL instead of a slug', () => {
    assert.match(report([entry({ guide: '/zh/scenarios/messaging/' })]), /entry "redis": must be a guide slug/);
  });
});

describe('reading a data file once', () => {
  for (const [file, schema] of [
    ['libraries.yaml', libraryEntry],
    ['frameworks.yaml', frameworkTable],
  ] as const) {
    it(`the fixture ${file} matches its schema`, () => {
      const data: unknown = parse(readFileSync(join(root, 'tests/fixtures/comparison', file), 'utf8'), {
        uniqueKeys: true,
      });
      const problems = validateDataEntries(file, data, schema, allPagesExist);
      assert.deepEqual(problems, [], formatDataProblems(problems));
    });
  }

  it('returns each valid entry with its position in the file, the order the table shows', () => {
    const data = [entry({ id: 'zeta' }), entry({ id: 'alpha' }), entry({ id: 'mid' })];
    const { entries, problems } = readDataEntries(FILE, data, libraryEntry, allPagesExist);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((item) => [item.id, item.position]),
      [
        ['zeta', 0],
        ['alpha', 1],
        ['mid', 2],
      ],
    );
  });
});
