import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root. */
export const root = new URL('../../', import.meta.url).pathname;

/** The outcome of a child process: exit status and stdout + stderr together. */
export interface RunResult {
  status: number | null;
  output: string;
}

/** Runs a Node script of the repository (Astro, Pagefind) synchronously, without colours or telemetry. */
export function runNode(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs a real `astro build` of a content folder (GUIDE_CONTENT_DIR, relative to the root, e.g.
 * `tests/fixtures/minimal`) into a new temporary directory, and returns that directory with the result.
 */
export function buildFixture(contentDir: string): RunResult & { outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'guide-build-'));
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  return { ...runNode([astro, 'build', '--outDir', outDir], { GUIDE_CONTENT_DIR: contentDir }), outDir };
}
