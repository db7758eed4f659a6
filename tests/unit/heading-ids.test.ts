import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMdxHeadingIds, scanHeadings, splitTrailingId } from '../../src/lib/heading-ids.ts';

const source = `---
title: "## not a heading {#front}"
---

## 事件循环 {#event-loop}

\`\`\`python
## a comment in code {#code}
\`\`\`

### No id here
#### Deep {#deep}
`;

describe('heading ids', () => {
  it('scans ATX headings outside frontmatter and code fences', () => {
    assert.deepEqual(
      scanHeadings(source).map(({ depth, text, id, line }) => [depth, text, id, line]),
      [
        [2, '事件循环', 'event-loop', 5],
        [3, 'No id here', undefined, 11],
        [4, 'Deep', 'deep', 12],
      ],
    );
  });

  it('splits a trailing id, escaped or not', () => {
    assert.deepEqual(splitTrailingId('取消 {#cancel}'), { text: '取消', id: 'cancel' });
    assert.deepEqual(splitTrailingId('取消 \\{#cancel\\}'), { text: '取消', id: 'cancel' });
    assert.equal(splitTrailingId('plain {braces}'), undefined);
  });

  it('escapes ids only on heading lines, so MDX does not parse them as expressions', () => {
    const escaped = escapeMdxHeadingIds(source);
    assert.match(escaped, /## 事件循环 \\\{#event-loop\\\}/);
    assert.match(escaped, /## a comment in code \{#code\}/);
    assert.match(escaped, /title: "## not a heading \{#front\}"/);
    assert.equal(escapeMdxHeadingIds(escaped), escaped);
  });
});
