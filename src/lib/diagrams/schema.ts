/**
 * The data of a concept diagram (content/diagrams/<name>.yaml): boxes on a grid of rows and columns,
 * arrows between them, and a text alternative, every text in both languages. Typed once here; the
 * loader (read.ts) and the renderer (layout.ts) derive everything from this model.
 */
import { z } from 'astro/zod';

/** Text in both languages of the guide; an empty or missing language is an error. */
export const bilingualText = z.strictObject({
  zh: z.string().trim().min(1, 'must not be empty'),
  en: z.string().trim().min(1, 'must not be empty'),
});
export type BilingualText = z.infer<typeof bilingualText>;

/** How a box looks: a step of work, a state, a piece of data, a good or bad end, or a loose note. */
export const nodeKinds = ['step', 'state', 'data', 'ok', 'error', 'note'] as const;

const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII words joined by "-"');

/** One box: its place on the grid (row and column from 0; `span` columns wide) and its text. */
export const diagramNode = z.strictObject({
  id: nodeId,
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative().default(0),
  span: z.number().int().positive().default(1),
  kind: z.enum(nodeKinds).default('step'),
  label: bilingualText,
  /** Code shown under the label in a monospace font, the same in both languages. */
  code: z.string().trim().min(1).optional(),
});
export type DiagramNode = z.infer<typeof diagramNode>;

/** One arrow. A label is allowed on arrows that go down; arrows up (loops) go round the right edge. */
export const diagramEdge = z.strictObject({
  from: nodeId,
  to: nodeId,
  label: bilingualText.optional(),
  dashed: z.boolean().default(false),
});
export type DiagramEdge = z.infer<typeof diagramEdge>;

/** A whole diagram file. `title`, `description` and `steps` are its text alternative. */
export const diagramData = z.strictObject({
  /** The figure's caption and the SVG's <title>. */
  title: bilingualText,
  /** The SVG's <desc>: what the picture shows, in one or two sentences. */
  description: bilingualText,
  /** The text version under the picture: the picture's content as an ordered list. */
  steps: z.array(bilingualText).min(1),
  columns: z.number().int().min(1).max(4).default(1),
  /** Optional column headings (e.g. "event-loop thread", "worker thread"); one per column. */
  lanes: z.array(bilingualText).optional(),
  nodes: z.array(diagramNode).min(1),
  edges: z.array(diagramEdge).default([]),
});
export type DiagramData = z.infer<typeof diagramData>;
