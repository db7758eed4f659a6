import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isSearchShortcut,
  matchedRows,
  moveActive,
  rankByTitle,
  safeExcerpt,
  toSearchRows,
  withHighlight,
} from '../../src/lib/search.ts';
import { parseTheme } from '../../src/lib/theme.ts';
import { buildToc, currentHeading } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores other levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    assert.deepEqual(toc, [
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('marks the last heading scrolled past the header', () => {
    const tops = [
      { slug: 'a', top: -300 },
      { slug: 'b', top: 40 },
      { slug: 'c', top: 900 },
    ];
    assert.equal(currentHeading(tops, 72), 'b');
    assert.equal(currentHeading(tops, 10), 'a');
    assert.equal(currentHeading([{ slug: 'a', top: 500 }], 72), 'a');
    assert.equal(currentHeading([], 72), undefined);
  });
});

describe('search helpers', () => {
  it('adds the highlight parameter before the hash', () => {
    assert.equal(
      withHighlight('/zh/concepts/event-loop/#blocking', '事件循环'),
      `/zh/concepts/event-loop/?highlight=${encodeURIComponent('事件循环')}#blocking`,
    );
    assert.equal(withHighlight('/en/?a=1', 'loop'), '/en/?a=1&highlight=loop');
    assert.equal(withHighlight('/en/', '  '), '/en/');
  });

  it('flattens results into page rows followed by their section rows', () => {
    const rows = toSearchRows(
      [
        {
          url: '/en/concepts/event-loop/',
          excerpt: 'the <mark>loop</mark>',
          meta: { title: 'Event loop' },
          sub_results: [
            { title: 'Event loop', url: '/en/concepts/event-loop/', excerpt: 'x' },
            { title: 'What blocks it', url: '/en/concepts/event-loop/#what-blocks-it', excerpt: 'y' },
          ],
        },
      ],
      'loop',
    );
    assert.deepEqual(
      rows.map((row) => [row.kind, row.title, row.url]),
      [
        ['page', 'Event loop', '/en/concepts/event-loop/?highlight=loop'],
        ['section', 'What blocks it', '/en/concepts/event-loop/?highlight=loop#what-blocks-it'],
      ],
    );
  });

  it('turns matches inside comparison table rows into sections that land on the row', () => {
    const result = {
      url: '/en/libraries/',
      excerpt: 'x',
      meta: { title: 'Library map' },
      anchors: [
        { element: 'h2', id: 'map', text: 'The map', location: 0 },
        { element: 'tr', id: 'http-client', text: 'HTTP client requests httpx', location: 10 },
        { element: 'tr', id: 'redis', text: 'Redis redis-py redis.asyncio', location: 40 },
        { element: 'h2', id: 'choosing', text: 'Choosing', location: 90 },
      ],
      locations: [42, 45, 95],
    };
    assert.deepEqual(matchedRows(result), [{ id: 'redis', text: 'Redis redis-py redis.asyncio' }]);
    assert.deepEqual(
      toSearchRows([result], 'redis').map((row) => row.url),
      ['/en/libraries/?highlight=redis', '/en/libraries/?highlight=redis#redis'],
    );
    assert.deepEqual(matchedRows({ url: '/x/', excerpt: '', meta: {} }), []);
  });

  it('ranks titles that name the query first, main title before subtitle', () => {
    const page = (title: string) => ({ meta: { title } });
    const ranked = rankByTitle(
      [page('线程与进程：to_thread'), page('术语表：协程、任务'), page('为什么要用异步'), page('协程与 async/await')],
      '协程',
    );
    assert.deepEqual(
      ranked.map((result) => result.meta.title),
      ['协程与 async/await', '术语表：协程、任务', '线程与进程：to_thread', '为什么要用异步'],
    );
    assert.deepEqual(
      rankByTitle([page('B'), page('A')], '  ').map((result) => result.meta.title),
      ['B', 'A'],
    );
    assert.deepEqual(
      rankByTitle([page('Event loop'), page('Tasks and the event loop')], 'Event Loop').map((r) => r.meta.title),
      ['Event loop', 'Tasks and the event loop'],
    );
  });

  it('wraps the active row with the arrow keys', () => {
    assert.equal(moveActive(-1, 1, 3), 0);
    assert.equal(moveActive(-1, -1, 3), 2);
    assert.equal(moveActive(2, 1, 3), 0);
    assert.equal(moveActive(0, -1, 3), 2);
    assert.equal(moveActive(0, 1, 0), -1);
  });

  it('opens on / outside fields and on Ctrl/⌘+K anywhere', () => {
    const base = { ctrlKey: false, metaKey: false, altKey: false, typing: false };
    assert.equal(isSearchShortcut({ ...base, key: '/' }), true);
    assert.equal(isSearchShortcut({ ...base, key: '/', typing: true }), false);
    assert.equal(isSearchShortcut({ ...base, key: 'k', ctrlKey: true, typing: true }), true);
    assert.equal(isSearchShortcut({ ...base, key: 'K', metaKey: true }), true);
    assert.equal(isSearchShortcut({ ...base, key: 'k' }), false);
    assert.equal(isSearchShortcut({ ...base, key: 'k', ctrlKey: true, altKey: true }), false);
  });

  it('keeps only <mark> tags in excerpts', () => {
    assert.equal(
      safeExcerpt('a <mark>loop</mark> <script>x</script>'),
      'a <mark>loop</mark> &lt;script&gt;x&lt;/script&gt;',
    );
    assert.equal(safeExcerpt('&lt;img src=x&gt;'), '&lt;img src=x&gt;');
  });
});

describe('theme', () => {
  it('accepts light and dark and treats anything else as auto', () => {
    assert.equal(parseTheme('dark'), 'dark');
    assert.equal(parseTheme('light'), 'light');
    assert.equal(parseTheme(null), 'auto');
    assert.equal(parseTheme('blue'), 'auto');
  });
});
