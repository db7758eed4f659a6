import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy, policyProblems, sha256Source } from '../support/csp.ts';

const good = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'sha256-0KBmyNa4+aMUT/glTeQCqTnFhuPr8oQ/dbrTdZ5D5Ts='",
  "style-src 'self' 'sha256-Y3UrlymXmpfMXQ9dzh2vwh4VX4NS6CjRlTRNc5U0lXI='",
  "style-src-attr 'unsafe-inline'",
].join('; ');

describe('Content-Security-Policy check', () => {
  it('accepts the guide policy, however it is spaced', () => {
    assert.deepEqual(policyProblems(good), []);
    assert.equal(parsePolicy(good.replace(/; /g, ';')).policy.size, 11);
  });

  it("rejects 'unsafe-inline' in script-src, even as the last source before the semicolon", () => {
    const bad = good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    assert.deepEqual(policyProblems(bad), ["script-src allows 'unsafe-inline'"]);
    assert.deepEqual(policyProblems(`${good}; script-src 'self' 'unsafe-inline';`), [
      'script-src appears more than once (browsers ignore the repeats)',
    ]);
    const issue = good.replace(/script-src [^;]+; /, "script-src 'self' 'unsafe-inline'; ");
    assert.deepEqual(policyProblems(issue), [
      "script-src allows 'unsafe-inline'",
      "script-src lacks 'wasm-unsafe-eval'",
    ]);
  });

  it('rejects hosts, missing directives and missing sources', () => {
    assert.deepEqual(policyProblems(good.replace("connect-src 'self'", "connect-src 'self' https://cdn.example")), [
      'connect-src allows https://cdn.example',
    ]);
    assert.deepEqual(policyProblems(good.replace("worker-src 'self'; ", '')), ['worker-src is missing']);
    assert.deepEqual(policyProblems(good.replace(" 'wasm-unsafe-eval'", '')), ["script-src lacks 'wasm-unsafe-eval'"]);
    assert.deepEqual(policyProblems(`${good}; frame-src *`), ['unexpected directive frame-src']);
  });

  it('hashes inline text as browsers do', () => {
    assert.equal(sha256Source(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
