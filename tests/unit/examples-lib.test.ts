import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unifiedDiff } from '../../src/lib/examples/diff.ts';
import {
  exampleFromTexts,
  loadExample,
  loadPageExample,
  ranWith,
  sourceHash,
  variantLines,
} from '../../src/lib/content/example.ts';
import { compareVersions, isBrowserRunnable, minorVersion, parseHeader } from '../../src/lib/examples/header.ts';
import { contentKey, lockedVersions, planExample } from '../../tests/tools/examples/plan.ts';
import { explainFailure } from '../../tests/tools/examples/record.ts';
import { normaliseOutput } from '../../src/lib/examples/output.ts';

describe('example header', () => {
  it('reads every key of the header block', () => {
    const header = parseHeader(
      [
        '# requires: python>=3.12',
        '# packages: aiohttp, httpx',
        '# services: postgres, kafka',
        '# browser: no (uses threads)',
        '# timeout: 20',
        '"""Docstring."""',
        '# packages: ignored, after the code started',
      ].join('\n'),
    );
    assert.deepEqual(header, {
      requires: '3.12',
      packages: ['aiohttp', 'httpx'],
      services: ['postgres', 'kafka'],
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
      parseHeader('# requires: python>=3.11\n# services: kafka, mongodb\n').problems.join(),
      /unknown service "mongodb"/,
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
});

describe('planning where an example runs', () => {
  const py = (version: string) => ({ minor: minorVersion(version), version, python: `/venv/${version}` });
  const cpythons = [py('3.11.7'), py('3.12.1'), py('3.13.0')];
  const locked = lockedVersions(
    'fastapi==0.165.0 \\\n    --hash=sha256:ab\nAio_Pika==10.2.1 ; python_version >= "3.11"\n',
  );
  const plan = (header: string, interpreters = cpythons) =>
    planExample({ ...loadFixture(header) }, interpreters, '3.14.2', locked);
  function loadFixture(header: string) {
    return exampleFromTexts('t/x.py', '/x/t/x.py', { source: `${header}\nprint(1)\n`, output: '1\n' });
  }

  it('reads pinned versions from the lock, names normalised', () => {
    assert.deepEqual(
      [...locked],
      [
        ['fastapi', '0.165.0'],
        ['aio-pika', '10.2.1'],
      ],
    );
  });

  it('runs on the newest CPython (committed output) and on the declared minimum', () => {
    const p = plan('# requires: python>=3.11');
    assert.deepEqual(
      p.cpythons.map((i) => i.minor),
      ['3.13', '3.11'],
    );
    assert.equal(p.capture, 'cpython');
    assert.equal(p.pyodide, true);
    assert.deepEqual(
      plan('# requires: python>=3.12').cpythons.map((i) => i.minor),
      ['3.13', '3.12'],
    );
    assert.deepEqual(
      plan('# requires: python>=3.13').cpythons.map((i) => i.minor),
      ['3.13'],
    );
  });

  it('says when the declared minimum is missing on this machine', () => {
    const p = plan('# requires: python>=3.11', [py('3.12.1'), py('3.13.0')]);
    assert.match(p.notes.join(), /3\.11 is not available/);
  });

  it('uses Pyodide for stdlib examples newer than every CPython, and fails for packages', () => {
    assert.equal(plan('# requires: python>=3.14').capture, 'pyodide');
    assert.match(plan('# requires: python>=3.14\n# packages: fastapi').problems.join(), /needs Python 3.14/);
  });

  it('names the example and the package when the lock lacks it', () => {
    assert.match(
      plan('# requires: python>=3.11\n# packages: fastapi, nosuchlib').problems.join(),
      /t\/x.py imports "nosuchlib"/,
    );
    assert.deepEqual(plan('# requires: python>=3.11\n# packages: aio_pika').problems, []);
  });

  it('compiles not-run examples on the newest CPython', () => {
    const p = plan('# requires: python>=3.11\n# not-run: needs Kafka');
    assert.equal(p.capture, 'none');
    assert.deepEqual(
      p.cpythons.map((i) => i.minor),
      ['3.13'],
    );
  });

  it('changes the content key when source, output, lock or a runner version changes', () => {
    const example = loadFixture('# requires: python>=3.11');
    const key = contentKey(example, ['CPython 3.13.0'], 'lock');
    assert.equal(contentKey(example, ['CPython 3.13.0'], 'lock'), key);
    assert.notEqual(contentKey({ ...example, source: `${example.source}#` }, ['CPython 3.13.0'], 'lock'), key);
    assert.notEqual(contentKey({ ...example, output: '2\n' }, ['CPython 3.13.0'], 'lock'), key);
    assert.notEqual(contentKey(example, ['CPython 3.13.0'], 'lock2'), key);
    assert.notEqual(contentKey(example, ['CPython 3.13.1'], 'lock'), key);
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
  const okSource = '# requires: python>=3.11\n# packages: fastapi\nprint("hi")  # en: greet | zh: 打招呼\n';
  writeFileSync(join(dir, 'ok.py'), okSource);
  writeFileSync(join(dir, 'ok.out'), 'hi\n');
  writeFileSync(join(dir, 'no_out.py'), '# requires: python>=3.11\nprint("hi")\n');
  writeFileSync(join(dir, 'skipped.py'), '# requires: python>=3.11\n# not-run: needs Kafka\nimport aiokafka\n');
  writeFileSync(join(dir, 'bad.py'), 'print("no header")\n');
  const entry = {
    runner: 'cpython',
    python: '3.13.0',
    pythons: ['3.11.7', '3.13.0'],
    packages: { fastapi: '0.165.0' },
    variants: { '3.11': 'hello\nhi\n' },
    sha256: sourceHash(okSource),
  };
  writeFileSync(join(root, 'content/examples/manifest.json'), JSON.stringify({ examples: { 'topic/ok.py': entry } }));

  it('returns source, output, runner and freshness', () => {
    const example = loadPageExample('topic/ok.py', '/zh/x/', root);
    assert.equal(example.output, 'hi\n');
    assert.equal(example.ran?.runner, 'cpython');
    assert.equal(example.browserRunnable, false);
    assert.equal(example.stale, false);
    assert.match(example.code.zh, /print\("hi"\) {2}# 打招呼\n$/);
    assert.match(example.code.en, /print\("hi"\) {2}# greet\n$/);
    writeFileSync(join(dir, 'ok.py'), `${okSource}# changed\n`);
    assert.equal(loadExample('topic/ok.py', { root, fresh: true }).stale, true);
    writeFileSync(join(dir, 'ok.py'), okSource);
  });

  it('says what it ran with, from the manifest', () => {
    const example = loadPageExample('topic/ok.py', '/zh/x/', root);
    assert.deepEqual(ranWith(example.ran), { pythons: '3.11 · 3.13', library: 'FastAPI 0.165.0' });
    assert.deepEqual(variantLines(example.ran, example.output ?? ''), [{ minor: '3.11', lines: ['hello'] }]);
    assert.equal(ranWith(undefined), undefined);
  });

  it('fails with a message naming the example and the page', () => {
    assert.throws(
      () => loadPageExample('topic/missing.py', '/zh/x/', root),
      /<Example file="topic\/missing.py"> on \/zh\/x\/: .*does not exist/,
    );
    assert.throws(
      () => loadPageExample('topic/no_out.py', '/zh/x/', root),
      /topic\/no_out.py .*no captured output no_out.out.*npm run examples/,
    );
    assert.throws(() => loadPageExample('topic/bad.py', '/zh/x/', root), /topic\/bad.py .*bad header/);
    assert.throws(() => loadPageExample('../etc/passwd', '/zh/x/', root), /<topic>\/<name>.py/);
  });

  it('needs no output for a not-run example', () => {
    const example = loadPageExample('topic/skipped.py', '/en/x/', root);
    assert.equal(example.output, undefined);
    assert.equal(example.header.notRun, 'needs Kafka');
  });
});

describe('harness messages', () => {
  it('names the example and the package when an import fails', () => {
    const example = exampleFromTexts('topic/x.py', '/x/topic/x.py', { source: '' });
    const output = "Traceback (most recent call last):\nModuleNotFoundError: No module named 'aiokafka.structs'\n";
    assert.match(explainFailure(example, output), /topic\/x.py imports "aiokafka".*python\/requirements.in/s);
    assert.equal(explainFailure(example, 'ValueError: boom\n'), '');
  });
});
