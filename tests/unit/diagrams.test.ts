import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { layoutDiagram, WIDTH } from '../../src/lib/diagrams/layout.ts';
import { textWidth, wrapText } from '../../src/lib/diagrams/text.ts';
import { readDiagram, readDiagramText } from '../../src/lib/diagrams/read.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/diagrams/${name}`, import.meta.url), 'utf8');
const twoSteps = () => {
  const read = readDiagramText('two-steps.yaml', fixture('two-steps.yaml'));
  assert.deepEqual(read.problems, []);
  assert.ok(read.diagram);
  return read.diagram;
};

describe('reading a diagram file', () => {
  it('accepts a complete diagram and applies the defaults', () => {
    const diagram = twoSteps();
    assert.equal(diagram.nodes[0]?.kind, 'step');
    assert.equal(diagram.nodes[0]?.span, 1);
  });

  it('names the file and the field when a text alternative is missing in one language', () => {
    const read = readDiagramText('content/diagrams/broken.yaml', fixture('no-english-description.yaml'));
    assert.equal(read.diagram, undefined);
    assert.deepEqual(read.problems, ['content/diagrams/broken.yaml → description.en: missing field']);
  });

  it('rejects a diagram without a title, or with an empty text version', () => {
    const base = {
      description: { zh: '描述', en: 'A description' },
      nodes: [{ id: 'a', row: 0, label: { zh: '甲', en: 'A' } }],
    };
    const noTitle = readDiagram('x.yaml', { ...base, steps: [{ zh: '一', en: 'one' }] });
    assert.ok(noTitle.problems.includes('x.yaml → title: missing field'), noTitle.problems.join('\n'));
    const noSteps = readDiagram('x.yaml', { ...base, title: { zh: '题', en: 'T' }, steps: [] });
    assert.match(noSteps.problems.join('\n'), /^x\.yaml → steps: /);
    const emptyZh = readDiagram('x.yaml', { ...base, title: { zh: ' ', en: 'T' }, steps: [{ zh: '一', en: 'one' }] });
    assert.deepEqual(emptyZh.problems, ['x.yaml → title.zh: must not be empty']);
  });

  it('names arrows to unknown boxes, overlapping boxes and labels on arrows that go up', () => {
    const diagram = twoSteps();
    const broken = {
      ...diagram,
      nodes: [...diagram.nodes, { id: 'extra', row: 0, col: 0, label: { zh: '多', en: 'Extra' } }],
      edges: [
        { from: 'one', to: 'nowhere' },
        { from: 'loop', to: 'one', label: { zh: '回', en: 'back' } },
      ],
    };
    assert.deepEqual(readDiagram('f.yaml', broken).problems, [
      'f.yaml → nodes "extra": overlaps "one" at row 0, column 0',
      'f.yaml → edges[0].to: no node "nowhere"',
      'f.yaml → edges[1].label: only arrows that go down to a later row can have a label',
    ]);
  });

  it('names a YAML syntax error with the file', () => {
    assert.match(readDiagramText('bad.yaml', 'title: [').problems[0] ?? '', /^bad\.yaml is not valid YAML/);
  });
});

describe('wrapping text', () => {
  it('breaks Latin text between words and keeps each line within the width', () => {
    const lines = wrapText('Run the callbacks queued when this step began', 120, 'label');
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), 'Run the callbacks queued when this step began');
    for (const line of lines) assert.ok(textWidth(line, 14) <= 120, line);
  });

  it('breaks Chinese between characters but never before a closing mark', () => {
    const lines = wrapText('一个子任务抛出异常，取消其余子任务', 14 * 6, 'label');
    assert.deepEqual(lines, ['一个子任务抛', '出异常，取消', '其余子任务']);
  });

  it('cuts a word longer than the line', () => {
    assert.deepEqual(wrapText('call_soon_threadsafe', 12.5 * 0.61 * 10, 'code'), ['call_soon_', 'threadsafe']);
  });
});

describe('laying out a diagram', () => {
  it('draws every box inside the drawing, in the page language', () => {
    const diagram = twoSteps();
    const zh = layoutDiagram(diagram, 'zh');
    const en = layoutDiagram(diagram, 'en');
    assert.equal(zh.title, '两步');
    assert.deepEqual(en.steps, ['The first step', 'The second step']);
    assert.ok(zh.texts.some((line) => line.text === '第二步'));
    assert.ok(en.texts.some((line) => line.text === 'await two()' && line.style === 'code'));
    for (const box of en.boxes) {
      assert.ok(box.x >= 0 && box.x + box.w <= WIDTH && box.y >= 0 && box.y + box.h <= en.height, box.id);
    }
    assert.deepEqual(en.laneLines.length, 1);
  });

  it('routes a down arrow across columns, a loop round the right edge, and puts the label by the arrow', () => {
    const picture = layoutDiagram(twoSteps(), 'en');
    const [across, straight, back] = picture.arrows;
    assert.match(across?.line ?? '', /^M[\d.]+ [\d.]+V[\d.]+H[\d.]+V[\d.]+$/);
    assert.match(straight?.line ?? '', /^M[\d.]+ [\d.]+V[\d.]+$/);
    const gutterX = Number(/H([\d.]+)V/.exec(back?.line ?? '')?.[1]);
    assert.ok(gutterX > Math.max(...picture.boxes.map((box) => box.x + box.w)), 'the loop passes right of every box');
    const label = picture.texts.find((line) => line.text === 'then');
    const one = picture.boxes.find((box) => box.id === 'one');
    assert.ok(label && one && label.y > one.y + one.h, 'the label sits below the box the arrow leaves');
  });

  it('gives every box in a row the height of the tallest', () => {
    const diagram = twoSteps();
    diagram.nodes[0] = {
      ...diagram.nodes[0]!,
      row: 1,
      col: 0,
      label: { zh: '很长'.repeat(20), en: 'long '.repeat(20) },
    };
    diagram.edges = [];
    const picture = layoutDiagram(diagram, 'zh');
    const [one, two] = ['one', 'two'].map((id) => picture.boxes.find((box) => box.id === id));
    assert.ok(one && two && one.h === two.h && one.h > 60);
  });
});
