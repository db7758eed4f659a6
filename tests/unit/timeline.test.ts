import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  formatTime,
  isBlockedWait,
  laneName,
  layoutTimeline,
  timeAxis,
  timeUnit,
} from '../../src/lib/timeline/layout.ts';
import { readTrace, readTraceText } from '../../src/lib/timeline/read.ts';
import { timelineLabels } from '../../src/lib/timeline/labels.ts';
import { escapeHtml, renderTimeline } from '../../src/lib/timeline/render.ts';
import type { Trace } from '../../src/lib/timeline/schema.ts';
import { timelineText, waitedOn } from '../../src/lib/timeline/text.ts';

const text = (name: string) => readFileSync(new URL(`fixtures/timeline/${name}.trace.json`, import.meta.url), 'utf8');
const fixture = (name: string): Trace => {
  const read = readTraceText(`${name}.trace.json`, text(name));
  assert.deepEqual(read.problems, []);
  assert.ok(read.trace);
  return read.trace;
};
const raw = (name: string) => JSON.parse(text(name)) as Record<string, unknown> & { tasks: Record<string, unknown>[] };

describe('reading a trace', () => {
  it('accepts the hand-written fixtures', () => {
    for (const name of ['gather', 'taskgroup-error', 'timeout']) assert.equal(fixture(name).version, 1);
  });

  it('names the file and the field of a bad value, with the task name', () => {
    const data = raw('gather');
    (data.tasks[1] as { outcome: string }).outcome = 'finished';
    const read = readTrace('content/examples/x/gather.trace.json', data);
    assert.equal(read.trace, undefined);
    assert.equal(read.problems.length, 1);
    assert.match(
      read.problems[0] ?? '',
      /^content\/examples\/x\/gather\.trace\.json → tasks\[1\] "download\('fast'\)"\.outcome: /,
    );
  });

  it('reports a missing field and an unknown key', () => {
    const data = raw('gather');
    delete data['duration'];
    data['extra'] = true;
    const problems = readTrace('t.json', data).problems.join('\n');
    assert.match(problems, /t\.json → duration: /);
    assert.match(problems, /t\.json → \(file\): unknown key\(s\) extra/);
  });

  it('refuses a trace without tasks: it would have no text alternative', () => {
    const read = readTrace('t.json', { ...raw('gather'), tasks: [] });
    assert.deepEqual(read.problems, [
      't.json → tasks: needs at least one task: a timeline without lanes has no text alternative',
    ]);
  });

  it('refuses an empty lane name', () => {
    const data = raw('gather');
    (data.tasks[0] as { name: string }).name = ' ';
    assert.match(readTrace('t.json', data).problems.join('\n'), /tasks\[0\]\.name: must not be empty/);
  });

  it('checks ids, overlapping spans, span ends and marks on missing tasks', () => {
    const data = raw('taskgroup-error');
    (data.tasks[2] as { id: number }).id = 5;
    const spans = (data.tasks[1] as { spans: { from: number; to: number }[] }).spans;
    spans[2] = { ...spans[2], from: 10, to: 30 } as { from: number; to: number };
    (data['marks'] as { task: number }[])[0] = { ...(data['marks'] as object[])[0], task: 9 } as { task: number };
    const problems = readTrace('t.json', data).problems;
    assert.ok(problems.includes('t.json → tasks[2] "sibling".id: is 5, expected 2 (ids follow creation order)'));
    assert.ok(problems.includes('t.json → tasks[1] "fails".spans[2].from: 10 overlaps the span before it (ends 20)'));
    assert.ok(problems.includes('t.json → tasks[1] "fails".spans[2].to: 30 is after the task\'s end 20'));
    assert.ok(problems.includes('t.json → marks[0].task: no task 9'));
  });

  it('says when the file is not JSON', () => {
    assert.match(readTraceText('t.json', '{').problems[0] ?? '', /^t\.json is not valid JSON/);
  });
});

describe('laying out a timeline', () => {
  it('picks round tick steps that waste little room after the last event', () => {
    assert.deepEqual(timeAxis(320), { step: 50, end: 350 });
    assert.deepEqual(timeAxis(300), { step: 100, end: 300 });
    assert.deepEqual(timeAxis(700), { step: 100, end: 700 });
    assert.deepEqual(timeAxis(1020), { step: 200, end: 1200 });
    assert.deepEqual(timeAxis(2500), { step: 500, end: 2500 });
    assert.deepEqual(timeAxis(50), { step: 10, end: 50 });
    assert.deepEqual(timeAxis(0), { step: 1, end: 1 });
    assert.deepEqual(timeAxis(7), { step: 1, end: 7 });
  });

  it('reads long traces in seconds', () => {
    assert.equal(timeUnit(320), 'ms');
    assert.equal(timeUnit(2500), 's');
    assert.equal(formatTime(1500, 's'), '1.5');
    assert.equal(formatTime(40, 'ms'), '40');
  });

  it('ends the axis on a tick after the last event, ticks evenly spaced', () => {
    const box = layoutTimeline(fixture('gather'));
    assert.deepEqual(
      box.ticks.map((tick) => tick.label),
      ['0', '50', '100', '150', '200', '250', '300', '350'],
    );
    assert.equal(box.ticks[0]?.x, box.x0);
    assert.equal(box.ticks.at(-1)?.x, box.x1);
    assert.equal(box.unit, 'ms');
  });

  it('gives each task a lane in creation order, one below the other', () => {
    const box = layoutTimeline(fixture('gather'));
    assert.deepEqual(
      box.lanes.map((lane) => lane.name),
      ['main', "download('fast')", "download('slow')"],
    );
    const ys = box.lanes.map((lane) => lane.barY);
    assert.ok(ys.every((y, i) => i === 0 || y > (ys[i - 1] ?? 0) + box.barHeight));
    assert.ok(box.height > box.axisY);
  });

  it('draws a step that took 0 ms as a visible sliver and keeps spans in order', () => {
    const lane = layoutTimeline(fixture('gather')).lanes[2];
    assert.ok(lane);
    assert.ok((lane.spans[0]?.w ?? 0) >= 2);
    const wait = lane.spans[1];
    assert.equal(wait?.state, 'wait');
    assert.ok((wait?.x ?? 0) + (wait?.w ?? 0) <= (lane.spans[2]?.x ?? 0) + 0.1);
  });

  it('puts two marks at the same moment side by side', () => {
    const lane = layoutTimeline(fixture('timeout')).lanes[1];
    assert.deepEqual(
      lane?.marks.map((mark) => mark.kind),
      ['cancel', 'timeout'],
    );
    assert.notEqual(lane?.marks[0]?.x, lane?.marks[1]?.x);
  });

  it('shortens a lane name that would not fit', () => {
    assert.equal(laneName('short'), 'short');
    const long = laneName('x'.repeat(200));
    assert.ok(long.endsWith('…') && long.length < 60);
  });
});

describe('the text alternative', () => {
  it('titles, describes and tabulates a trace in Chinese', () => {
    const alt = timelineText(fixture('taskgroup-error'), timelineLabels('zh'), { file: 'tg.py' });
    assert.equal(alt.title, 'tg.py 的时间线');
    assert.match(alt.description, /^3 个任务，共 50 ms。每个任务一条泳道/);
    assert.match(alt.description, /20 ms 时请求取消 sibling。/);
    assert.match(alt.description, /fails 在 20 ms 时抛出 ValueError。/);
    assert.deepEqual(alt.rows[1], {
      task: 'fails',
      start: '0 ms',
      end: '20 ms',
      outcome: '出错（ValueError）',
      waited: 'sleep (20 ms)',
    });
    assert.equal(alt.rows[2]?.outcome, '已取消');
  });

  it('says a redrawn picture is from this run, in English, in seconds for a long trace', () => {
    const alt = timelineText(fixture('timeout'), timelineLabels('en'), { file: 'to.py', run: true });
    assert.equal(alt.title, 'Timeline of this run: to.py');
    assert.match(alt.description, /^2 tasks over 2.5 s\. Each task/);
    assert.match(alt.description, /slow_query timed out at 2 s\./);
    assert.equal(alt.rows[0]?.waited, 'wait_for (2 s), sleep (0.5 s)');
  });

  it('sums the waits on the same thing, and shows a dash when there was none', () => {
    const trace = fixture('gather');
    assert.equal(waitedOn(trace.tasks[2]!, 'ms'), 'sleep (300 ms)');
    assert.equal(waitedOn({ ...trace.tasks[2]!, spans: [] }, 'ms'), '—');
  });

  it('fails rather than render a picture without a text alternative', () => {
    const labels = { ...timelineLabels('en'), title: ' ', summary: '', key: '' };
    assert.throws(() => timelineText(fixture('gather'), labels, { file: 'g.py' }), /no text alternative: empty title/);
  });
});

describe('rendering a timeline', () => {
  const html = renderTimeline(fixture('taskgroup-error'), timelineLabels('en'), { id: 'tl-a', file: 'tg.py' });

  it('is an image named by its title and description', () => {
    assert.match(html, /<svg viewBox="0 0 420 \d+" role="img" aria-labelledby="tl-a-title tl-a-desc"/);
    assert.match(html, /<title id="tl-a-title">Timeline of tg\.py<\/title><desc id="tl-a-desc">3 tasks over 50 ms\./);
    assert.match(html, /^<figcaption>Timeline of tg\.py<\/figcaption>/);
  });

  it('draws run, wait and marks with their own classes, the wait hatched by a per-figure pattern', () => {
    assert.match(html, /<pattern id="tl-a-hatch"/);
    assert.match(html, /class="tl-wait"[^>]*fill="url\(#tl-a-hatch\)"/);
    assert.match(html, /class="tl-run"/);
    for (const kind of ['cancel', 'error']) assert.match(html, new RegExp(`class="tl-mark tl-${kind}"`));
    assert.doesNotMatch(html, /tl-mark tl-timeout/);
  });

  it('labels lanes and lists only the legend entries the picture uses', () => {
    assert.match(html, /<text class="tl-name" x="10" y="[\d.]+">sibling<\/text>/);
    assert.match(html, />time \(ms\)<\/text>/);
    assert.match(html, /<li><svg[^>]*>.*?<\/svg>cancel requested<\/li>/);
    assert.doesNotMatch(html, />ready<\/li>/);
  });

  it('has the text version as a table with a header row and a row per task', () => {
    assert.match(html, /<details class="timeline-text"><summary>Text version<\/summary>/);
    assert.match(html, /<th scope="col">Waited on<\/th>/);
    assert.equal(html.match(/<th scope="row">/g)?.length, 3);
    assert.match(
      html,
      /<th scope="row"><code>fails<\/code><\/th><td>0 ms<\/td><td>20 ms<\/td><td>error \(ValueError\)<\/td>/,
    );
  });

  it('escapes task names and stays compact', () => {
    const trace = fixture('gather');
    const named = { ...trace, tasks: trace.tasks.map((task) => ({ ...task, name: `<b>"${task.name}"&` })) };
    const out = renderTimeline(named, timelineLabels('zh'), { id: 'x', file: 'g.py' });
    assert.doesNotMatch(out, /<b>/);
    assert.match(out, /&lt;b&gt;&quot;main&quot;&amp;/);
    assert.equal(escapeHtml('<a & "b">'), '&lt;a &amp; &quot;b&quot;&gt;');
    assert.ok(out.length < 6000, `${out.length} characters`);
  });
});

describe('waits on a lock, semaphore, event or queue', () => {
  it('are told from other waits by the on label', () => {
    assert.equal(isBlockedWait('wait', 'Semaphore.acquire'), true);
    assert.equal(isBlockedWait('wait', 'Queue.put'), true);
    assert.equal(isBlockedWait('wait', 'Event.wait'), true);
    assert.equal(isBlockedWait('wait', 'sleep'), false);
    assert.equal(isBlockedWait('wait', 'task download'), false);
    assert.equal(isBlockedWait('wait', undefined), false);
    assert.equal(isBlockedWait('run', 'Lock.acquire'), false);
  });

  it('are cross-hatched, with their own legend entry only when a trace has one', () => {
    const labels = timelineLabels('en');
    const plain = renderTimeline(fixture('gather'), labels, { id: 'p', file: 'gather.py' });
    assert.doesNotMatch(plain, /url\(#p-hatch-cross\)/);
    const legend = (html: string) => /<ul class="timeline-legend"[^]*?<\/ul>/.exec(html)?.[0] ?? '';
    assert.doesNotMatch(legend(plain), new RegExp(escapeHtml(labels.blocked)));
    const trace = fixture('gather');
    const span = trace.tasks[1]?.spans.find((s) => s.state === 'wait');
    assert.ok(span);
    span.on = 'Semaphore.acquire';
    const html = renderTimeline(trace, labels, { id: 'b', file: 'gather.py' });
    assert.match(html, /<rect class="tl-wait"[^>]*fill="url\(#b-hatch-cross\)"\/>/);
    assert.match(legend(html), /url\(#b-hatch-cross\)"\/><\/svg>waiting on a lock/);
  });
});
