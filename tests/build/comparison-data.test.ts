import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFixture } from '../support/build.ts';

describe('bad comparison-table data stops the build', () => {
  it('names the data file and the entry of each problem', () => {
    const result = buildFixture('tests/fixtures/bad-comparison-data');
    const output = result.output;
    assert.notEqual(result.status, 0, output);
    const file = 'tests/fixtures/bad-comparison-data/data/libraries\\.yaml';
    assert.match(output, new RegExp(`${file} → entry "redis": duplicate id "redis": entries 1 and 2 both use it`));
    assert.match(output, new RegExp(`${file} → entry "redis": unknown key "sinc"`));
    assert.match(output, new RegExp(`${file} → entry "redis": missing field at sync`));
    assert.match(output, new RegExp(`${file} → entry "kafka": missing field at recommendation`));
    assert.match(output, new RegExp(`${file} → entry "redis": links to the guide page "scenarios/no-such-page"`));
  });
});
