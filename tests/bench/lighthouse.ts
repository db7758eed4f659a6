/** Lighthouse scores, simulated LCP/TBT and the audits that cost points, from the lighthouse package. */
import { launch } from './net-log.ts';
import { freePort } from '../support/free-port.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];
export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  /** Audits that cost points: id, score, title. */
  misses: {
    category: Category;
    id: string;
    score: number | null;
    title: string;
    displayValue?: string;
    items?: string[];
  }[];
  /** Where the main-thread time goes (Lighthouse's mainthread-work-breakdown) and the DOM size. */
  diagnostics: { mainThread: { group: string; ms: number }[]; domElements: number | null; mainThreadMs: number | null };
}

/** A few readable lines from an audit's details table: the failing elements or the biggest items. */
function auditItems(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const node = item['node'] as { snippet?: string; selector?: string } | undefined;
    const text =
      node?.snippet ?? node?.selector ?? (typeof item['url'] === 'string' ? item['url'] : JSON.stringify(item));
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  });
}

/** One Lighthouse run of `url` (mobile or desktop preset) in a Chromium of its own. */
export async function measureLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseRun> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const port = await freePort();
  const browser = await launch([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: categories },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      categories.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, score === null || score === undefined ? null : Math.round(score * 100)];
      }),
    ) as Record<Category, number | null>;
    const misses: LighthouseRun['misses'] = [];
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const items = auditItems(audit.details);
        misses.push({
          category: id,
          id: ref.id,
          score: audit.score,
          title: audit.title,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          ...(items.length ? { items } : {}),
        });
      }
    }
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const breakdown = (
      (
        lhr.audits['mainthread-work-breakdown']?.details as
          { items?: { groupLabel?: string; group?: string; duration?: number }[] } | undefined
      )?.items ?? []
    )
      .map((item) => ({ group: item.groupLabel ?? item.group ?? '?', ms: Math.round(item.duration ?? 0) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4);
    const diagnostics = {
      mainThread: breakdown,
      domElements: numeric('dom-size-insight') ?? numeric('dom-size'),
      mainThreadMs: numeric('mainthread-work-breakdown'),
    };
    return {
      scores,
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      misses,
      diagnostics,
    };
  } finally {
    await browser.close();
  }
}
