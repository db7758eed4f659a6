/**
 * Running one example: with a CPython venv (cwd = its folder, bare file name, stdout and stderr in one
 * pipe), in Pyodide under Node (a worker thread keeps one loaded), or compiling a not-run example.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { normaliseOutput } from '../../../src/lib/examples/output.ts';
import { pyodideRunDir } from '../../../src/lib/examples/pyodide-runtime.ts';
import type { Example } from '../../../src/lib/content/example.ts';
import type { Interpreter } from './pythons.ts';

export interface RunResult {
  output: string;
  exitCode: number | null;
  timedOut: boolean;
  ms: number;
}

/** Normalises output the same way for every runner. */
export function normalise(example: Example, text: string): string {
  return normaliseOutput(text, [dirname(example.path), pyodideRunDir]);
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
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
}

/** Runs one example with a CPython venv; killed with its process group at the header's timeout. */
export function runCPython(
  example: Example,
  interpreter: Interpreter,
  env: Record<string, string> = {},
  onOutput?: (text: string) => void,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    // `2>&1` in a tiny shell gives the child one pipe for both streams, so their order is kept.
    const child = spawn('/bin/sh', ['-c', 'exec "$0" "$@" 2>&1', interpreter.python, example.name], {
      cwd: dirname(example.path),
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
      const output = normalise(example, Buffer.concat(chunks).toString('utf8'));
      resolvePromise({ output, exitCode: code, timedOut, ms: performance.now() - started });
    });
  });
}

/** `python -m py_compile` for not-run examples; returns the error text or ''. */
export function compileExample(example: Example, interpreter: Interpreter): string {
  const code = [
    'import os, sys, tempfile, py_compile',
    'with tempfile.TemporaryDirectory() as d:',
    '    py_compile.compile(sys.argv[1], cfile=os.path.join(d, "x.pyc"), doraise=True)',
  ].join('\n');
  const result = spawnSync(interpreter.python, ['-c', code, example.name], {
    cwd: dirname(example.path),
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
    const worker = new Worker(new URL('../pyodide-node-worker.ts', import.meta.url));
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

  /** Runs one example's source under its bare file name; stopped (and the worker replaced) at its timeout. */
  async run(
    example: Pick<Example, 'name' | 'path' | 'source' | 'header'>,
    onOutput?: (text: string) => void,
  ): Promise<RunResult> {
    if (!this.#worker || !this.#ready) void this.#start();
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
        const text = normaliseOutput(output, [dirname(example.path), pyodideRunDir]);
        resolvePromise({ output: text, exitCode, timedOut, ms: performance.now() - started });
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
