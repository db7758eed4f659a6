/**
 * Reading the diagram files (content/diagrams/*.yaml): each is parsed and validated once, and every
 * problem is named by file and field (`content/diagrams/tasks.yaml → description.en: missing field`),
 * so a diagram without its text alternative in both languages stops the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { describeIssue } from '../zod-issues.ts';
import { diagramData } from './schema.ts';
import type { DiagramData } from './schema.ts';

/** The outcome of reading one file: the diagram, or the problems that stop the build. */
export interface DiagramRead {
  diagram?: DiagramData;
  problems: string[];
}

/** Checks what the schema cannot: arrows join existing boxes, boxes fit the grid and do not overlap. */
export function checkStructure(diagram: DiagramData): string[] {
  const problems: string[] = [];
  const ids = new Map(diagram.nodes.map((node) => [node.id, node]));
  if (ids.size !== diagram.nodes.length) problems.push('nodes: two nodes share an id');
  if (diagram.lanes && diagram.lanes.length !== diagram.columns) {
    problems.push(`lanes: ${diagram.lanes.length} lane heading(s) for ${diagram.columns} column(s)`);
  }
  const taken = new Map<string, string>();
  for (const node of diagram.nodes) {
    if (node.col + node.span > diagram.columns) {
      problems.push(
        `nodes "${node.id}": col ${node.col} + span ${node.span} is wider than ${diagram.columns} column(s)`,
      );
    }
    for (let col = node.col; col < node.col + node.span; col += 1) {
      const cell = `${node.row}:${col}`;
      const other = taken.get(cell);
      if (other) problems.push(`nodes "${node.id}": overlaps "${other}" at row ${node.row}, column ${col}`);
      taken.set(cell, node.id);
    }
  }
  diagram.edges.forEach((edge, index) => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (!from) problems.push(`edges[${index}].from: no node "${edge.from}"`);
    if (!to) problems.push(`edges[${index}].to: no node "${edge.to}"`);
    if (from && to && edge.label && to.row <= from.row) {
      problems.push(`edges[${index}].label: only arrows that go down to a later row can have a label`);
    }
  });
  return problems;
}

/** Validates the parsed content of one diagram file. */
export function readDiagram(file: string, data: unknown): DiagramRead {
  const result = diagramData.safeParse(data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => `${file} → ${describeIssue(data, issue)}`) };
  }
  const problems = checkStructure(result.data).map((problem) => `${file} → ${problem}`);
  return problems.length > 0 ? { problems } : { diagram: result.data, problems };
}

/** Parses and validates the YAML text of one diagram file. */
export function readDiagramText(file: string, text: string): DiagramRead {
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return { problems: [`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return readDiagram(file, data);
}

/** A content-collection loader for every `<dir>/*.yaml`; the file name (without .yaml) is the id. */
export function diagramFiles(dir: string): Loader {
  return {
    name: 'guide-diagrams',
    load: async ({ config, store, logger, generateDigest }) => {
      const folder = resolve(fileURLToPath(config.root), dir);
      store.clear();
      if (!existsSync(folder)) {
        logger.warn(`${dir} does not exist; no diagrams.`);
        return;
      }
      const problems: string[] = [];
      for (const name of readdirSync(folder)
        .filter((entry) => entry.endsWith('.yaml'))
        .sort()) {
        const file = join(dir, name);
        const read = readDiagramText(file, readFileSync(join(folder, name), 'utf8'));
        problems.push(...read.problems);
        if (read.diagram) {
          const id = name.replace(/\.yaml$/, '');
          store.set({ id, data: read.diagram, digest: generateDigest(read.diagram), filePath: file });
        }
      }
      if (problems.length > 0) {
        throw new Error(
          `The diagrams have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        );
      }
    },
  };
}
