import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtPages, fileForPath, idsIn, linksIn, read } from './built-site.ts';

const site = 'https://async-python-guide.pages.dev';

describe('the built site', () => {
  const pages = builtPages();

  it('has both language homes, the entry page, search pages and the 404 page', () => {
    const paths = new Set(pages.map((page) => page.path));
    for (const path of ['/', '/zh/', '/en/', '/zh/search/', '/en/search/', '/404.html'])
      assert.ok(paths.has(path), path);
  });

  it('pairs every page with its translation, and the sitemap lists both with alternates', () => {
    const docs = pages.filter((page) => /^\/(zh|en)\//.test(page.path) && !page.path.endsWith('/search/'));
    const paths = new Set(docs.map((page) => page.path));
    const sitemap = read(fileForPath('/sitemap-0.xml') ?? '');
    for (const page of docs) {
      const other = page.path.replace(/^\/(zh|en)\//, (_, lang: string) => (lang === 'zh' ? '/en/' : '/zh/'));
      assert.ok(paths.has(other), `${page.path} has no ${other}`);
      const html = read(page.file);
      assert.match(html, new RegExp(`<html lang="${page.path.startsWith('/zh/') ? 'zh-CN' : 'en'}"`), page.path);
      assert.match(
        html,
        new RegExp(`hreflang="en" href="${site}${other.startsWith('/en/') ? other : page.path}"`),
        page.path,
      );
      assert.ok(sitemap.includes(`<loc>${site}${page.path}</loc>`), `sitemap lacks ${page.path}`);
    }
    assert.ok(!sitemap.includes(`<loc>${site}/</loc>`), 'the entry page is not in the sitemap');
    assert.match(sitemap, /hreflang="zh-CN" href="[^"]+\/zh\/concepts\/event-loop\/"/);
  });

  it('resolves every internal link and #anchor', () => {
    const problems: string[] = [];
    const idCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let ids = idCache.get(file);
      if (!ids) idCache.set(file, (ids = idsIn(read(file))));
      return ids;
    };
    for (const page of pages) {
      const html = read(page.file);
      for (const link of linksIn(html)) {
        if (/^(mailto:|data:|javascript:)/.test(link)) continue;
        const url = new URL(link, `${site}${page.path}`);
        // Absolute links to other origins are allowed in prose (official docs), never as resources.
        if (url.origin !== site) continue;
        const file = url.pathname === page.path ? page.file : fileForPath(decodeURIComponent(url.pathname));
        if (!file) {
          problems.push(`${page.path}: ${link} does not exist`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor))
          problems.push(`${page.path}: ${link} has no #${anchor}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('loads no script, style, image or font from another origin', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = read(page.file);
      for (const match of html.matchAll(
        /<(script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/([^"]+)"/g,
      )) {
        const tag = match[0];
        if (/rel="(canonical|alternate|sitemap)"/.test(tag)) continue;
        problems.push(`${page.path}: ${tag}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
