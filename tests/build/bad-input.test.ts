import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFixture as build } from '../support/build.ts';

/** Builds tests/fixtures/<fixture> and returns the exit status and output. */
const buildFixture = (fixture: string) => build(`tests/fixtures/${fixture}`);

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

  it('names the diagram file and the field when a text alternative is missing', () => {
    const { status, output } = buildFixture('bad-diagram');
    assert.notEqual(status, 0);
    assert.match(output, /tests\/fixtures\/bad-diagram\/diagrams\/no-alt\.yaml → description\.en: missing field/);
  });

  it('names the trace file and the field when a timeline would have no text alternative', () => {
    const { status, output } = buildFixture('bad-timeline');
    assert.notEqual(status, 0);
    assert.match(
      output,
      /tests\/fixtures\/bad-timeline\/examples\/timeline\/two_downloads\.trace\.json → tasks: needs at least one task/,
    );
  });

  it('names the file and line of a duplicate heading id', () => {
    const { status, output } = buildFixture('duplicate-id');
    assert.notEqual(status, 0);
    assert.match(output, /docs\/zh\/twice\.mdx:10: duplicate heading id "same"/);
  });
});
