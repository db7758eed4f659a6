/**
 * Runs npm scripts one after another, stops at the first that fails (like `a && b`), and prints how long
 * each took. `npm test` and `npm run test:full` list their steps in package.json.
 * Usage: node tests/support/run-steps.ts <script> [<script> …]
 * TEST_SKIP=<script>[,<script>] skips steps by name and says so, e.g. TEST_SKIP=test:examples on a machine
 * without the examples' Python libraries; a skipped step is never reported as passed.
 */
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const skip = new Set((process.env['TEST_SKIP'] ?? '').split(',').filter(Boolean));
const unknown = [...skip].filter((name) => !steps.includes(name));
if (unknown.length > 0) {
  console.error(`TEST_SKIP names steps that are not in this run: ${unknown.join(', ')} (steps: ${steps.join(', ')})`);
  process.exit(2);
}

const rows: string[] = [];
const started = performance.now();
let status = 0;
for (const step of steps) {
  if (skip.has(step)) {
    rows.push(`${'skipped'.padStart(9)}  ${step} (TEST_SKIP)`);
    continue;
  }
  console.log(`\n> npm run ${step}`);
  const start = performance.now();
  const result = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  rows.push(`${`${seconds} s`.padStart(9)}  ${step}${result.status === 0 ? '' : ` FAILED (exit ${result.status})`}`);
  if (result.status !== 0) {
    status = result.status ?? 1;
    break;
  }
}
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nSteps:\n${rows.join('\n')}\n${`${total} s`.padStart(9)}  total${status === 0 ? '' : ' (stopped at the failure)'}`,
);
if (skip.size > 0) console.log(`Not a complete run: skipped ${[...skip].join(', ')}.`);
process.exit(status);
