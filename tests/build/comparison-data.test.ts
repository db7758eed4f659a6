import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

describe('bad comparison-table data stops the build', () => {
  it('names the data file and the entry of each problem', () => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', mkdtempSync(join(tmpdir(), 'guide-build-'))], {
      cwd: root,
      env: { ...process.env, GUIDE_CONTENT_DIR: 'tests/fixtures/bad-comparison-data', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.notEqual(result.status, 0, output);
    const file = 'tests/fixtures/bad-comparison-data/data/libraries\\.yaml';
    assert.match(output, new RegExp(`${file} → entry "redis": duplicate id "redis": entries 1 and 2 both use it`));
    assert.match(output, new RegExp(`${file} → entry "redis": unknown key "sinc"`));
    assert.match(output, new RegExp(`${file} → entry "redis": missing field at sync`));
    assert.match(output, new RegExp(`${file} → entry "kafka": missing field at recommendation`));
    assert.match(output, new RegExp(`${file} → entry "redis": links to the guide page "scenarios/no-such-page"`));
  });
});
