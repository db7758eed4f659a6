import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  cleanQuery,
  dropLeadingTitle,
  toSearchRows,
  fallbackQueries,
  joinMarks,
  keywordsMeta,
  maxQueryLength,
  pageKeywords,
  rankByTitle,
  safeExcerpt,
  searchTerms,
  searchWithFallback,
} from '../../src/lib/search.ts';

describe('search queries', () => {
  test('cleanQuery trims, collapses spaces, cuts long input and drops punctuation-only input', () => {
    assert.equal(cleanQuery('  event \n loop '), 'event loop');
    assert.equal(cleanQuery('x'.repeat(5000)).length, maxQueryLength);
    assert.equal(cleanQuery('?!…，。'), '');
    assert.equal(cleanQuery('   '), '');
    assert.equal(cleanQuery('<img src=x onerror=alert(1)>'), '<img src=x onerror=alert(1)>');
  });

  test('searchTerms drops question words unless nothing else is left', () => {
    assert.equal(searchTerms('what is a coroutine'), 'coroutine');
    assert.equal(searchTerms('什么是协程'), '协程');
    assert.equal(searchTerms('事件循环是怎么调度的'), '事件循环 调度');
    assert.equal(searchTerms('what is'), 'what is');
    assert.equal(searchTerms('asyncio.gather'), 'asyncio.gather');
  });

  test('fallbackQueries leaves out one word at a time, last word first', () => {
    assert.deepEqual(fallbackQueries('shield 防止取消'), ['shield', '防止取消']);
    assert.deepEqual(fallbackQueries('a b c'), ['a b', 'a c', 'b c']);
    assert.deepEqual(fallbackQueries('one'), []);
  });

  test('searchWithFallback tries shorter queries only while nothing is found', async () => {
    const found: Record<string, number> = { shield: 2 };
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return { results: Array.from({ length: found[query] ?? 0 }) };
    };
    assert.deepEqual(await searchWithFallback(search, 'shield 防止取消'), {
      query: 'shield',
      result: { results: [0, 0].map(() => undefined) },
    });
    assert.deepEqual(asked, ['shield 防止取消', 'shield']);
    assert.equal(await searchWithFallback(async () => null, 'x'), null);
    const none = await searchWithFallback(search, 'nothing here');
    assert.equal(none?.result.results.length, 0);
  });
});

describe('search results', () => {
  test('joinMarks makes one mark of touching marks, so a Chinese term is marked whole', () => {
    assert.equal(joinMarks('<mark>协</mark><mark>程</mark>与'), '<mark>协程</mark>与');
    assert.equal(joinMarks('<mark>event</mark> <mark>loop</mark>'), '<mark>event</mark> <mark>loop</mark>');
    assert.equal(safeExcerpt('<mark>超</mark><mark>时</mark> <b>'), '<mark>超时</mark> &lt;b&gt;');
  });

  test('keywordsMeta segments Chinese keywords at word boundaries and keeps others', () => {
    const meta = keywordsMeta(['超时控制', 'asyncio.timeout', '忘记 await']);
    const parts = meta.split(', ');
    assert.equal(parts.length, 3);
    assert.match(parts[0] ?? '', /控制$/);
    assert.ok((parts[0] ?? '').includes(' '), parts[0]);
    assert.equal(parts[1], 'asyncio.timeout');
    assert.equal(parts[2], '忘记 await');
  });

  test('pageKeywords and rankByTitle match a keyword however it was segmented', () => {
    assert.deepEqual(pageKeywords({ keywords: '超 时 控制, wait_for' }), ['超时控制', 'wait_for']);
    const pages = [{ meta: { title: '术语表' } }, { meta: { title: '超时：asyncio.timeout', keywords: '超 时 控制' } }];
    assert.equal(rankByTitle(pages, '超时控制')[0]?.meta.title, '超时：asyncio.timeout');
  });

  test('toSearchRows never makes a blank row: an unnamed table row takes its id, an untitled section is left out', () => {
    const rows = toSearchRows(
      [
        {
          url: '/en/libraries/',
          excerpt: '',
          meta: { title: 'Libraries' },
          anchors: [{ element: 'tr', id: 'redis', text: '', location: 0 }],
          locations: [1],
          sub_results: [{ title: ' ', url: '/en/libraries/#x', excerpt: 'x' }],
        },
      ],
      'redis',
    );
    assert.deepEqual(
      rows.map((row) => row.title),
      ['Libraries', 'redis'],
    );
  });

  test('dropLeadingTitle removes the heading an excerpt repeats, keeping the marks balanced', () => {
    assert.equal(
      dropLeadingTitle('<mark>事件循环</mark>是什么. 可以把<mark>事件循环</mark>理解为', '事件循环是什么'),
      '可以把<mark>事件循环</mark>理解为',
    );
    assert.equal(
      dropLeadingTitle('The <mark>event loop</mark>. The <mark>event</mark> loop is', 'The event'),
      '<mark>loop</mark>. The <mark>event</mark> loop is',
    );
    assert.equal(dropLeadingTitle('Other text', 'Title'), 'Other text');
    assert.equal(dropLeadingTitle('Title.', 'Title'), 'Title.');
  });
});
