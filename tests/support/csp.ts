import { createHash } from 'node:crypto';

/** A Content-Security-Policy as directive name → source list, in the order the policy gives them. */
export type Policy = Map<string, string[]>;

/**
 * Parses a policy the way browsers do (CSP Level 3, "parse a serialized CSP"): directives are separated
 * by `;`, names are case-insensitive, sources are separated by ASCII whitespace, and a repeated directive
 * is ignored after its first occurrence (reported by {@link policyProblems}).
 */
export function parsePolicy(text: string): { policy: Policy; repeated: string[] } {
  const policy: Policy = new Map();
  const repeated: string[] = [];
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (policy.has(key)) repeated.push(key);
    else policy.set(key, sources);
  }
  return { policy, repeated };
}

/** What the guide's policy must say, directive by directive; `hash` stands for any 'sha256-…' source. */
const expected: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Pagefind and Pyodide compile WebAssembly; inline scripts are allowed by hash only.
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'hash'],
  'style-src': ["'self'", 'hash'],
  // Shiki colours code tokens through style attributes: the only place 'unsafe-inline' may appear.
  'style-src-attr': ["'unsafe-inline'"],
};
const hashSource = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

/**
 * The ways a policy differs from the guide's: a missing, unexpected or repeated directive, or a source
 * that a directive must not allow (e.g. 'unsafe-inline' in script-src). Empty when the policy is right.
 */
export function policyProblems(text: string): string[] {
  const { policy, repeated } = parsePolicy(text);
  const problems = repeated.map((name) => `${name} appears more than once (browsers ignore the repeats)`);
  for (const [name, allowed] of Object.entries(expected)) {
    const sources = policy.get(name);
    if (!sources) {
      problems.push(`${name} is missing`);
      continue;
    }
    for (const source of sources) {
      const ok = allowed.includes(source) || (allowed.includes('hash') && hashSource.test(source));
      if (!ok) problems.push(`${name} allows ${source}`);
    }
    for (const source of allowed.filter((source) => source !== 'hash')) {
      if (!sources.includes(source)) problems.push(`${name} lacks ${source}`);
    }
  }
  for (const name of policy.keys()) if (!(name in expected)) problems.push(`unexpected directive ${name}`);
  return problems;
}

/** The CSP source that allows an inline script or style with this exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
