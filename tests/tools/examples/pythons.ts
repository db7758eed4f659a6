/**
 * The CPython versions the examples run on, where their interpreters are, and the project-local
 * virtual environments (`.venvs/py3.X`) that `npm run setup:python` builds from python/requirements.lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const lockPath = join(repoRoot, 'python/requirements.lock');
export const inputPath = join(repoRoot, 'python/requirements.in');
export const venvsDir = join(repoRoot, '.venvs');

/** Minor versions the harness expects: the oldest the guide supports, the eager-task minimum, the newest. */
export const wantedPythons = ['3.11', '3.12', '3.13'] as const;

export interface Interpreter {
  /** "3.13" */
  minor: string;
  /** "3.13.0" */
  version: string;
  /** The venv's python, which has the locked packages. */
  python: string;
}

/** Where pyenv keeps its interpreters (`PYENV_ROOT` or ~/.pyenv). */
function pyenvVersions(): string {
  return join(process.env['PYENV_ROOT'] ?? join(homedir(), '.pyenv'), 'versions');
}

/** The base interpreter for a minor version: newest pyenv patch release, else `python3.X` on PATH. */
export function findBasePython(minor: string): string | undefined {
  const dir = pyenvVersions();
  if (existsSync(dir)) {
    const patch = readdirSync(dir)
      .filter((name) => name.startsWith(`${minor}.`) && /^\d+\.\d+\.\d+$/.test(name))
      .sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))[0];
    if (patch && existsSync(join(dir, patch, 'bin/python'))) return join(dir, patch, 'bin/python');
  }
  const onPath = spawnSync('sh', ['-c', `command -v python${minor}`], { encoding: 'utf8' });
  return onPath.status === 0 && onPath.stdout.trim() ? onPath.stdout.trim() : undefined;
}

/** Full version string of an interpreter, e.g. "3.13.0". */
export function pythonVersion(python: string): string {
  const result = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Cannot run ${python}: ${result.stderr || String(result.error)}`);
  return result.stdout.trim();
}

export function venvPython(minor: string): string {
  return join(venvsDir, `py${minor}`, 'bin/python');
}

/**
 * The interpreters whose venvs exist, oldest first. `PYTHON=/path/to/python` replaces them all with
 * one interpreter (it must have the locked packages).
 */
export function findInterpreters(): Interpreter[] {
  const override = process.env['PYTHON'];
  if (override) {
    const version = pythonVersion(override);
    return [{ minor: version.split('.').slice(0, 2).join('.'), version, python: override }];
  }
  return wantedPythons
    .filter((minor) => existsSync(venvPython(minor)))
    .map((minor) => ({ minor, version: pythonVersion(venvPython(minor)), python: venvPython(minor) }));
}

/** One line for logs: which versions were found and which are missing. */
export function describeInterpreters(found: readonly Interpreter[]): string {
  const have = found.map((i) => `CPython ${i.version} (${i.python})`).join(', ') || 'no CPython';
  const missing = wantedPythons.filter((minor) => !found.some((i) => i.minor === minor));
  const note = missing.length
    ? `; missing ${missing.join(', ')}: run \`npm run setup:python\` (it needs pyenv's ${missing.join(', ')})`
    : '';
  return `${have}${note}`;
}
