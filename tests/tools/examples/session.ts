/** What every harness entry point needs first: the interpreters found, Pyodide's version, the lock, the examples. */
import { existsSync, readFileSync } from 'node:fs';
import { loadExample, pyodidePythonVersion, type Example } from '../../../src/lib/content/example.ts';
import { lockedVersions, normaliseName, planExample, type Plan } from './plan.ts';
import { describeInterpreters, findInterpreters, lockPath, repoRoot, type Interpreter } from './pythons.ts';

export interface Session {
  interpreters: Interpreter[];
  pyodideVersion: string;
  lockText: string;
  locked: Map<string, string>;
  /** One line naming the CPython versions found (and missing) and Pyodide's. */
  describe: string;
}

/** Finds the runners and reads the lock. */
export function openSession(): Session {
  const interpreters = findInterpreters();
  const pyodideVersion = pyodidePythonVersion(repoRoot);
  const lockText = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '';
  return {
    interpreters,
    pyodideVersion,
    lockText,
    locked: lockedVersions(lockText),
    describe: `${describeInterpreters(interpreters)}; Pyodide with CPython ${pyodideVersion}`,
  };
}

export interface PlannedExample {
  example: Example;
  plan: Plan;
}

/** Loads examples (fresh from disk) and plans each on this machine. */
export function planAll(session: Session, ids: readonly string[]): PlannedExample[] {
  return ids.map((id) => {
    const example = loadExample(id, { root: repoRoot, fresh: true });
    return { example, plan: planExample(example, session.interpreters, session.pyodideVersion, session.locked) };
  });
}

/** Locked versions of the packages an example's header names, in header order. */
export function packageVersions(example: Example, locked: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(example.header.packages.map((name) => [name, locked.get(normaliseName(name)) ?? '?']));
}
