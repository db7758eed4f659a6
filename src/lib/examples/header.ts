/**
 * The header comment block at the top of every example (see conventions.md):
 *
 *   # requires: python>=3.11
 *   # packages: aiohttp, httpx
 *   # services: postgres, redis
 *   # browser: no (uses threads)
 *   # not-run: needs a GPU
 *   # timeout: 20
 *   # timeline: yes (tasks: fast, slow; silent: heartbeat)
 *
 * `timeline: yes` makes the harness record a trace of the run (`<name>.trace.json`, see trace.ts).
 * `tasks:` names the tasks as the output prints them; each must be a lane of the trace. `silent:` names
 * lanes the output never prints (every other lane, except the task asyncio.run started, must be printed).
 *
 * Pure logic, shared by the Astro component, the harness and the tests.
 */

/** Servers the harness knows how to start. */
export const knownServices = ['postgres', 'redis', 'rabbitmq', 'kafka'] as const;
export type Service = (typeof knownServices)[number];

/** Seconds an example may run when its header says nothing. */
export const defaultTimeout = 15;

export interface ExampleHeader {
  /** Lowest Python version, e.g. "3.11". */
  requires: string;
  packages: string[];
  services: Service[];
  /** Why the example cannot run in Pyodide, when the header says `browser: no (...)`. */
  browserNo?: string;
  /** Why the example is never executed (compiled only). */
  notRun?: string;
  /** Seconds. */
  timeout: number;
  /** Present when the header says `timeline: yes`: the run is traced and drawn as a timeline. */
  timeline?: TimelineDeclaration;
  /** Problems found while parsing; empty for a valid header. */
  problems: string[];
}

/** How an example's output names its tasks, so a trace can be checked against the output (trace.ts). */
export interface TimelineDeclaration {
  /** Tasks the output prints, by lane key (explicit task name, first argument, or function name). */
  tasks: string[];
  /** Lanes the output never prints, by lane key. */
  silent: string[];
}

/** The keys a header line may have. */
export const headerKeys = new Set(['requires', 'packages', 'services', 'browser', 'not-run', 'timeout', 'timeline']);
/** Keys writers might mistype; seeing one in the header block is reported, not ignored. */
const nearMisses: Record<string, string> = {
  require: 'requires',
  python: 'requires',
  package: 'packages',
  service: 'services',
  not_run: 'not-run',
  notrun: 'not-run',
  'no-run': 'not-run',
  pyodide: 'browser',
  trace: 'timeline',
  timelines: 'timeline',
};

/** `yes`, `yes (tasks: a, b)`, `yes (silent: c)` or `yes (tasks: a, b; silent: c)`; problems are pushed. */
function parseTimeline(value: string, line: number, problems: string[]): TimelineDeclaration | undefined {
  const match = /^yes\s*(?:\((.*)\))?$/i.exec(value);
  if (!match) {
    problems.push(
      `line ${line}: write "# timeline: yes" or "# timeline: yes (tasks: a, b; silent: c)", not "${value}".`,
    );
    return undefined;
  }
  const declaration: TimelineDeclaration = { tasks: [], silent: [] };
  for (const part of (match[1] ?? '').split(';').filter((p) => p.trim())) {
    const list = /^\s*(tasks|silent)\s*:\s*(.*)$/.exec(part);
    if (!list?.[1]) {
      problems.push(`line ${line}: "${part.trim()}" in the timeline list must start with "tasks:" or "silent:".`);
      continue;
    }
    const names = splitList(list[2] ?? '');
    if (names.length === 0) problems.push(`line ${line}: "${list[1]}:" lists no task.`);
    declaration[list[1] as 'tasks' | 'silent'].push(...names);
  }
  const both = declaration.tasks.filter((name) => declaration.silent.includes(name));
  if (both.length > 0) problems.push(`line ${line}: ${both.join(', ')} cannot be both printed (tasks) and silent.`);
  return declaration;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Reads the header block: consecutive `# key: value` lines with known keys at the top of the file. */
export function parseHeader(source: string): ExampleHeader {
  const header: ExampleHeader = { requires: '', packages: [], services: [], timeout: defaultTimeout, problems: [] };
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let index = 0;
  if (lines[0]?.startsWith('#!')) index = 1;
  for (; index < lines.length; index++) {
    const match = /^#\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(lines[index] ?? '');
    if (!match) break;
    const key = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (!headerKeys.has(key)) {
      const intended = nearMisses[key];
      if (intended) header.problems.push(`line ${index + 1}: unknown header key "${key}"; did you mean "${intended}"?`);
      break;
    }
    switch (key) {
      case 'requires': {
        const version = /^python\s*>=\s*(3\.\d+)$/.exec(value);
        if (version?.[1]) header.requires = version[1];
        else header.problems.push(`line ${index + 1}: write "# requires: python>=3.11", not "${value}".`);
        break;
      }
      case 'packages':
        header.packages = splitList(value);
        break;
      case 'services':
        for (const service of splitList(value)) {
          if ((knownServices as readonly string[]).includes(service)) header.services.push(service as Service);
          else
            header.problems.push(
              `line ${index + 1}: unknown service "${service}" (known: ${knownServices.join(', ')}).`,
            );
        }
        break;
      case 'browser': {
        const no = /^no\b\s*(?:\((.*)\))?\s*(.*)$/i.exec(value);
        if (no) {
          const reason = (no[1] ?? no[2] ?? '').trim();
          if (!reason) header.problems.push(`line ${index + 1}: say why, e.g. "# browser: no (uses threads)".`);
          header.browserNo = reason || 'not supported';
        } else if (!/^yes$/i.test(value)) {
          header.problems.push(`line ${index + 1}: write "# browser: no (reason)".`);
        }
        break;
      }
      case 'not-run':
        if (!value) header.problems.push(`line ${index + 1}: say why the example is not run.`);
        header.notRun = value || 'not run';
        break;
      case 'timeout': {
        const seconds = Number(value);
        if (Number.isFinite(seconds) && seconds > 0 && seconds <= 300) header.timeout = seconds;
        else header.problems.push(`line ${index + 1}: timeout must be a number of seconds (1–300), not "${value}".`);
        break;
      }
      case 'timeline': {
        const timeline = parseTimeline(value, index + 1, header.problems);
        if (timeline) header.timeline = timeline;
        break;
      }
    }
  }
  if (header.timeline && header.notRun !== undefined) {
    header.problems.push('"timeline: yes" needs a run to trace, but the example is not-run.');
  }
  if (!header.requires && !header.problems.some((problem) => problem.includes('requires'))) {
    header.problems.push('missing "# requires: python>=3.11" header line at the top of the file.');
  }
  return header;
}

/** Compares dotted versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** "3.11.2" -> "3.11". */
export function minorVersion(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** True when the example may get a Run button: stdlib only, no servers, executed, not opted out. */
export function isBrowserRunnable(header: ExampleHeader): boolean {
  return (
    header.packages.length === 0 &&
    header.services.length === 0 &&
    header.notRun === undefined &&
    header.browserNo === undefined
  );
}
