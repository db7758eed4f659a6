/** Build-time loading of an example for the `<Example>` component (reads content/examples/). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { isBrowserRunnable, parseHeader, type ExampleHeader } from './header.ts';
import type { Manifest, ManifestEntry } from './manifest.ts';

export interface LoadedExample {
  /** `event-loop/blocking_call.py` */
  file: string;
  /** `blocking_call.py` */
  name: string;
  source: string;
  header: ExampleHeader;
  /** Committed output; undefined for not-run examples. */
  output: string | undefined;
  /** How the output was captured; undefined for not-run examples. */
  ran: ManifestEntry | undefined;
  browserRunnable: boolean;
  /** True when the source changed after its output was captured (run `npm run examples`). */
  stale: boolean;
}

/** A valid example path: `<topic>/<name>.py` with snake_case names, no `..`. */
export const EXAMPLE_FILE = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9_]+\.py$/;

export function examplesRoot(root: string = process.cwd()): string {
  return resolve(root, contentDir, 'examples');
}

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return { examples: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Loads an example and its output; throws an error naming the example when something is missing. */
export function loadExampleFile(file: string, where: string, hash: (source: string) => string, root?: string): LoadedExample {
  const dir = examplesRoot(root);
  const fix = `Run \`npm run examples -- ${join(contentDir, 'examples', file)}\` to capture it.`;
  if (!EXAMPLE_FILE.test(file)) {
    throw new Error(`<Example file="${file}"> on ${where}: the file must look like "<topic>/<name>.py" (relative to ${contentDir}/examples/).`);
  }
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(`<Example file="${file}"> on ${where}: ${join(contentDir, 'examples', file)} does not exist.`);
  }
  const source = readFileSync(path, 'utf8');
  const header = parseHeader(source);
  if (header.problems.length > 0) {
    throw new Error(`Example ${file} (on ${where}) has a bad header:\n  ${header.problems.join('\n  ')}`);
  }
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (header.notRun !== undefined) {
    return { file, name, source, header, output: undefined, ran: undefined, browserRunnable: false, stale: false };
  }
  const outPath = path.replace(/\.py$/, '.out');
  if (!existsSync(outPath)) {
    throw new Error(`Example ${file} (on ${where}) has no captured output ${name.replace(/\.py$/, '.out')}. ${fix}`);
  }
  const ran = readManifest(dir).examples[file];
  if (!ran || ran.runner === 'none') {
    throw new Error(`Example ${file} (on ${where}) is not in ${contentDir}/examples/manifest.json. ${fix}`);
  }
  return {
    file,
    name,
    source,
    header,
    output: readFileSync(outPath, 'utf8'),
    ran,
    browserRunnable: isBrowserRunnable(header),
    stale: ran.sha256 !== hash(source),
  };
}
