/**
 * The byte budgets of tests/bench/budgets.json that do not need a browser: the compressed size of a
 * first visit to each budget page (HTML + CSS + JS, and the JS before interaction), computed from dist/
 * like tests/tools/serve-dist.ts serves it, and the bytes of the first Chinese search (Pagefind run in
 * Node against dist/pagefind/). Timings and Lighthouse scores are reported by `npm run bench` instead.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgets, KB } from '../bench/budgets.ts';
import { firstVisit, kb } from '../bench/page-bytes.ts';
import type { FirstVisit } from '../bench/page-bytes.ts';
import { firstSearch } from '../bench/search-bytes.ts';
import { builtPages, distDir } from './built-site.ts';

function breakdown(visit: FirstVisit): string {
  const rows = [...visit.resources]
    .sort((a, b) => b.bytes - a.bytes)
    .map((resource) => `  ${kb(resource.bytes).padStart(9)}  ${resource.kind.padEnd(5)} ${resource.path}`);
  return `${visit.page}: html ${kb(visit.bytes.html)}, css ${kb(visit.bytes.css)}, js ${kb(visit.bytes.js)} (inline scripts ${kb(visit.inlineJs)}), fonts ${kb(visit.bytes.font)}, other ${kb(visit.bytes.other)}\n${rows.join('\n')}`;
}

describe('performance budgets (tests/bench/budgets.json)', () => {
  // Fails with the usual "run npm run build first" message when there is no build.
  builtPages();

  for (const page of budgets.firstVisit.pages) {
    describe(`a first visit to ${page}`, () => {
      const visit = () => {
        const result = firstVisit(distDir, page);
        // A budget page that is not built yet is a failure, not a skip: the budget must be checked.
        assert.ok(
          result,
          `${page} is not in dist/: the page is missing from the build, so its byte budget cannot be checked.`,
        );
        assert.deepEqual(result.missing, [], `${page} references files that dist/ does not have`);
        return result;
      };

      it(`loads at most ${budgets.firstVisit.maxTotalKB} KB of HTML + CSS + JS (compressed, no fonts)`, () => {
        const result = visit();
        assert.ok(
          result.total <= budgets.firstVisit.maxTotalKB * KB,
          `${kb(result.total)} is over the ${budgets.firstVisit.maxTotalKB} KB budget by ${kb(result.total - budgets.firstVisit.maxTotalKB * KB)}\n${breakdown(result)}`,
        );
      });

      it(`loads at most ${budgets.firstVisit.maxJsBeforeInteractionKB} KB of JS before the reader interacts`, () => {
        const result = visit();
        assert.ok(
          result.jsBeforeInteraction <= budgets.firstVisit.maxJsBeforeInteractionKB * KB,
          `${kb(result.jsBeforeInteraction)} of JS is over the ${budgets.firstVisit.maxJsBeforeInteractionKB} KB budget by ${kb(result.jsBeforeInteraction - budgets.firstVisit.maxJsBeforeInteractionKB * KB)}\n${breakdown(result)}`,
        );
      });

      it('loads no search index, WebAssembly or Pyodide file before the reader interacts', () => {
        const result = visit();
        const eager = result.resources.filter((resource) => /^\/(pagefind|pyodide)\/|\.wasm$/.test(resource.path));
        assert.deepEqual(
          eager.map((resource) => `${resource.path} (${resource.via})`),
          [],
        );
      });
    });
  }

  for (const query of budgets.search.zhQueries) {
    it(`the first Chinese search for “${query}” downloads at most ${budgets.search.maxFirstChineseSearchKB} KB`, async () => {
      const search = await firstSearch(distDir, 'zh-CN', query);
      assert.ok(search.results > 0, `“${query}” finds nothing in the zh-CN index`);
      const files = [...search.files]
        .sort((a, b) => b.bytes - a.bytes)
        .map((file) => `  ${kb(file.bytes).padStart(9)}  ${file.path}`);
      assert.ok(
        search.bytes <= budgets.search.maxFirstChineseSearchKB * KB,
        `${kb(search.bytes)} is over the ${budgets.search.maxFirstChineseSearchKB} KB budget by ${kb(search.bytes - budgets.search.maxFirstChineseSearchKB * KB)}\n${files.join('\n')}`,
      );
    });
  }
});
