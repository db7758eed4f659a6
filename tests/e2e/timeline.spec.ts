import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A page whose example has a committed trace (content/examples/concurrency/gather_basic.trace.json): the
// build draws its timeline, and Run redraws it from the trace the tracer records in Pyodide.
const page = '/en/apis/concurrency/';
const file = 'gather_basic.py';
const pyodideLoad = { timeout: 90_000 }; // first click: ~14 MB of Pyodide, compiled on a busy machine
const tracer = new URL('../../src/lib/examples/timeline-tracer.py', import.meta.url);

test.describe('timelines', () => {
  test('the recorded timeline is an image with a text version, and its renderer is not loaded up front', async ({
    page: p,
  }) => {
    const renderer: string[] = [];
    p.on('request', (request) => {
      if (/\/_astro\/render\.[\w-]+\.js$/.test(request.url())) renderer.push(request.url());
    });
    await p.goto(page);
    const timeline = p.getByRole('figure', { name: `Timeline of ${file}` });
    await timeline.scrollIntoViewIfNeeded();
    await expect(timeline.getByRole('img', { name: `Timeline of ${file}` })).toBeVisible();
    await timeline.getByText('Text version').click();
    const table = timeline.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Task', 'Start', 'End', 'Outcome', 'Waited on']);
    const lanes = ((await timeline.getAttribute('data-lanes')) ?? '').split('\n');
    await expect(table.getByRole('rowheader')).toHaveText(lanes);
    expect(renderer, 'the timeline renderer loads only when a Run redraws a picture').toEqual([]);
  });

  test('Run redraws the timeline from the trace of this run', async ({ page: p }) => {
    test.skip(!existsSync(tracer), 'the site is built without src/lib/examples/timeline-tracer.py');
    test.slow();
    await p.goto(page);
    const figure = p.getByRole('figure').filter({ has: p.getByText(file, { exact: true }) });
    const recorded = figure.getByRole('figure', { name: `Timeline of ${file}` });
    await expect(recorded).toHaveAttribute('data-timeline', 'recorded');
    const lanes = ((await recorded.getAttribute('data-lanes')) ?? '').split('\n').sort();
    expect(lanes.length).toBeGreaterThan(1);

    const run = figure.getByRole('button', { name: `Run ${file} in your browser` });
    for (const round of [1, 2]) {
      await run.click();
      await expect(figure.getByRole('status')).toHaveText('Finished with exit code 0.', pyodideLoad);
      const redrawn = figure.getByRole('figure', { name: `Timeline of this run: ${file}` });
      await expect(redrawn).toHaveAttribute('data-run', String(round));
      await expect(redrawn).toHaveAttribute('data-timeline', 'run');
      await expect(redrawn.getByRole('img', { name: `Timeline of this run: ${file}` })).toBeVisible();
      expect(((await redrawn.getAttribute('data-lanes')) ?? '').split('\n').sort()).toEqual(lanes);
      // The downloads sleep 0.1 to 0.3 s concurrently: the run lasts about 0.3 s, not their 0.6 s sum.
      const duration = Number(await redrawn.getAttribute('data-duration'));
      expect(duration).toBeGreaterThanOrEqual(280);
      expect(duration).toBeLessThan(550);
    }

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByRole('figure', { name: `Timeline of ${file}` })).toHaveAttribute(
      'data-timeline',
      'recorded',
    );
  });
});
