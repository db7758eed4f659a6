import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** Runs a real `astro build` on a fixture content folder and returns its exit code and output. */
function buildFixture(fixture: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', mkdtempSync(join(tmpdir(), 'guide-build-'))], {
    cwd: root,
    env: { ...process.env, GUIDE_CONTENT_DIR: `tests/fixtures/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad content stops the build', { concurrency: 1 }, () => {
  it('builds the minimal fixture', () => {
    const { status, output } = buildFixture('minimal');
    assert.equal(status, 0, output);
  });

  it('names the file and the fields of bad frontmatter', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    assert.notEqual(status, 0);
    assert.match(output, /tests\/fixtures\/bad-frontmatter\/docs\/(zh|en)\/broken\.mdx/);
    assert.match(output, /title/);
    assert.match(output, /section: Invalid option/);
  });

  it('names the page that has no translation', () => {
    const { status, output } = buildFixture('missing-translation');
    assert.notEqual(status, 0);
    assert.match(output, /docs\/en\/only-chinese\.mdx is missing/);
  });

  it('names the file and line of a duplicate heading id', () => {
    const { status, output } = buildFixture('duplicate-id');
    assert.notEqual(status, 0);
    assert.match(output, /docs\/zh\/twice\.mdx:10: duplicate heading id "same"/);
  });
});
