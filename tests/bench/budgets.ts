import { readFileSync } from 'node:fs';

/** tests/bench/budgets.json, typed. */
export interface Budgets {
  firstVisit: { pages: string[]; maxTotalKB: number; maxJsBeforeInteractionKB: number };
  search: { maxFirstResultsMsCold: number; maxFirstChineseSearchKB: number; zhQueries: string[]; enQueries: string[] };
  run: { maxFirstOutputMsCold: number };
  lighthouse: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
}

export const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Budgets;
export const KB = 1024;
