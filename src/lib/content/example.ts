/**
 * The one model of an example program (content/examples/<topic>/<name>.py): its source, header,
 * committed output and the manifest entry that says what it ran with. The `<Example>` component,
 * the Markdown export and the harness in tests/tools all load examples through here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { localizeSource } from '../examples/comments.ts';
import { isBrowserRunnable, parseHeader, type ExampleHeader } from '../examples/header.ts';
import type { Lang } from '../i18n.ts';
import type { Manifest, ManifestEntry } from '../examples/manifest.ts';

export type { Manifest, ManifestEntry } from '../examples/manifest.ts';

/** A valid example id: `<topic>/<name>.py` with snake_case names, no `..`. */
export const EXAMPLE_FILE = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9_]+\.py$/;

export interface Example {
  /** Id relative to content/examples, forward slashes: `event-loop/blocking_call.py`. */
  file: string;
  /** Bare file name: `blocking_call.py`. */
  name: string;
  /** Absolute path of the `.py`. */
  path: string;
  /** Absolute path of its committed output, `<name>.out`. */
  outPath: string;
  source: string;
  /** The code a page shows in each language: its comments in that language only (see examples/comments.ts). */
  code: Record<Lang, string>;
  header: ExampleHeader;
  /** Committed output; undefined when not captured (or not-run). */
  output: string | undefined;
  /** Absolute path of its committed timeline trace, `<name>.trace.json` (see src/lib/examples/trace.ts). */
  tracePath: string;
  /** The committed trace's JSON text when the header says `timeline: yes` and it was captured. */
  traceJson: string | undefined;
  /** What produced the output, from manifest.json; undefined when absent. */
  ran: ManifestEntry | undefined;
  browserRunnable: boolean;
  /** True when the source changed after its output was captured (run `npm run examples`). */
  stale: boolean;
}

/** content/examples, absolute. */
export function examplesRoot(root: string = process.cwd()): string {
  return resolve(root, contentDir, 'examples');
}

/** First 16 hex digits of the SHA-256 of an example's source: what the manifest records. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

const manifests = new Map<string, { mtime: number; manifest: Manifest }>();

/** content/examples/manifest.json (empty when missing). */
export function readManifest(dir: string = examplesRoot()): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return { examples: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Reads the manifest again only when it changed (a build loads ~160 examples from it). */
function cachedManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  const mtime = existsSync(path) ? statSync(path).mtimeMs : 0;
  const hit = manifests.get(dir);
  if (hit?.mtime === mtime) return hit.manifest;
  const manifest = readManifest(dir);
  manifests.set(dir, { mtime, manifest });
  return manifest;
}

/** The texts an example is made of; everything else about it is derived from them. */
export interface ExampleTexts {
  source: string;
  /** Committed output, when captured. */
  output?: string | undefined;
  /** Committed timeline trace (JSON text), when there is one. */
  traceJson?: string | undefined;
  /** Its manifest entry, when it has run. */
  ran?: ManifestEntry | undefined;
}

/** Builds the example `file` (at `path`) from its texts: name, header, per-language code and the rest are derived. */
export function exampleFromTexts(file: string, path: string, texts: ExampleTexts): Example {
  const { source, output, traceJson, ran } = texts;
  const header = parseHeader(source);
  return {
    file,
    name: file.slice(file.lastIndexOf('/') + 1),
    path,
    outPath: path.replace(/\.py$/, '.out'),
    source,
    code: { zh: localizeSource(source, 'zh'), en: localizeSource(source, 'en') },
    header,
    output,
    tracePath: path.replace(/\.py$/, '.trace.json'),
    traceJson,
    ran,
    browserRunnable: isBrowserRunnable(header),
    stale: ran !== undefined && ran.sha256 !== sourceHash(source),
  };
}

/** Loads an example by id, without requiring its output: the harness captures missing ones. */
export function loadExample(file: string, options: { root?: string | undefined; fresh?: boolean } = {}): Example {
  const dir = examplesRoot(options.root);
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const header = parseHeader(source);
  const outPath = path.replace(/\.py$/, '.out');
  const tracePath = path.replace(/\.py$/, '.trace.json');
  const manifest = options.fresh ? readManifest(dir) : cachedManifest(dir);
  return exampleFromTexts(file, path, {
    source,
    output: header.notRun === undefined && existsSync(outPath) ? readFileSync(outPath, 'utf8') : undefined,
    traceJson: header.timeline && existsSync(tracePath) ? readFileSync(tracePath, 'utf8') : undefined,
    ran: manifest.examples[file],
  });
}

/** Loads an example for a page; throws an error naming the page and the fix when anything is missing. */
export function loadPageExample(file: string, where: string, root?: string): Example {
  const fix = `Run \`npm run examples -- ${join(contentDir, 'examples', file)}\` to capture it.`;
  if (!EXAMPLE_FILE.test(file)) {
    throw new Error(
      `<Example file="${file}"> on ${where}: the file must look like "<topic>/<name>.py" (relative to ${contentDir}/examples/).`,
    );
  }
  if (!existsSync(join(examplesRoot(root), file))) {
    throw new Error(`<Example file="${file}"> on ${where}: ${join(contentDir, 'examples', file)} does not exist.`);
  }
  const example = loadExample(file, { root });
  if (example.header.problems.length > 0) {
    throw new Error(`Example ${file} (on ${where}) has a bad header:\n  ${example.header.problems.join('\n  ')}`);
  }
  if (example.header.notRun !== undefined) return { ...example, ran: undefined, browserRunnable: false, stale: false };
  if (example.output === undefined) {
    throw new Error(
      `Example ${file} (on ${where}) has no captured output ${example.name.replace(/\.py$/, '.out')}. ${fix}`,
    );
  }
  if (example.header.timeline && example.traceJson === undefined) {
    throw new Error(
      `Example ${file} (on ${where}) says "timeline: yes" but has no ${example.name.replace(/\.py$/, '.trace.json')}. ${fix}`,
    );
  }
  if (!example.ran || example.ran.runner === 'none') {
    throw new Error(`Example ${file} (on ${where}) is not in ${contentDir}/examples/manifest.json. ${fix}`);
  }
  return example;
}

/** The CPython version inside the installed Pyodide (from its lock file), e.g. "3.14.2". */
export function pyodidePythonVersion(root: string = process.cwd()): string {
  const require = createRequire(join(root, 'package.json'));
  const lock = join(dirname(require.resolve('pyodide/package.json')), 'pyodide-lock.json');
  return (JSON.parse(readFileSync(lock, 'utf8')) as { info: { python: string } }).info.python;
}

/** How the guide writes the libraries an example's badge names; others keep their PyPI name. */
const libraryNames: Record<string, string> = {
  fastapi: 'FastAPI',
  sqlalchemy: 'SQLAlchemy',
  starlette: 'Starlette',
  tornado: 'Tornado',
  celery: 'Celery',
  uvicorn: 'Uvicorn',
  anyio: 'AnyIO',
  trio: 'Trio',
  pytest: 'pytest',
};

/** What the badge says an example ran with: minor versions ("3.11 · 3.13") and its main library, if any. */
export function ranWith(ran: ManifestEntry | undefined): { pythons: string; library?: string } | undefined {
  if (!ran || ran.runner === 'none') return undefined;
  const versions = ran.pythons ?? (ran.python ? [ran.python] : []);
  const pythons = [...new Set(versions.map((v) => v.split('.').slice(0, 2).join('.')))].join(' · ');
  const [name, version] = Object.entries(ran.packages ?? {})[0] ?? [];
  return name && version ? { pythons, library: `${libraryNames[name] ?? name} ${version}` } : { pythons };
}

/** For each older version whose output differs: the lines it prints instead, e.g. { minor: "3.11", lines: [...] }. */
export function variantLines(ran: ManifestEntry | undefined, output: string): { minor: string; lines: string[] }[] {
  const committed = new Set(output.split('\n'));
  return Object.entries(ran?.variants ?? {}).map(([minor, text]) => ({
    minor,
    lines: text.split('\n').filter((line) => line !== '' && !committed.has(line)),
  }));
}
