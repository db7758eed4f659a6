/**
 * Lays a diagram out for one language: wraps every text to its box, sizes rows to their tallest box,
 * routes arrows on right angles and returns plain geometry (boxes, paths, text lines) in SVG user
 * units. Pure, so it is tested on fixtures; Diagram.astro only prints what this returns.
 *
 * The drawing is 400 units wide and meant to be shown between 340 and 480 px wide, so the 14-unit
 * labels stay between 12 and 17 px: narrow enough for a 390 px phone without scrolling.
 */
import type { Lang } from '../i18n.ts';
import type { DiagramData, DiagramNode } from './schema.ts';
import { textStyles, wrapText } from './text.ts';
import type { TextStyle } from './text.ts';

/** The drawing's width in user units (its viewBox width). */
export const WIDTH = 400;
const MARGIN = 4;
const COL_GAP = 26;
const PAD = 7;
const GUTTER_STEP = 9;
const HEAD = 7;

/** One line of text, drawn with its baseline at y; x is its centre or its start. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  style: TextStyle;
  anchor: 'middle' | 'start';
}

/** One box, with its kind for the stylesheet. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: DiagramNode['kind'];
}

/** One arrow: its line as an SVG path and its head as a closed path. */
export interface Arrow {
  line: string;
  head: string;
  dashed: boolean;
}

/** Everything Diagram.astro needs to print one diagram in one language. */
export interface DiagramPicture {
  width: number;
  height: number;
  title: string;
  description: string;
  steps: string[];
  boxes: Box[];
  arrows: Arrow[];
  texts: TextLine[];
  /** x of each dashed line between lanes, when the diagram has lane headings. */
  laneLines: number[];
}

interface Placed {
  node: DiagramNode;
  box: Box;
  label: string[];
  code: string[];
}

/** A right-angled arrow head at (x, y) pointing along the last segment (dx, dy are -1, 0 or 1). */
function arrowHead(x: number, y: number, dx: number, dy: number): string {
  const bx = x - dx * HEAD;
  const by = y - dy * HEAD;
  const px = dy * 4.2;
  const py = dx * 4.2;
  return `M${x} ${y}L${round(bx + px)} ${round(by + py)}L${round(bx - px)} ${round(by - py)}Z`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Lays out `diagram` in `lang`. */
export function layoutDiagram(diagram: DiagramData, lang: Lang): DiagramPicture {
  const backEdges = diagram.edges.filter((edge) => {
    const from = diagram.nodes.find((node) => node.id === edge.from);
    const to = diagram.nodes.find((node) => node.id === edge.to);
    return from && to && to.row < from.row;
  });
  const gutter = backEdges.length > 0 ? 8 + GUTTER_STEP * backEdges.length : 0;
  const inner = WIDTH - 2 * MARGIN - gutter;
  const colWidth = (inner - (diagram.columns - 1) * COL_GAP) / diagram.columns;
  const colX = (col: number) => MARGIN + col * (colWidth + COL_GAP);
  const spanWidth = (span: number) => span * colWidth + (span - 1) * COL_GAP;

  const texts: TextLine[] = [];
  let y = MARGIN;
  const laneLines: number[] = [];
  if (diagram.lanes) {
    const lane = textStyles.lane;
    let tallest = 0;
    diagram.lanes.forEach((heading, col) => {
      const lines = wrapText(heading[lang], colWidth, 'lane');
      tallest = Math.max(tallest, lines.length);
      lines.forEach((text, index) => {
        texts.push({
          x: round(colX(col) + colWidth / 2),
          y: y + lane.size + index * lane.line,
          text,
          style: 'lane',
          anchor: 'middle',
        });
      });
      if (col > 0) laneLines.push(round(colX(col) - COL_GAP / 2));
    });
    y += tallest * lane.line + 10;
  }

  const rows = Math.max(...diagram.nodes.map((node) => node.row)) + 1;
  const placed = new Map<string, Placed>();
  for (const node of diagram.nodes) {
    const w = spanWidth(node.span);
    const label = wrapText(node.label[lang], w - 2 * PAD, 'label');
    const code = node.code ? wrapText(node.code, w - 2 * PAD, 'code') : [];
    placed.set(node.id, { node, label, code, box: { id: node.id, x: colX(node.col), y: 0, w, h: 0, kind: node.kind } });
  }
  const contentHeight = (item: Placed) =>
    item.label.length * textStyles.label.line + item.code.length * textStyles.code.line + (item.code.length ? 3 : 0);

  const rowTop: number[] = [];
  const rowHeight: number[] = [];
  const gapHeight: number[] = [];
  const edgeLabels = new Map<number, string[]>();
  for (let row = 0; row < rows; row += 1) {
    const inRow = [...placed.values()].filter((item) => item.node.row === row);
    rowTop[row] = y;
    rowHeight[row] = inRow.length ? Math.max(...inRow.map((item) => contentHeight(item) + 2 * PAD)) : 0;
    let gap = 30;
    diagram.edges.forEach((edge, index) => {
      const from = placed.get(edge.from);
      const to = placed.get(edge.to);
      if (!edge.label || !from || !to || from.node.row !== row) return;
      const lineX = downX(from.box, to.box);
      const lines = wrapText(edge.label[lang], Math.min(WIDTH - MARGIN - lineX - 6, 210), 'edge');
      edgeLabels.set(index, lines);
      const across = Math.abs(lineX - (to.box.x + to.box.w / 2)) > 1 && !overlaps(from.box, to.box);
      gap = Math.max(gap, lines.length * textStyles.edge.line + (across ? 24 : 12));
    });
    gapHeight[row] = gap;
    y += (rowHeight[row] ?? 0) + (row < rows - 1 ? gap : 0);
  }
  const height = round(y + MARGIN);

  const boxes: Box[] = [];
  for (const item of placed.values()) {
    const box = item.box;
    box.y = rowTop[item.node.row] ?? 0;
    box.h = rowHeight[item.node.row] ?? 0;
    boxes.push(box);
    const cx = round(box.x + box.w / 2);
    let line = round(box.y + (box.h - contentHeight(item)) / 2);
    for (const text of item.label) {
      texts.push({ x: cx, y: round(line + textStyles.label.size * 0.95), text, style: 'label', anchor: 'middle' });
      line += textStyles.label.line;
    }
    if (item.code.length) line += 3;
    for (const text of item.code) {
      texts.push({ x: cx, y: round(line + textStyles.code.size * 0.95), text, style: 'code', anchor: 'middle' });
      line += textStyles.code.line;
    }
  }

  const arrows: Arrow[] = [];
  let backIndex = 0;
  diagram.edges.forEach((edge, index) => {
    const from = placed.get(edge.from)?.box;
    const to = placed.get(edge.to)?.box;
    const fromRow = placed.get(edge.from)?.node.row ?? 0;
    const toRow = placed.get(edge.to)?.node.row ?? 0;
    if (!from || !to) return;
    const dashed = edge.dashed;
    if (toRow > fromRow) {
      const x1 = downX(from, to);
      const x2 = overlaps(from, to) ? x1 : round(to.x + to.w / 2);
      const y1 = from.y + from.h;
      const y2 = to.y;
      if (x1 === x2) {
        arrows.push({ line: `M${x1} ${y1}V${y2 - HEAD}`, head: arrowHead(x1, y2, 0, 1), dashed });
      } else {
        const turn = y2 - 12;
        arrows.push({ line: `M${x1} ${y1}V${turn}H${x2}V${y2 - HEAD}`, head: arrowHead(x2, y2, 0, 1), dashed });
      }
      const lines = edgeLabels.get(index) ?? [];
      lines.forEach((text, line) => {
        const baseline = y1 + 4 + textStyles.edge.size + line * textStyles.edge.line;
        texts.push({ x: round(x1 + 7), y: round(baseline), text, style: 'edge', anchor: 'start' });
      });
    } else if (toRow < fromRow) {
      const gx = round(WIDTH - MARGIN - gutter + 8 + GUTTER_STEP * backIndex);
      backIndex += 1;
      const y1 = round(from.y + from.h / 2);
      const y2 = round(to.y + to.h / 2);
      const x1 = from.x + from.w;
      const x2 = round(to.x + to.w);
      arrows.push({ line: `M${round(x1)} ${y1}H${gx}V${y2}H${x2 + HEAD}`, head: arrowHead(x2, y2, -1, 0), dashed });
    } else {
      const y1 = round(from.y + from.h / 2);
      const rightward = to.x > from.x;
      const x1 = round(rightward ? from.x + from.w : from.x);
      const x2 = round(rightward ? to.x : to.x + to.w);
      const dx = rightward ? 1 : -1;
      arrows.push({ line: `M${x1} ${y1}H${x2 - dx * HEAD}`, head: arrowHead(x2, y1, dx, 0), dashed });
    }
  });

  return {
    width: WIDTH,
    height,
    title: diagram.title[lang],
    description: diagram.description[lang],
    steps: diagram.steps.map((step) => step[lang]),
    boxes,
    arrows,
    texts,
    laneLines,
  };
}

/** Whether two boxes share some horizontal range, so an arrow between them can be straight. */
function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1;
}

/** Where an arrow leaves the bottom of `from` towards `to`: straight above `to` when they overlap. */
function downX(from: Box, to: Box): number {
  if (overlaps(from, to)) {
    const left = Math.max(from.x, to.x);
    const right = Math.min(from.x + from.w, to.x + to.w);
    return round((left + right) / 2);
  }
  return round(from.x + from.w / 2);
}
