/**
 * Runs in Pyodide (CPython 3.14 in WebAssembly, under Node 24) every example that gets a Run
 * button, and every example too new for CPython here, and compares with the committed `.out`:
 * what the reader sees after clicking Run must match the page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { chooseRunner, isBrowserRunnable } from '../../src/lib/examples/header.ts';
import { compareRuns, cpythonVersion, listExamples, loadExample, PyodideRunner, pyodidePythonVersion } from '../tools/examples-harness.ts';

const cpython = cpythonVersion();
const pyodideVersion = pyodidePythonVersion();
const examples = listExamples()
  .map(loadExample)
  .filter((example) => example.header.problems.length === 0)
  .filter((example) => isBrowserRunnable(example.header) || chooseRunner(example.header, cpython, pyodideVersion) === 'pyodide');
const runner = new PyodideRunner();

describe(`examples in Pyodide (CPython ${pyodideVersion})`, () => {
  after(() => runner.close());

  for (const example of examples) {
    it(example.id, async () => {
      assert.ok(existsSync(example.outPath), `${example.id}: no ${example.name.replace(/\.py$/, '.out')}; run \`npm run examples -- content/examples/${example.id}\`.`);
      const expected = readFileSync(example.outPath, 'utf8');
      const result = await compareRuns(example, expected, `Pyodide ${pyodideVersion}`, () => runner.run(example));
      assert.ok(
        result.ok,
        `${result.message}\nIf Pyodide legitimately behaves differently (threads, sockets, its single WebLoop), mark the example "# browser: no (reason)".`,
      );
    });
  }
});
