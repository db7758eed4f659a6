/** Small helpers shared by the bench's measurements and its report: medians, units, tables, ports. */
import { KB } from './budgets.ts';

/** Median of the finite values, or null when there are none. */
export const median = (values: number[]): number | null => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** Bytes as KB with one decimal, or a dash. */
export const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '—' : `${(bytes / KB).toFixed(1)} KB`;
/** Milliseconds, rounded, or a dash. */
export const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value)} ms`;
/** Progress goes to stderr, so stdout holds only the report. */
export const log = (message: string) => process.stderr.write(`${message}\n`);

/** A plain-text table; CJK characters count as two columns. */
export function table(rows: (string | number)[][], head: string[]): string {
  const all = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, column) =>
    Math.max(
      ...all.map((row) => [...(row[column] ?? '')].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)),
    ),
  );
  const pad = (text: string, width: number) =>
    text + ' '.repeat(Math.max(0, width - [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Runs `measure` `count` times, keeping the results and the messages of the runs that failed. */
export async function repeat<T>(
  label: string,
  count: number,
  measure: () => Promise<T>,
): Promise<{ runs: T[]; errors: string[] }> {
  const results: T[] = [];
  const errors: string[] = [];
  for (let index = 0; index < count; index++) {
    process.stderr.write(`  ${label} ${index + 1}/${count}\r`);
    try {
      results.push(await measure());
    } catch (error) {
      errors.push(error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error));
    }
  }
  process.stderr.write(
    `  ${label} done${errors.length ? ` (${errors.length} failed: ${errors[0]})` : ''}${' '.repeat(20)}\n`,
  );
  return { runs: results, errors };
}
