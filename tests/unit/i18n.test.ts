import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLang, otherLang, pagePath, parseEntryId, preferredLang, t } from '../../src/lib/i18n.ts';

describe('i18n', () => {
  it('builds page paths with a trailing slash and maps index to the language home', () => {
    assert.equal(pagePath('zh', 'index'), '/zh/');
    assert.equal(pagePath('en', 'concepts/event-loop'), '/en/concepts/event-loop/');
  });

  it('splits entry ids into language and slug', () => {
    assert.deepEqual(parseEntryId('zh/concepts/tasks'), { lang: 'zh', slug: 'concepts/tasks' });
    assert.deepEqual(parseEntryId('en/index'), { lang: 'en', slug: 'index' });
    assert.throws(() => parseEntryId('fr/index'), /content\/docs\/zh/);
    assert.throws(() => parseEntryId('zh'), /must live under/);
  });

  it('picks the reader language from the browser list, falling back to English', () => {
    assert.equal(preferredLang(['zh-CN', 'en-US']), 'zh');
    assert.equal(preferredLang(['zh-TW']), 'zh');
    assert.equal(preferredLang(['de-DE', 'en-GB']), 'en');
    assert.equal(preferredLang(['fr']), 'en');
    assert.equal(preferredLang([]), 'en');
  });

  it('knows its languages', () => {
    assert.equal(isLang('zh'), true);
    assert.equal(isLang('ja'), false);
    assert.equal(otherLang('zh'), 'en');
    assert.equal(otherLang('en'), 'zh');
  });

  it('fills placeholders in interface text', () => {
    assert.equal(t('en', 'searchResultsCount', { count: 3 }), '3 results');
    assert.equal(t('zh', 'pythonNeeded', { version: '3.12' }), '本页代码需要 Python 3.12+');
  });
});
