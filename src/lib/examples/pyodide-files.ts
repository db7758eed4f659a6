/** The files a stdlib-only run fetches from the site's Pyodide folder, shared by the build, the worker and the page. */

/** What `loadPyodide()` fetches (no packages are ever loaded), in the order it asks for them. */
export const pyodideFiles = [
  'pyodide.mjs',
  'pyodide-lock.json',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide.asm.mjs',
] as const;

/** The build's gzipped memory snapshot of a prepared Pyodide (src/integrations/pyodide-snapshot.ts). */
export const pyodideSnapshotFile = 'snapshot.bin';
