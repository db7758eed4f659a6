/**
 * Runs every executed example again with CPython and compares with its committed `.out`.
 * Examples that need a newer Python than CPython here are checked in pyodide.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chooseRunner, minorVersion, type Service } from '../../src/lib/examples/header.ts';
import { compareRuns, cpythonVersion, listExamples, loadExample, pyodidePythonVersion, runCPython, startServices, type RunningServices } from '../tools/examples-harness.ts';

const cpython = cpythonVersion();
const pyodide = pyodidePythonVersion();
const examples = listExamples()
  .map(loadExample)
  .filter((example) => example.header.problems.length === 0 && chooseRunner(example.header, cpython, pyodide) === 'cpython');
const needed = new Set<Service>(examples.flatMap((example) => example.header.services));
let services: RunningServices | undefined;

describe(`examples on CPython ${minorVersion(cpython)}`, () => {
  before(async () => {
    if (needed.size > 0) services = await startServices(needed);
  });
  after(() => services?.stop());

  for (const example of examples) {
    it(example.id, async () => {
      assert.ok(existsSync(example.outPath), `${example.id}: no ${example.name.replace(/\.py$/, '.out')}; run \`npm run examples -- content/examples/${example.id}\`.`);
      const expected = readFileSync(example.outPath, 'utf8');
      const result = await compareRuns(example, expected, `CPython ${cpython}`, () => {
        services?.reset(example.header.services);
        return runCPython(example, services?.env ?? {});
      });
      assert.ok(result.ok, result.message);
    });
  }
});
