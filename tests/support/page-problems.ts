import type { Page } from '@playwright/test';

/** What a page did wrong since the watcher started or was last read. */
export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations the document reported (directive and blocked URL). */
  cspViolations: string[];
  /** Requests that left the site's origin (data: and blob: URLs stay inside the page). */
  foreignRequests: string[];
}

/** Options of {@link watchPageProblems}. */
export interface WatchOptions {
  /** Console errors to accept, e.g. the 404 page's own "Failed to load resource: 404". */
  ignoreConsole?: (text: string) => boolean;
  /** The site's origin; requests elsewhere are recorded. Without it, requests are not watched. */
  origin?: string;
}

/**
 * Records what a page does wrong while a test drives it: console errors, uncaught exceptions,
 * Content-Security-Policy violations and requests to other origins. Call before the first navigation.
 * `take()` returns what happened since the last `take()` and starts afresh, so one page object can
 * visit many URLs and each finding can be blamed on the URL that caused it.
 */
export async function watchPageProblems(page: Page, options: WatchOptions = {}) {
  const { ignoreConsole = () => false, origin } = options;
  let errors: string[] = [];
  let foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (origin) {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreignRequests.push(request.url());
    });
  }
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  /** The CSP violations the current document reported. */
  const cspViolations = () =>
    page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  return {
    /** Console errors and uncaught exceptions so far (live array until the next `take()`). */
    get errors() {
      return errors;
    },
    cspViolations,
    /** Everything recorded since the last call, then forgets it. Call while the page is still open. */
    async take(): Promise<PageProblems> {
      const found = { errors, cspViolations: await cspViolations(), foreignRequests };
      errors = [];
      foreignRequests = [];
      return found;
    },
  };
}

/** The findings as `path: kind: detail` lines, empty when the page did nothing wrong. */
export function describeProblems(path: string, problems: PageProblems): string[] {
  return [
    ...problems.errors.map((error) => `${path}: console error: ${error}`),
    ...problems.cspViolations.map((violation) => `${path}: CSP violation: ${violation}`),
    ...problems.foreignRequests.map((url) => `${path}: request to another origin: ${url}`),
  ];
}
