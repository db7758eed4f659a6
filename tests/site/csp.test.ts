/**
 * The Content-Security-Policy of every built page, read from its <meta> tag and parsed into directives
 * (tests/support/csp.ts): exactly the guide's policy, and every inline script and style allowed by hash.
 * tests/e2e/csp.spec.ts proves in Chromium that search and Run in the browser obey it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy, policyProblems, sha256Source } from '../support/csp.ts';
import { builtPages, read } from './built-site.ts';

/** The policy of an HTML document, or undefined when it has no CSP <meta>. */
function policyOf(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /\scontent="([^"]*)"/.exec(tag)?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&') : undefined;
}

describe('the Content-Security-Policy of every page', () => {
  const pages = builtPages().map((page) => ({ ...page, html: read(page.file) }));

  it('is the guide policy: no unsafe-inline script, WebAssembly and workers from this origin only', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const policy = policyOf(page.html);
      if (policy === undefined) problems.push(`${page.path}: no Content-Security-Policy <meta>`);
      else problems.push(...policyProblems(policy).map((problem) => `${page.path}: ${problem}`));
    }
    assert.deepEqual(problems, []);
  });

  it('allows each inline script and <style> of the page by its hash', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const { policy } = parsePolicy(policyOf(page.html) ?? '');
      const inline = [
        ...[...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
          .filter((match) => !/\ssrc=/.test(match[1] ?? '') && !/type="application\/(ld\+)?json"/.test(match[1] ?? ''))
          .map((match) => ['script-src', match[2] ?? ''] as const),
        ...[...page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
          (match) => ['style-src', match[1] ?? ''] as const,
        ),
      ];
      for (const [directive, text] of inline) {
        checked += 1;
        if (!policy.get(directive)?.includes(sha256Source(text))) {
          problems.push(`${page.path}: ${directive} lacks the hash of ${JSON.stringify(text.slice(0, 60))}…`);
        }
      }
    }
    assert.deepEqual(problems, []);
    // The theme script is inline on every page: finding none means the pattern above broke.
    assert.ok(checked >= pages.length, `only ${checked} inline scripts and styles found in ${pages.length} pages`);
  });
});
