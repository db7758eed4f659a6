/**
 * Checks that need no run: headers are valid, every executed example has a fresh `.out` and a
 * manifest entry, every <Example file=...> on a page exists, and not-run examples compile.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { contentDir } from '../../src/lib/content-dir.ts';
import { chooseRunner } from '../../src/lib/examples/header.ts';
import { compileExample, cpythonVersion, examplesDir, listExamples, loadExample, pyodidePythonVersion, readManifest, repoRoot, sourceHash } from '../tools/examples-harness.ts';

const cpython = cpythonVersion();
const pyodide = pyodidePythonVersion();
const examples = listExamples().map(loadExample);
const manifest = readManifest();
const docsDir = join(repoRoot, contentDir, 'docs');

function pages(): string[] {
  if (!existsSync(docsDir)) return [];
  return readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.mdx?$/.test(entry))
    .map((entry) => join(docsDir, entry));
}

/** `<Example file="x/y.py" .../>` uses in a page, with their line numbers (code fences skipped). */
export function exampleRefs(source: string): { file: string; line: number }[] {
  const refs: { file: string; line: number }[] = [];
  let fence = false;
  source.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fence = !fence;
    if (fence) return;
    for (const match of text.matchAll(/<Example\b[^>]*?\bfile\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
      refs.push({ file: match[1] ?? match[2] ?? match[3] ?? '', line: index + 1 });
    }
  });
  return refs;
}

describe('examples: files and outputs', () => {
  it('there are examples', () => {
    assert.ok(examples.length > 0, `no examples under ${examplesDir}`);
  });

  for (const example of examples) {
    it(`${example.id}: header, output, manifest`, () => {
      assert.deepEqual(example.header.problems, [], `${example.id}: bad header:\n  ${example.header.problems.join('\n  ')}`);
      assert.match(example.id, /^[a-z0-9][a-z0-9_-]*\/[a-z0-9_]+\.py$/, `${example.id}: examples live in content/examples/<topic>/<snake_case>.py`);
      const runner = chooseRunner(example.header, cpython, pyodide);
      assert.equal(typeof runner, 'string', `${example.id}: ${typeof runner === 'object' ? runner.problem : ''}`);
      const fix = `run \`npm run examples -- content/examples/${example.id}\``;
      const entry = manifest.examples[example.id];
      if (runner === 'none') {
        assert.ok(!existsSync(example.outPath), `${example.id} is not-run but has a ${example.name.replace(/\.py$/, '.out')}; ${fix} to remove it.`);
        return;
      }
      assert.ok(existsSync(example.outPath), `${example.id}: no ${example.name.replace(/\.py$/, '.out')}; ${fix}.`);
      assert.ok(entry && entry.runner !== 'none', `${example.id}: missing from content/examples/manifest.json; ${fix}.`);
      assert.equal(entry.runner, runner, `${example.id}: its output was captured with ${entry.runner} but should come from ${runner}; ${fix}.`);
      assert.equal(entry.sha256, sourceHash(example.source), `${example.id}: the source changed after its output was captured; ${fix}.`);
    });
  }

  it('every .out belongs to an example', () => {
    const outs = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
      .map((entry) => entry.split(sep).join('/'))
      .filter((entry) => entry.endsWith('.out'));
    const orphans = outs.filter((out) => !existsSync(join(examplesDir, out.replace(/\.out$/, '.py'))));
    assert.deepEqual(orphans, [], `outputs without an example: ${orphans.join(', ')}`);
  });

  it('the manifest lists only existing examples', () => {
    const missing = Object.keys(manifest.examples).filter((id) => !existsSync(join(examplesDir, id)));
    assert.deepEqual(missing, [], `manifest entries without an example: ${missing.join(', ')}; run \`npm run examples\`.`);
  });

  for (const example of examples.filter((e) => e.header.notRun !== undefined)) {
    it(`${example.id}: not run (${example.header.notRun}), compiles`, () => {
      const error = compileExample(example);
      assert.equal(error, '', `${example.id} does not compile:\n${error}`);
    });
  }
});

describe('examples: pages point to existing examples', () => {
  for (const page of pages()) {
    const name = relative(repoRoot, page).split(sep).join('/');
    it(name, () => {
      const problems: string[] = [];
      for (const ref of exampleRefs(readFileSync(page, 'utf8'))) {
        const path = join(examplesDir, ref.file);
        if (!/^[a-z0-9][a-z0-9_-]*\/[a-z0-9_]+\.py$/.test(ref.file) || !existsSync(path)) {
          problems.push(`${name}:${ref.line}: <Example file="${ref.file}"> — no such example in ${contentDir}/examples/`);
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
