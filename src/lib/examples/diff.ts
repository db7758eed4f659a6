/** A small unified diff (line based, LCS) for "expected vs actual output" messages. */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function diffOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // LCS table; outputs are small (a few hundred lines at most).
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]!, a: i++, b: j++ });
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ kind: '-', line: a[i]!, a: i++, b: j });
    } else {
      ops.push({ kind: '+', line: b[j]!, a: i, b: j++ });
    }
  }
  return ops;
}

/**
 * Unified diff of two texts, `---`/`+++` headers and `@@` hunks with `context` lines around changes.
 * Returns '' when the texts are equal.
 */
export function unifiedDiff(
  expected: string,
  actual: string,
  labels = { expected: 'expected', actual: 'actual' },
  context = 3,
): string {
  if (expected === actual) return '';
  const a = splitLines(expected);
  const b = splitLines(actual);
  const ops = diffOps(a, b);
  const out = [`--- ${labels.expected}`, `+++ ${labels.actual}`];
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) {
    // Same lines, different trailing newline or whitespace at the end.
    out.push('@@ only the end of the output differs (trailing newline) @@');
    out.push(`-${JSON.stringify(expected.slice(-40))}`, `+${JSON.stringify(actual.slice(-40))}`);
    return `${out.join('\n')}\n`;
  }
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = Math.min(ops.length, changed[k]! + context + 1);
    while (k + 1 < changed.length && changed[k + 1]! - context <= end) {
      k++;
      end = Math.min(ops.length, changed[k]! + context + 1);
    }
    k++;
    const hunk = ops.slice(start, end);
    const aStart = hunk[0]!.a;
    const bStart = hunk[0]!.b;
    const aLen = hunk.filter((op) => op.kind !== '+').length;
    const bLen = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${aLen === 0 ? aStart : aStart + 1},${aLen} +${bLen === 0 ? bStart : bStart + 1},${bLen} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
  }
  const endsA = expected.endsWith('\n') || expected === '';
  const endsB = actual.endsWith('\n') || actual === '';
  if (endsA !== endsB) out.push(`\\ ${endsA ? 'actual' : 'expected'}: no newline at end of output`);
  return `${out.join('\n')}\n`;
}
