import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unifiedDiff } from '../../src/lib/examples/diff.ts';
import {
  chooseRunner,
  compareVersions,
  isBrowserRunnable,
  minorVersion,
  parseHeader,
} from '../../src/lib/examples/header.ts';
import { loadExampleFile } from '../../src/lib/examples/load.ts';
import { normaliseOutput } from '../../src/lib/examples/output.ts';

describe('example header', () => {
  it('reads every key of the header block', () => {
    const header = parseHeader(
      [
        '# requires: python>=3.12',
        '# packages: aiohttp, httpx',
        '# services: postgres, redis',
        '# browser: no (uses threads)',
        '# timeout: 20',
        '"""Docstring."""',
        '# packages: ignored, after the code started',
      ].join('\n'),
    );
    assert.deepEqual(header, {
      requires: '3.12',
      packages: ['aiohttp', 'httpx'],
      services: ['postgres', 'redis'],
      browserNo: 'uses threads',
      timeout: 20,
      problems: [],
    });
    assert.equal(isBrowserRunnable(header), false);
  });

  it('stops at the first line that is not a header line, so ordinary comments are fine', () => {
    const header = parseHeader('# requires: python>=3.11\n# as_completed yields results: in order\nimport asyncio\n');
    assert.equal(header.requires, '3.11');
    assert.deepEqual(header.problems, []);
    assert.equal(header.timeout, 15);
    assert.equal(isBrowserRunnable(header), true);
  });

  it('reads not-run reasons and treats them as not browser-runnable', () => {
    const header = parseHeader('# requires: python>=3.11\n# not-run: needs a Kafka broker\n');
    assert.equal(header.notRun, 'needs a Kafka broker');
    assert.equal(isBrowserRunnable(header), false);
  });

  it('reports a missing or malformed requires line, unknown services, typos and bad timeouts', () => {
    assert.match(parseHeader('import asyncio\n').problems.join(), /missing "# requires/);
    assert.match(parseHeader('# requires: 3.11\n').problems.join(), /python>=3.11/);
    assert.match(
      parseHeader('# requires: python>=3.11\n# services: kafka\n').problems.join(),
      /unknown service "kafka"/,
    );
    assert.match(
      parseHeader('# requires: python>=3.11\n# package: httpx\n').problems.join(),
      /did you mean "packages"/,
    );
    assert.match(
      parseHeader('# requires: python>=3.11\n# timeout: soon\n').problems.join(),
      /timeout must be a number/,
    );
    assert.match(parseHeader('# requires: python>=3.11\n# browser: no\n').problems.join(), /say why/);
  });

  it('accepts a shebang and CRLF line endings', () => {
    const header = parseHeader('#!/usr/bin/env python3\r\n# requires: python>=3.13\r\n# packages: uvloop\r\n');
    assert.equal(header.requires, '3.13');
    assert.deepEqual(header.packages, ['uvloop']);
  });

  it('compares versions numerically', () => {
    assert.ok(compareVersions('3.11', '3.9') > 0);
    assert.ok(compareVersions('3.11.2', '3.12') < 0);
    assert.equal(compareVersions('3.12', '3.12.0'), 0);
    assert.equal(minorVersion('3.14.2'), '3.14');
  });

  it('chooses CPython when new enough, Pyodide for newer stdlib examples, nothing for not-run', () => {
    const h = (text: string) => parseHeader(`# requires: python>=${text}`);
    assert.equal(chooseRunner(h('3.11'), '3.11.2', '3.14.2'), 'cpython');
    assert.equal(chooseRunner(h('3.13'), '3.11.2', '3.14.2'), 'pyodide');
    assert.equal(chooseRunner(h('3.13'), '3.13.1', '3.14.2'), 'cpython');
    assert.equal(
      chooseRunner(parseHeader('# requires: python>=3.11\n# not-run: no broker'), '3.11.2', '3.14.2'),
      'none',
    );
    const withPackages = chooseRunner(parseHeader('# requires: python>=3.13\n# packages: httpx'), '3.11.2', '3.14.2');
    assert.equal(typeof withPackages, 'object');
    assert.match((withPackages as { problem: string }).problem, /not-run/);
    assert.equal(typeof chooseRunner(h('3.15'), '3.11.2', '3.14.2'), 'object');
  });
});

describe('output normalisation', () => {
  it('removes the run directory so paths read as the bare file name in both runners', () => {
    const cpython = 'Traceback:\n  File "/work/main/content/examples/pitfalls/x.py", line 3\r\n';
    const pyodide = 'Traceback:\n  File "/home/pyodide/x.py", line 3\n';
    const dirs = ['/work/main/content/examples/pitfalls', '/home/pyodide'];
    assert.equal(normaliseOutput(cpython, dirs), 'Traceback:\n  File "x.py", line 3\n');
    assert.equal(normaliseOutput(pyodide, dirs), normaliseOutput(cpython, dirs));
  });

  it('leaves other paths and regex characters alone', () => {
    assert.equal(
      normaliseOutput('/usr/lib/python3.11/asyncio/x.py\n', ['/a.b(c)']),
      '/usr/lib/python3.11/asyncio/x.py\n',
    );
    assert.equal(normaliseOutput('/a.b(c)/f.py /aXb(c)/f.py', ['/a.b(c)']), 'f.py /aXb(c)/f.py');
  });
});

describe('unified diff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n'), '');
  });

  it('shows changed lines with context and hunk ranges', () => {
    const expected = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n';
    const actual = 'one\ntwo\nthree\nFOUR\nfive\nsix\nseven\neight\nnine\n';
    assert.equal(
      unifiedDiff(expected, actual, { expected: 'x.out', actual: 'x.py (CPython)' }, 1),
      [
        '--- x.out',
        '+++ x.py (CPython)',
        '@@ -3,3 +3,3 @@',
        ' three',
        '-four',
        '+FOUR',
        ' five',
        '@@ -8,1 +8,2 @@',
        ' eight',
        '+nine',
        '',
      ].join('\n'),
    );
  });

  it('handles empty sides and a missing final newline', () => {
    assert.match(unifiedDiff('', 'new\n'), /@@ -0,0 \+1,1 @@\n\+new/);
    assert.match(unifiedDiff('a\n', 'a'), /trailing newline/);
    assert.match(unifiedDiff('a\nb\n', 'a\nc'), /no newline at end/);
  });
});

describe('loading an example for the page', () => {
  const root = mkdtempSync(join(tmpdir(), 'examples-lib-'));
  const dir = join(root, 'content/examples/topic');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ok.py'), '# requires: python>=3.11\nprint("hi")\n');
  writeFileSync(join(dir, 'ok.out'), 'hi\n');
  writeFileSync(join(dir, 'no_out.py'), '# requires: python>=3.11\nprint("hi")\n');
  writeFileSync(join(dir, 'skipped.py'), '# requires: python>=3.11\n# not-run: needs Kafka\nimport aiokafka\n');
  writeFileSync(join(dir, 'bad.py'), 'print("no header")\n');
  writeFileSync(
    join(root, 'content/examples/manifest.json'),
    JSON.stringify({ examples: { 'topic/ok.py': { runner: 'cpython', python: '3.11.2', sha256: 'h1' } } }),
  );
  const hash = () => 'h1';

  it('returns source, output and runner', () => {
    const example = loadExampleFile('topic/ok.py', '/zh/x/', hash, root);
    assert.equal(example.output, 'hi\n');
    assert.equal(example.ran?.runner, 'cpython');
    assert.equal(example.browserRunnable, true);
    assert.equal(example.stale, false);
    assert.equal(loadExampleFile('topic/ok.py', '/zh/x/', () => 'changed', root).stale, true);
  });

  it('fails with a message naming the example and the page', () => {
    assert.throws(
      () => loadExampleFile('topic/missing.py', '/zh/x/', hash, root),
      /<Example file="topic\/missing.py"> on \/zh\/x\/: .*does not exist/,
    );
    assert.throws(
      () => loadExampleFile('topic/no_out.py', '/zh/x/', hash, root),
      /topic\/no_out.py .*no captured output no_out.out.*npm run examples/,
    );
    assert.throws(() => loadExampleFile('topic/bad.py', '/zh/x/', hash, root), /topic\/bad.py .*bad header/);
    assert.throws(() => loadExampleFile('../etc/passwd', '/zh/x/', hash, root), /<topic>\/<name>.py/);
  });

  it('needs no output for a not-run example', () => {
    const example = loadExampleFile('topic/skipped.py', '/en/x/', hash, root);
    assert.equal(example.output, undefined);
    assert.equal(example.header.notRun, 'needs Kafka');
  });
});
