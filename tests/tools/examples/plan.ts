/**
 * Which examples exist, what each runs on (its newest supported CPython, its declared minimum, and
 * Pyodide for browser-runnable ones), the locked package versions, and the content key that lets a
 * recorded run be reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { examplesRoot, type Example } from '../../../src/lib/content/example.ts';
import { compareVersions, isBrowserRunnable } from '../../../src/lib/examples/header.ts';
import { lockPath, repoRoot, type Interpreter } from './pythons.ts';

export const examplesDir = examplesRoot(repoRoot);
export const manifestPath = join(examplesDir, 'manifest.json');

/** Bump when the harness changes how it runs examples: every recorded run is then redone once. */
export const harnessVersion = 2;

/** All example ids, sorted: `<topic>/<name>.py`. */
export function listExamples(): string[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(sep).join('/'))
    .filter(
      (entry) =>
        entry.endsWith('.py') && !entry.split('/').some((part) => part.startsWith('__') || part.startsWith('.')),
    )
    .sort();
}

/** Accepts `content/examples/x/y.py`, an absolute path, or `x/y.py`; returns the example id. */
export function toExampleId(arg: string): string {
  const abs = resolve(arg);
  if (existsSync(abs) && abs.startsWith(examplesDir + sep)) return relative(examplesDir, abs).split(sep).join('/');
  const candidate = arg.replace(/^\.?\/?(content\/examples\/)?/, '');
  if (existsSync(join(examplesDir, candidate))) return candidate;
  throw new Error(`No example "${arg}" (looked for ${abs} and ${join(examplesDir, candidate)}).`);
}

/** PyPI's normal form of a distribution name: `Aio_Pika` -> `aio-pika`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** `name -> version` for every package pinned in python/requirements.lock. */
export function lockedVersions(
  lockText: string = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : '',
): Map<string, string> {
  const versions = new Map<string, string>();
  for (const match of lockText.matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)/gm)) {
    versions.set(normaliseName(match[1]!), match[2]!);
  }
  return versions;
}

export interface Plan {
  /** CPython runs: the newest version that supports it first (its output is committed), then its minimum. */
  cpythons: Interpreter[];
  /** Also (or only) run in Pyodide and compare with the committed output. */
  pyodide: boolean;
  /** Which runner's output is committed. */
  capture: 'cpython' | 'pyodide' | 'none';
  /** Why it cannot run as declared; non-empty means failure. */
  problems: string[];
  /** Things to say, e.g. that the declared minimum is missing on this machine. */
  notes: string[];
}

/** Decides where one example runs on this machine. */
export function planExample(
  example: Example,
  interpreters: readonly Interpreter[],
  pyodideVersion: string,
  locked: ReadonlyMap<string, string>,
): Plan {
  const { header } = example;
  const plan: Plan = { cpythons: [], pyodide: false, capture: 'none', problems: [...header.problems], notes: [] };
  for (const name of header.packages) {
    if (!locked.has(normaliseName(name))) {
      plan.problems.push(
        `${example.file} imports "${name}", which python/requirements.lock does not provide; add it to ` +
          'python/requirements.in and run `npm run setup:python -- --upgrade`.',
      );
    }
  }
  if (plan.problems.length > 0) return plan;
  const supporting = interpreters.filter((i) => compareVersions(i.minor, header.requires) >= 0);
  if (header.notRun !== undefined) {
    plan.cpythons = supporting.slice(-1);
    return plan;
  }
  if (supporting.length > 0) {
    const newest = supporting.at(-1)!;
    const oldest = supporting[0]!;
    plan.cpythons = newest === oldest ? [newest] : [newest, oldest];
    if (oldest.minor !== header.requires && compareVersions(header.requires, '3.11') >= 0) {
      plan.notes.push(`declared minimum CPython ${header.requires} is not available here; ran on ${oldest.minor}`);
    }
    plan.capture = 'cpython';
    plan.pyodide = isBrowserRunnable(header);
    return plan;
  }
  const stdlibOnly = header.packages.length === 0 && header.services.length === 0;
  if (stdlibOnly && compareVersions(pyodideVersion.split('.').slice(0, 2).join('.'), header.requires) >= 0) {
    plan.capture = 'pyodide';
    plan.pyodide = true;
    return plan;
  }
  const have = interpreters.map((i) => i.version).join(', ') || 'none';
  plan.problems.push(
    `${example.file} needs Python ${header.requires}${stdlibOnly ? '' : ' with packages or services'}; CPython here: ${have}` +
      `${stdlibOnly ? `, Pyodide ${pyodideVersion}` : ' (Pyodide has no third-party packages or servers)'}.`,
  );
  return plan;
}

/** Labels of the runners a plan uses, e.g. ["CPython 3.13.0", "CPython 3.11.7", "Pyodide 3.14.2"]. */
export function planRunners(plan: Plan, pyodideVersion: string): string[] {
  return [...plan.cpythons.map((i) => `CPython ${i.version}`), ...(plan.pyodide ? [`Pyodide ${pyodideVersion}`] : [])];
}

/**
 * The content key of a recorded run: the example's source (header included), its committed output, trace
 * and variants, the lock and the versions of the runners. Equal keys mean running it again proves nothing new.
 * The trace joins the hashed object only when there is one, so keys of examples without one do not change.
 */
export function contentKey(
  example: Example,
  runners: readonly string[],
  lockText: string,
  variants: object = {},
): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        harnessVersion,
        source: example.source,
        output: example.output ?? null,
        ...(example.traceJson !== undefined ? { trace: example.traceJson } : {}),
        variants,
        lockText,
        runners,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}
