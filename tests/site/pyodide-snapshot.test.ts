import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { loadPyodide } from 'pyodide';
import { pyodideSnapshotFile } from '../../src/lib/examples/pyodide-files.ts';
import { resumePyodide, runInPyodide, snapshotOptions } from '../../src/lib/examples/pyodide-runtime.ts';
import { distDir } from './built-site.ts';

const example = `import asyncio, random, sys, time

async def main():
    print("start", len(sys.modules["asyncio"].__name__))
    await asyncio.sleep(0.01)
    time.sleep(0.01)
    print("random", random.random())

asyncio.run(main())
`;

/** Restores dist/pyodide/snapshot.bin the way the browser's worker does and runs `code`; returns its output. */
async function runRestored(code: string): Promise<{ exit: number; output: string }> {
  const dir = join(distDir, 'pyodide');
  const pyodide = await loadPyodide({
    indexURL: `${dir}/`,
    _loadSnapshot: gunzipSync(readFileSync(join(dir, pyodideSnapshotFile))),
    _snapshotDeserializer: snapshotOptions.deserializer,
  });
  resumePyodide(pyodide);
  let output = '';
  const exit = await runInPyodide(pyodide, { name: 'snap.py', code, onOutput: (text) => (output += text) });
  return { exit, output };
}

describe('the Pyodide memory snapshot in dist/pyodide/', () => {
  it('restores a prepared runtime that runs an asyncio example, with a fresh random seed each time', async () => {
    const first = await runRestored(example);
    const second = await runRestored(example);
    assert.equal(first.exit, 0, first.output);
    assert.match(first.output, /^start 7\nrandom 0\.\d+\n$/);
    assert.notEqual(first.output, second.output, 'two restores replayed the same random sequence');
  });
});
