import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scanHeadings } from '../../src/lib/heading-ids.ts';
import { checkLinkText, checkParagraphs, checkTerms, formatFinding, loadPageLabels } from '../../src/lib/zh-style.ts';
import { STYLE_TERMS } from '../../src/lib/zh-style-terms.ts';

// Reads the source content, not dist/: the style sheet governs what authors write.
const docs = 'content/docs';
const zhPages = readdirSync(join(docs, 'zh'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort();
const read = (lang: string, page: string) => readFileSync(join(docs, lang, page), 'utf8');

describe('the zh edition follows docs/style-zh.md', () => {
  it('uses no banned term variant in prose', () => {
    const findings = zhPages.flatMap((page) => checkTerms(read('zh', page), `${docs}/zh/${page}`, STYLE_TERMS));
    assert.deepEqual(findings.map(formatFinding), []);
  });

  it('keeps paragraphs at or under 300 characters', () => {
    const findings = zhPages.flatMap((page) => checkParagraphs(read('zh', page), `${docs}/zh/${page}`));
    assert.deepEqual(findings.map(formatFinding), []);
  });

  it('names every linked page by its title or short label', () => {
    for (const lang of ['zh', 'en']) {
      const labels = loadPageLabels(docs, lang);
      const pages = lang === 'zh' ? zhPages : [];
      const findings = pages.flatMap((page) => checkLinkText(read(lang, page), `${docs}/${lang}/${page}`, labels));
      assert.deepEqual(findings.map(formatFinding), []);
    }
  });

  it('has a glossary entry, with the same id in both languages, for every term of the sheet', () => {
    for (const lang of ['zh', 'en']) {
      const ids = new Set(scanHeadings(read(lang, 'glossary.mdx')).map((heading) => heading.id));
      const missing = STYLE_TERMS.flatMap((term) =>
        term.glossaryId && !ids.has(term.glossaryId) ? [term.glossaryId] : [],
      );
      assert.deepEqual(missing, [], `${lang}/glossary.mdx lacks these ids`);
    }
  });

  it('shows every preferred term of the list in the style sheet', () => {
    // The table's second column, whatever padding Prettier gives it.
    const preferred = new Set(
      readFileSync('docs/style-zh.md', 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('|'))
        .map((line) => line.split('|')[2]?.trim()),
    );
    const missing = STYLE_TERMS.filter((term) => !preferred.has(term.preferred));
    assert.deepEqual(
      missing.map((term) => term.preferred),
      [],
    );
  });
});
