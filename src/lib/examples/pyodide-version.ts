/** The CPython version inside the installed Pyodide (from its lock file), read at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pyodideDir } from '../../integrations/pyodide-assets.ts';

let cached: string | undefined;

export function pyodidePythonVersion(): string {
  cached ??= (JSON.parse(readFileSync(join(pyodideDir(), 'pyodide-lock.json'), 'utf8')) as { info: { python: string } }).info.python;
  return cached;
}
