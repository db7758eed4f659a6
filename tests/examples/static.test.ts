/**
 * Checks that need no run: headers are valid, every executed example has a fresh `.out` and a
 * manifest entry, `timeline: yes` examples have a trace that matches their committed output (and
 * others have none), every <Example file=...> on a page exists, and not-run examples compile.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { contentDir } from '../../src/lib/content-dir.ts';
import { EXAMPLE_FILE, readManifest, sourceHash } from '../../src/lib/content/example.ts';
import { checkTraceOutput, parseTrace } from '../../src/lib/examples/trace.ts';
import { examplesDir, listExamples } from '../tools/examples/plan.ts';
import { repoRoot } from '../tools/examples/pythons.ts';
import { compileExample } from '../tools/examples/runners.ts';
import { openSession, planAll } from '../tools/examples/session.ts';

const session = openSession();
const planned = planAll(session, listExamples());
const manifest = readManifest(examplesDir);
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
    for (const match of text.matchAll(
      /<Example\b[^>]*?\bfile\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g,
    )) {
      refs.push({ file: match[1] ?? match[2] ?? match[3] ?? '', line: index + 1 });
    }
  });
  return refs;
}

describe('examples: files and outputs', () => {
  it('there are examples', () => {
    assert.ok(planned.length > 0, `no examples under ${examplesDir}`);
  });

  for (const { example, plan } of planned) {
    it(`${example.file}: header, packages, output, manifest`, () => {
      assert.deepEqual(plan.problems, [], plan.problems.join('\n'));
      assert.match(
        example.file,
        EXAMPLE_FILE,
        `${example.file}: examples live in content/examples/<topic>/<snake_case>.py`,
      );
      const fix = `run \`npm run examples -- content/examples/${example.file}\``;
      const outName = example.name.replace(/\.py$/, '.out');
      const entry = manifest.examples[example.file];
      if (plan.capture === 'none') {
        assert.ok(
          !existsSync(example.outPath),
          `${example.file} is not-run but has a ${outName}; ${fix} to remove it.`,
        );
        return;
      }
      assert.ok(existsSync(example.outPath), `${example.file}: no ${outName}; ${fix}.`);
      assert.ok(
        entry && entry.runner !== 'none',
        `${example.file}: missing from content/examples/manifest.json; ${fix}.`,
      );
      assert.equal(
        entry.runner,
        plan.capture,
        `${example.file}: captured with ${entry.runner} but should come from ${plan.capture}; ${fix}.`,
      );
      assert.equal(
        entry.sha256,
        sourceHash(example.source),
        `${example.file}: the source changed after its output was captured; ${fix}.`,
      );
      const traceName = example.name.replace(/\.py$/, '.trace.json');
      if (!example.header.timeline) {
        assert.ok(!existsSync(example.tracePath), `${example.file} has no "timeline: yes" but a ${traceName}`);
        return;
      }
      assert.ok(example.traceJson !== undefined, `${example.file}: "timeline: yes" but no ${traceName}; ${fix}.`);
      const trace = parseTrace(example.traceJson, traceName);
      const problems = checkTraceOutput(trace, example.output ?? '', example.header.timeline);
      assert.deepEqual(problems, [], `${example.file}: ${traceName} vs ${outName}:\n  ${problems.join('\n  ')}`);
    });
  }

  it('every .trace.json belongs to an example', () => {
    const traces = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
      .map((entry) => entry.split(sep).join('/'))
      .filter((entry) => entry.endsWith('.trace.json'));
    const orphans = traces.filter((t) => !existsSync(join(examplesDir, t.replace(/\.trace\.json$/, '.py'))));
    assert.deepEqual(orphans, [], `traces without an example: ${orphans.join(', ')}`);
  });

  it('every .out belongs to an example', () => {
    const outs = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
      .map((entry) => entry.split(sep).join('/'))
      .filter((entry) => entry.endsWith('.out'));
    const orphans = outs.filter((out) => !existsSync(join(examplesDir, out.replace(/\.out$/, '.py'))));
    assert.deepEqual(orphans, [], `outputs without an example: ${orphans.join(', ')}`);
  });

  it('the manifest lists only existing examples', () => {
    const missing = Object.keys(manifest.examples).filter((id) => !existsSync(join(examplesDir, id)));
    assert.deepEqual(
      missing,
      [],
      `manifest entries without an example: ${missing.join(', ')}; run \`npm run examples\`.`,
    );
  });

  for (const { example, plan } of planned.filter((p) => p.example.header.notRun !== undefined && p.plan.cpythons[0])) {
    it(`${example.file}: not run (${example.header.notRun}), compiles`, () => {
      const error = compileExample(example, plan.cpythons[0]!);
      assert.equal(error, '', `${example.file} does not compile:\n${error}`);
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
        if (!EXAMPLE_FILE.test(ref.file) || !existsSync(path)) {
          problems.push(
            `${name}:${ref.line}: <Example file="${ref.file}"> — no such example in ${contentDir}/examples/`,
          );
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
