/** The bench's budget checks: tests/bench/budgets.json against the static figures and the measured medians. */
import { budgets, KB } from './budgets.ts';
import { categories } from './lighthouse.ts';
import type { FirstVisit } from './page-bytes.ts';
import { kb, ms, table } from './util.ts';

/** One budget as checked: its limit, the value found, and whether `npm test` asserts it. */
export interface BudgetCheck {
  budget: string;
  limit: string;
  value: string;
  ok: boolean | null;
  over?: string;
  asserted: boolean;
}

/** Checks tests/bench/budgets.json against the static figures and the measured medians of `result`. */
export function checkBudgets(
  result: Record<string, unknown>,
  staticVisits: Record<string, FirstVisit | null>,
  staticSearch: Record<string, number>,
): BudgetCheck[] {
  const visits = (result['firstVisit'] ?? {}) as Record<string, unknown>;
  const searches = (result['search'] ?? {}) as Record<string, unknown>;
  const lighthouseResults = (result['lighthouse'] ?? {}) as Record<string, unknown>;
  const checks: BudgetCheck[] = [];
  const check = (
    budget: string,
    limit: number,
    value: number | null | undefined,
    format: (value: number) => string,
    asserted: boolean,
    atLeast = false,
  ) => {
    const ok = value === null || value === undefined ? null : atLeast ? value >= limit : value <= limit;
    checks.push({
      budget,
      limit: `${atLeast ? '≥' : '≤'} ${format(limit)}`,
      value: value === null || value === undefined ? 'not measured' : format(value),
      ok,
      ...(ok === false && value !== null && value !== undefined
        ? { over: `${atLeast ? 'short by' : 'over by'} ${format(Math.abs(value - limit))}` }
        : {}),
      asserted,
    });
  };
  for (const page of budgets.firstVisit.pages) {
    const visit = staticVisits[page];
    const measured = (visits[page] as { median: Record<string, number | null> } | undefined)?.median;
    check(`first visit ${page}: HTML+CSS+JS (static)`, budgets.firstVisit.maxTotalKB * KB, visit?.total, kb, true);
    check(
      `first visit ${page}: JS before interaction (static)`,
      budgets.firstVisit.maxJsBeforeInteractionKB * KB,
      visit?.jsBeforeInteraction,
      kb,
      true,
    );
    if (measured) {
      check(
        `first visit ${page}: HTML+CSS+JS (measured)`,
        budgets.firstVisit.maxTotalKB * KB,
        measured['total'],
        kb,
        false,
      );
      // Inline scripts are inside the HTML response; the static figure adds them to the measured external JS.
      const js = measured['jsBeforeInteraction'];
      check(
        `first visit ${page}: JS before interaction (measured + inline)`,
        budgets.firstVisit.maxJsBeforeInteractionKB * KB,
        js === null || js === undefined ? null : js + (visit?.inlineJs ?? 0),
        kb,
        false,
      );
    }
  }
  for (const query of budgets.search.zhQueries) {
    check(
      `first Chinese search “${query}” bytes (static)`,
      budgets.search.maxFirstChineseSearchKB * KB,
      staticSearch[query],
      kb,
      true,
    );
    const measured = (searches['zh'] as Record<string, { median: { bytes: number | null } }> | undefined)?.[query]
      ?.median.bytes;
    if (measured !== undefined)
      check(
        `first Chinese search “${query}” bytes (measured)`,
        budgets.search.maxFirstChineseSearchKB * KB,
        measured,
        kb,
        false,
      );
  }
  for (const [lang, queries] of [
    ['zh', budgets.search.zhQueries],
    ['en', budgets.search.enQueries],
  ] as const) {
    for (const query of queries) {
      const measured = (searches[lang] as Record<string, { median: { coldMs: number | null } }> | undefined)?.[query]
        ?.median.coldMs;
      if (measured !== undefined)
        check(`search “${query}” first results, cold page`, budgets.search.maxFirstResultsMsCold, measured, ms, false);
    }
  }
  const run = (result['run'] ?? null) as {
    variants: Record<string, { median: { firstOutputMs: number | null } }>;
  } | null;
  if (run) {
    for (const variant of ['cold', 'intent', 'warm'])
      check(
        `Run, click to first output (${variant})`,
        budgets.run.maxFirstOutputMsCold,
        run.variants[variant]?.median.firstOutputMs,
        ms,
        false,
      );
  }
  for (const page of budgets.firstVisit.pages) {
    const scores = (lighthouseResults[page] as { median: Record<string, number | null> } | undefined)?.median;
    if (!scores) continue;
    for (const id of categories)
      check(`Lighthouse ${id} ${page}`, budgets.lighthouse[id], scores[id], String, false, true);
  }
  return checks;
}

/** Pushes the budgets table of `result` (its `budgets` entry, made by checkBudgets) onto `out`. */
export function budgetsSection(result: Record<string, unknown>, out: string[]): void {
  const checks = result['budgets'] as BudgetCheck[];
  out.push('\nBudgets (tests/bench/budgets.json; asserted = checked by npm test)');
  out.push(
    table(
      checks.map((entry) => [
        entry.ok === null ? '?' : entry.ok ? 'ok' : 'MISS',
        entry.budget,
        entry.limit,
        entry.value,
        entry.over ?? '',
        entry.asserted ? 'asserted' : 'reported',
      ]),
      ['', 'budget', 'limit', 'value', '', ''],
    ),
  );
}
