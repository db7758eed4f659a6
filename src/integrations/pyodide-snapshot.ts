import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pyodideSnapshotFile } from '../lib/examples/pyodide-files.ts';
import { preparePyodide, snapshotOptions } from '../lib/examples/pyodide-runtime.ts';

/**
 * Boots Pyodide in Node from `from` (node_modules/pyodide), prepares it as the browser's worker would (runtime patches applied, asyncio and the
 * preloaded modules imported) and writes its memory, gzipped, to `to`/snapshot.bin: the worker restores it instead of
 * starting Python, which is most of a first Run's time. The snapshot only fits the exact pyodide.asm.wasm
 * it was made with (Pyodide checks a build id), so it is made on every build from the installed package.
 * Gzipped by the build, inflated by the worker with DecompressionStream: a static host compresses
 * `application/wasm` or text but rarely `application/octet-stream`, and a `.gz` name would make some hosts
 * add `Content-Encoding: gzip`, so the browser would inflate it before the worker does.
 * Returns the snapshot's size in bytes, before and after compression.
 */
export async function writePyodideSnapshot(
  root: URL,
  from: string,
  to: string,
): Promise<{ raw: number; gzipped: number }> {
  const { loadPyodide } = (await import('pyodide')) as typeof import('pyodide');
  // _makeSnapshot and makeMemorySnapshot are documented in Pyodide's source (src/js/snapshot.ts), not its API docs.
  const pyodide = await loadPyodide({ indexURL: `${from}/`, _makeSnapshot: true });
  const runtimePy = readFileSync(join(fileURLToPath(root), 'src/lib/examples/pyodide-runtime.py'), 'utf8');
  await preparePyodide(pyodide, runtimePy);
  // Nothing may be pending on the event loop: its JavaScript timers would not exist after a restore.
  pyodide.runPython('import gc; gc.collect()');
  const snapshot = pyodide.makeMemorySnapshot({ serializer: snapshotOptions.serializer });
  const gzipped = gzipSync(snapshot, { level: 6 });
  writeFileSync(join(to, pyodideSnapshotFile), gzipped);
  return { raw: snapshot.length, gzipped: gzipped.length };
}
