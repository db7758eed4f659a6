import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
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

  it('the real libraries.yaml covers every domain of the seed table, and the ones beyond it', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const data = parse(readFileSync(join(root, 'content/data/libraries.yaml'), 'utf8')) as { id: string }[];
    const ids = new Set(data.map((item) => item.id));
    const expected = ['http-client', 'web-framework', 'postgresql', 'mysql', 'sqlite', 'mongodb', 'redis', 'kafka'];
    expected.push('rabbitmq', 'task-queue', 'elasticsearch', 'graphql', 'websocket', 'orm', 'file-io', 'dns');
    expected.push('smtp', 'grpc', 'aws-s3', 'subprocess', 'testing');
    for (const id of expected) assert.ok(ids.has(id), `libraries.yaml has no "${id}" entry`);
  });
});
