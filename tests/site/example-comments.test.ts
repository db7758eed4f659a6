import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readManifest } from '../../src/lib/content/example.ts';
import { checkComments, citedLines } from '../../src/lib/examples/comments.ts';

// Reads the example sources, not dist/: the comment convention governs what authors write
// (content/examples/conventions.md). One test per file, so a failure names the file.
const dir = 'content/examples';
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.py'))
  .sort();
const manifest = readManifest(dir);

describe('example comments follow the bilingual convention', () => {
  it('finds the examples', () => {
    assert.ok(files.length > 0, `no examples under ${dir}`);
  });

  for (const file of files) {
    it(file, () => {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const outPath = join(dir, file.replace(/\.py$/, '.out'));
      // Line numbers the committed output (or an older CPython's variant) prints must stay put on both pages.
      const outputs = [
        existsSync(outPath) ? readFileSync(outPath, 'utf8') : '',
        ...Object.values(manifest.examples[file]?.variants ?? {}),
      ];
      const cited = [...new Set(outputs.flatMap((output) => citedLines(output, name)))];
      const problems = checkComments(readFileSync(join(dir, file), 'utf8'), cited);
      assert.deepEqual(
        problems.map((problem) => `${dir}/${file}:${problem.line}: ${problem.message}`),
        [],
      );
    });
  }
});
