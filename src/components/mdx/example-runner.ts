/**
 * <example-runner>: Run / Stop / Edit / Reset for a stdlib-only example, added only when
 * JavaScript runs (the page shows code and captured output without it). Pyodide and the worker
 * are fetched when the reader shows intent (pointer over or focus on the example's controls, a touch)
 * and at the latest on the first click; an example that stays in view after the page is idle only
 * prefetches the files at low priority; this file stays small because it loads with the page.
 * Props (data-*): name (bare file name), pyodide (URL of the Pyodide files), labels (JSON).
 */

import { pyodideFiles, pyodideSnapshotFile } from '../../lib/examples/pyodide-files.ts';
import { fill } from '../../lib/format.ts';
import type { Trace } from '../../lib/timeline/schema.ts';

type Labels = Record<
  | 'run'
  | 'runLabel'
  | 'stop'
  | 'edit'
  | 'reset'
  | 'codeLabel'
  | 'loading'
  | 'running'
  | 'finished'
  | 'stopped'
  | 'failed'
  | 'output'
  | 'browserOutput',
  string
>;
type WorkerMessage =
  | { type: 'ready' }
  | { type: 'output'; text: string }
  | { type: 'exit'; code: number }
  | { type: 'trace'; trace: Trace }
  | { type: 'error'; message: string };

// One Pyodide per page, shared by every example on it; one run at a time.
let worker: Worker | undefined;
let owner: ExampleRunner | undefined;
/** True once the current worker has reported Pyodide ready. */
let ready = false;

/** The page's Pyodide worker, created on first need; `warm` also starts loading Pyodide in it. */
function pyodideWorker(indexURL: string | undefined, warm: boolean): Worker {
  if (!worker) {
    worker = new Worker(new URL('./pyodide-worker.ts', import.meta.url), { type: 'module' });
    ready = false;
  }
  if (warm && indexURL) worker.postMessage({ type: 'load', indexURL });
  return worker;
}

/** How long an example must stay on screen before its Pyodide files are prefetched: scrolling past is not intent. */
const viewDwellMs = 1000;
let prefetched = false;

/**
 * Downloads Pyodide's files into the HTTP cache at low priority, so a later Run only compiles and restores.
 * Network only: compiling 10 MB of WebAssembly and restoring 31 MB of memory would cost a phone seconds of
 * CPU and battery for a reader who may only read; that work waits for the pointer, focus or a click.
 * Skipped when the reader asked to save data.
 */
function prefetchPyodide(indexURL: string): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (prefetched || worker || connection?.saveData) return;
  prefetched = true;
  for (const file of [...pyodideFiles, pyodideSnapshotFile]) {
    fetch(indexURL + file, { priority: 'low' })
      .then((response) => response.body?.pipeTo(new WritableStream()))
      .catch(() => undefined); // the Run that needs the file reports a failure
  }
}

/**
 * Watches `element` once the page is idle: after it has stayed in view for `viewDwellMs`, prefetches Pyodide.
 * A reader who never scrolls near an example downloads nothing.
 */
function prefetchWhenSeen(element: HTMLElement, indexURL: string): void {
  const idle = (callback: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback, 1);
  const watch = () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(([entry]) => {
      clearTimeout(timer);
      if (prefetched || worker) return observer.disconnect();
      if (entry?.isIntersecting) timer = setTimeout(() => prefetchPyodide(indexURL), viewDwellMs);
    });
    observer.observe(element);
  };
  if (document.readyState === 'complete') idle(watch);
  else addEventListener('load', () => idle(watch), { once: true });
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

class ExampleRunner extends HTMLElement {
  #labels!: Labels;
  #out!: HTMLElement;
  #status!: HTMLElement;
  #run!: HTMLButtonElement;
  #stop!: HTMLButtonElement;
  #editor: HTMLTextAreaElement | undefined;
  #original = '';
  #committed = '';
  #committedTimeline: { html: string; duration: string; lanes: string } | undefined;
  #runs = 0;

  connectedCallback(): void {
    if (this.#run) return;
    const labels = (this.#labels = JSON.parse(this.dataset['labels'] ?? '{}') as Labels);
    const code = this.querySelector<HTMLElement>('.example-code');
    const out = this.querySelector<HTMLElement>('.example-output-text');
    if (!code || !out) return;
    this.#out = out;
    this.#original = `${code.querySelector('pre')?.textContent ?? ''}\n`;
    this.#committed = out.textContent ?? '';

    const bar = document.createElement('div');
    bar.className = 'example-controls';
    this.#run = button(labels.run, () => this.start());
    this.#run.className = 'primary';
    this.#run.setAttribute('aria-label', labels.runLabel);
    this.#stop = button(labels.stop, () => this.stop());
    this.#stop.disabled = true;
    const edit = button(labels.edit, () => this.edit(code));
    const reset = button(labels.reset, () => this.reset(code));
    this.#status = document.createElement('span');
    this.#status.className = 'example-status';
    this.#status.setAttribute('role', 'status');
    bar.append(this.#run, this.#stop, edit, reset, this.#status);
    code.after(bar);
    // Intent to run: a pointer over the controls, keyboard focus on them or a touch starts Pyodide's
    // download and start-up (seconds), so the click finds it mostly ready.
    const warmUp = () => {
      if (!worker) pyodideWorker(this.dataset['pyodide'], true);
    };
    for (const type of ['pointerenter', 'focusin', 'touchstart'])
      bar.addEventListener(type, warmUp, { once: true, passive: true });
    const indexURL = this.dataset['pyodide'];
    if (indexURL) prefetchWhenSeen(bar, indexURL);
  }

  edit(code: HTMLElement): void {
    if (!this.#editor) {
      const editor = (this.#editor = document.createElement('textarea'));
      editor.value = this.#original;
      editor.spellcheck = false;
      editor.setAttribute('aria-label', this.#labels.codeLabel);
      editor.rows = Math.min(30, this.#original.split('\n').length + 1);
      code.after(editor);
    }
    code.hidden = true;
    this.#editor.hidden = false;
    this.#editor.focus();
  }

  reset(code: HTMLElement): void {
    if (owner === this) this.stop();
    if (this.#editor) {
      this.#editor.value = this.#original;
      this.#editor.hidden = true;
    }
    code.hidden = false;
    this.#show(this.#committed, this.#labels.output, '');
    this.#restoreTimeline();
  }

  /** The example's timeline figure (rendered at build time from its committed trace), if it has one. */
  #timeline(): HTMLElement | null {
    return this.closest('figure.example')?.querySelector<HTMLElement>('figure.timeline[data-labels]') ?? null;
  }

  /**
   * Redraws the timeline from the trace of this run with the build's renderer, loaded only now (it is
   * not part of the page's first JavaScript). A trace the renderer rejects leaves the recorded picture.
   */
  async #redraw(trace: Trace): Promise<void> {
    const figure = this.#timeline();
    if (!figure) return;
    const { renderTimeline } = await import('../../lib/timeline/render.ts');
    const { duration = '', lanes = '' } = figure.dataset;
    this.#committedTimeline ??= { html: figure.innerHTML, duration, lanes };
    this.#runs += 1;
    const labels = JSON.parse(figure.dataset['labels'] ?? '{}') as Parameters<typeof renderTimeline>[1];
    const id = `${figure.id}-run${this.#runs}`;
    try {
      figure.innerHTML = renderTimeline(trace, labels, { id, file: this.dataset['name'] ?? '', run: true });
    } catch (error) {
      console.warn('timeline: could not draw the trace of this run', error);
      return;
    }
    figure.dataset['timeline'] = 'run';
    figure.dataset['run'] = String(this.#runs);
    figure.dataset['duration'] = String(trace.duration);
    figure.dataset['lanes'] = trace.tasks.map((task) => task.name).join('\n');
  }

  /** Reset shows the recorded timeline again. */
  #restoreTimeline(): void {
    const figure = this.#timeline();
    if (!figure || this.#committedTimeline === undefined) return;
    const { html, duration, lanes } = this.#committedTimeline;
    figure.innerHTML = html;
    Object.assign(figure.dataset, { timeline: 'recorded', duration, lanes });
    delete figure.dataset['run'];
  }

  #show(output: string, label: string, status: string): void {
    this.#out.textContent = output;
    const heading = this.querySelector('.example-output-label');
    if (heading) heading.textContent = label;
    this.#status.textContent = status;
  }

  #busy(running: boolean): void {
    this.#run.disabled = running;
    this.#stop.disabled = !running;
  }

  start(): void {
    if (owner && owner !== this) owner.stop();
    // One runner owns the shared worker at a time; the module remembers which, to stop it on the next start.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    owner = this;
    const labels = this.#labels;
    worker = pyodideWorker(this.dataset['pyodide'], false);
    this.#show('', labels.browserOutput, ready ? labels.running : labels.loading);
    this.#busy(true);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        ready = true;
        this.#status.textContent = labels.running;
      } else if (message.type === 'output') this.#out.append(message.text);
      else if (message.type === 'trace') void this.#redraw(message.trace);
      else {
        this.#status.textContent =
          message.type === 'exit'
            ? fill(labels.finished, { code: message.code })
            : fill(labels.failed, { error: message.message });
        this.#busy(false);
        owner = undefined;
      }
    };
    worker.onerror = (event) => {
      this.#status.textContent = fill(labels.failed, { error: event.message || 'worker error' });
      this.stop(false);
    };
    worker.postMessage({
      type: 'run',
      name: this.dataset['name'],
      code: this.#editor?.value ?? this.#original,
      indexURL: this.dataset['pyodide'],
      trace: this.#timeline() !== null,
    });
  }

  /** Stop = end the worker (the only way to interrupt running Python); the next Run starts a new one. */
  stop(report = true): void {
    worker?.terminate();
    worker = undefined;
    owner = undefined;
    this.#busy(false);
    if (report) this.#status.textContent = this.#labels.stopped;
  }
}

customElements.define('example-runner', ExampleRunner);
