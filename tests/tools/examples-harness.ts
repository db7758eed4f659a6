/**
 * Shared machinery of `npm run examples` (run-examples.ts) and `npm run test:examples`
 * (tests/examples): finding examples, running them with CPython or Pyodide, starting the
 * servers they declare, and the manifest that records which runner produced each `.out`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync, chmodSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../../src/lib/content-dir.ts';
import { parseHeader, type ExampleHeader, type Service } from '../../src/lib/examples/header.ts';
import { normaliseOutput } from '../../src/lib/examples/output.ts';
import { unifiedDiff } from '../../src/lib/examples/diff.ts';
import { pyodideRunDir } from '../../src/lib/examples/pyodide-runtime.ts';
import type { Manifest, ManifestEntry } from '../../src/lib/examples/manifest.ts';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const examplesDir = resolve(repoRoot, contentDir, 'examples');
export const manifestPath = join(examplesDir, 'manifest.json');
export const python = process.env['PYTHON'] ?? '/usr/bin/python3';

export interface Example {
  /** Path relative to content/examples with forward slashes: `event-loop/blocking_call.py`. */
  id: string;
  abs: string;
  dir: string;
  /** Bare file name: `blocking_call.py`. */
  name: string;
  outPath: string;
  source: string;
  header: ExampleHeader;
}

export interface RunResult {
  output: string;
  exitCode: number | null;
  timedOut: boolean;
  ms: number;
}

/** All example programs, sorted: `content/examples/<topic>/<name>.py`. */
export function listExamples(): string[] {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => entry.endsWith('.py') && !entry.split('/').some((part) => part.startsWith('__') || part.startsWith('.')))
    .sort();
}

/** Accepts `content/examples/x/y.py`, an absolute path, or `x/y.py`; returns the example id. */
export function toExampleId(arg: string): string {
  const abs = resolve(arg);
  if (existsSync(abs) && abs.startsWith(examplesDir + sep)) return relative(examplesDir, abs).split(sep).join('/');
  const candidate = arg.replace(/^\.?\/?(content\/examples\/)?/, '');
  if (existsSync(join(examplesDir, candidate))) return candidate;
  throw new Error(`No example "${arg}" (looked for ${abs} and ${join(examplesDir, candidate)}).`);
}

export function loadExample(id: string): Example {
  const abs = join(examplesDir, id);
  const source = readFileSync(abs, 'utf8');
  return {
    id,
    abs,
    dir: dirname(abs),
    name: basename(abs),
    outPath: abs.replace(/\.py$/, '.out'),
    source,
    header: parseHeader(source),
  };
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** The CPython version string of `PYTHON`, e.g. "3.11.2". */
export function cpythonVersion(): string {
  const result = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Cannot run ${python}: ${result.stderr || result.error}`);
  return result.stdout.trim();
}

/** The Python version inside the installed Pyodide, without loading it. */
export function pyodidePythonVersion(): string {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'node_modules/pyodide/pyodide-lock.json'), 'utf8')) as { info: { python: string } };
  return lock.info.python;
}

/** Normalises output the same way for every runner. */
export function normalise(example: Example, text: string): string {
  return normaliseOutput(text, [example.dir, pyodideRunDir]);
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: 'UTC',
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8',
    ...extra,
  };
  return env;
}

/** Runs one example with CPython: cwd = its folder, bare file name, stdout+stderr in one pipe. */
export function runCPython(example: Example, env: Record<string, string> = {}, onOutput?: (text: string) => void): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    // `2>&1` in a tiny shell gives the child one pipe for both streams, so their order is kept.
    const child = spawn('/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', python, example.name], {
      cwd: example.dir,
      env: baseEnv(env),
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      onOutput?.(chunk.toString('utf8'));
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, example.header.timeout * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({
        output: normalise(example, Buffer.concat(chunks).toString('utf8')),
        exitCode: code,
        timedOut,
        ms: performance.now() - started,
      });
    });
  });
}

/** `python -m py_compile` for not-run examples; returns the error text or ''. */
export function compileExample(example: Example): string {
  const code = 'import os, sys, tempfile, py_compile\nwith tempfile.TemporaryDirectory() as d:\n    py_compile.compile(sys.argv[1], cfile=os.path.join(d, "x.pyc"), doraise=True)';
  const result = spawnSync(python, ['-c', code, example.name], {
    cwd: example.dir,
    env: baseEnv({}),
    encoding: 'utf8',
  });
  return result.status === 0 ? '' : normalise(example, `${result.stdout}${result.stderr}`) || `exit ${result.status}`;
}

/** One Pyodide kept loaded in a worker thread; restarted after a timeout. */
export class PyodideRunner {
  #worker: Worker | undefined;
  #ready: Promise<string> | undefined;
  #nextId = 1;
  version = '';

  #start(): Promise<string> {
    const worker = new Worker(new URL('./pyodide-node-worker.ts', import.meta.url));
    this.#worker = worker;
    this.#ready = new Promise((resolveReady, reject) => {
      const onMessage = (message: { type: string; version?: string }) => {
        if (message.type === 'ready') {
          worker.off('message', onMessage);
          this.version = message.version ?? '';
          resolveReady(this.version);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.#ready;
  }

  async run(example: Example, onOutput?: (text: string) => void): Promise<RunResult> {
    if (!this.#worker || !this.#ready) this.#start();
    await this.#ready;
    const worker = this.#worker!;
    const id = this.#nextId++;
    const started = performance.now();
    let output = '';
    return new Promise((resolvePromise) => {
      const finish = (exitCode: number | null, timedOut: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolvePromise({ output: normalise(example, output), exitCode, timedOut, ms: performance.now() - started });
      };
      const onMessage = (message: { id?: number; type: string; text?: string; code?: number }) => {
        if (message.id !== id) return;
        if (message.type === 'output' && message.text) {
          output += message.text;
          onOutput?.(message.text);
        } else if (message.type === 'exit') {
          finish(message.code ?? 1, false);
        }
      };
      const onError = (error: Error) => {
        output += `\n[pyodide worker crashed] ${error.message}\n`;
        this.#worker = undefined;
        finish(1, false);
      };
      const timer = setTimeout(() => {
        void worker.terminate();
        this.#worker = undefined;
        finish(null, true);
      }, example.header.timeout * 1000);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, name: example.name, code: example.source });
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Services: PostgreSQL and Redis from the Debian packages, on 127.0.0.1, for the run only.

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function run(command: string, args: string[], options: { asUser?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const [cmd, argv] = options.asUser && process.getuid?.() === 0 ? ['runuser', ['-u', options.asUser, '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv as string[], { encoding: 'utf8', env: options.env ?? process.env, timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

function findPgBin(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); install the Debian "postgresql" package.');
  return join(root, versions[0], 'bin');
}

export interface RunningServices {
  /** Environment variables for the examples: DATABASE_URL, PGHOST/PGPORT/..., REDIS_URL. */
  env: Record<string, string>;
  /** Gives an example a clean state: a fresh database, an empty Redis. */
  reset(services: readonly Service[]): void;
  stop(): void;
}

/** Starts the servers that the given examples declare; `stop()` removes every trace. */
export async function startServices(needed: ReadonlySet<Service>): Promise<RunningServices> {
  const env: Record<string, string> = {};
  const stops: (() => void)[] = [];
  const resets = new Map<Service, () => void>();
  const stopAll = () => {
    for (const stop of stops.reverse()) {
      try {
        stop();
      } catch (error) {
        console.error(String(error));
      }
    }
    stops.length = 0;
  };
  try {
    if (needed.has('postgres')) {
      const bin = findPgBin();
      const root = mkdtempSync(join(tmpdir(), 'guide-pg-'));
      const asRoot = process.getuid?.() === 0;
      const user = asRoot ? 'postgres' : undefined;
      stops.push(() => rmSync(root, { recursive: true, force: true }));
      if (asRoot) {
        chmodSync(root, 0o755);
        const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
        const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
        chownSync(root, Number(pw.stdout.trim()), Number(gid.stdout.trim()));
      }
      const data = join(root, 'data');
      const port = await freePort();
      run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], user ? { asUser: user } : {});
      run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(root, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start'], user ? { asUser: user } : {});
      stops.push(() => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], user ? { asUser: user } : {}));
      const psql = (sql: string) => run(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql]);
      resets.set('postgres', () => {
        psql('DROP DATABASE IF EXISTS guide WITH (FORCE)');
        psql('CREATE DATABASE guide');
      });
      Object.assign(env, {
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/guide`,
        PGHOST: '127.0.0.1',
        PGPORT: String(port),
        PGUSER: 'postgres',
        PGDATABASE: 'guide',
      });
    }
    if (needed.has('redis')) {
      const port = await freePort();
      const dir = mkdtempSync(join(tmpdir(), 'guide-redis-'));
      stops.push(() => rmSync(dir, { recursive: true, force: true }));
      const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
      stops.push(() => server.kill('SIGTERM'));
      const cli = (...args: string[]) => run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args]);
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          if (cli('PING').trim() === 'PONG') break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      resets.set('redis', () => cli('FLUSHALL'));
      Object.assign(env, { REDIS_URL: `redis://127.0.0.1:${port}/0` });
    }
  } catch (error) {
    stopAll();
    throw error;
  }
  const onExit = () => stopAll();
  process.once('exit', onExit);
  return {
    env,
    reset: (services) => {
      for (const service of services) resets.get(service)?.();
    },
    stop: () => {
      process.off('exit', onExit);
      stopAll();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Manifest: which runner produced each committed `.out`.

export function readManifest(): Manifest {
  if (!existsSync(manifestPath)) return { examples: {} };
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** Updates manifest entries under a lock, so writers running single examples at once do not clash. */
export async function updateManifest(entries: Record<string, ManifestEntry | null>): Promise<void> {
  const lock = `${manifestPath}.lock`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    const manifest = readManifest();
    for (const [id, entry] of Object.entries(entries)) {
      if (entry === null) delete manifest.examples[id];
      else manifest.examples[id] = entry;
    }
    for (const id of Object.keys(manifest.examples)) {
      if (!existsSync(join(examplesDir, id))) delete manifest.examples[id];
    }
    const sorted: Manifest = { examples: Object.fromEntries(Object.entries(manifest.examples).sort(([a], [b]) => (a < b ? -1 : 1))) };
    const tmp = `${manifestPath}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
    renameSync(tmp, manifestPath);
  } finally {
    rmdirSync(lock);
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing a fresh run with the committed output.

export interface Comparison {
  ok: boolean;
  /** Why the last attempt failed: a unified diff, a timeout, an exit status. */
  message: string;
  attempts: number;
}

/**
 * Runs `run` and compares its output with `expected`, exactly. A mismatch is retried (up to
 * `attempts` runs in all) because examples print rounded timings and a loaded machine can push
 * one over a rounding boundary; an example that is really wrong fails every attempt.
 */
export async function compareRuns(example: Example, expected: string, runnerLabel: string, run: () => Promise<RunResult>, attempts = 3): Promise<Comparison> {
  let message = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await run();
    if (result.timedOut) {
      message = `${example.id}: timed out after ${example.header.timeout}s on ${runnerLabel}; output so far:\n${result.output}`;
    } else if (result.exitCode !== 0) {
      message = `${example.id}: exited with status ${result.exitCode} on ${runnerLabel}; output:\n${result.output}`;
    } else {
      const diff = unifiedDiff(expected, result.output, { expected: `${example.id.replace(/\.py$/, '.out')} (committed)`, actual: `${example.id} on ${runnerLabel}` });
      if (!diff) return { ok: true, message: '', attempts: attempt };
      message = `${example.id}: output on ${runnerLabel} differs from the committed ${example.name.replace(/\.py$/, '.out')}:\n${diff}`;
    }
    // A timeout or a crash is not a rounding accident: do not retry those.
    if (result.timedOut || result.exitCode !== 0) return { ok: false, message, attempts: attempt };
  }
  return { ok: false, message: `${message}(differed in all ${attempts} attempts)`, attempts };
}
