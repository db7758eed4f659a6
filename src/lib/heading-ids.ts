/** An explicit heading id: lowercase ASCII words joined by hyphens. */
export const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Matches `{#id}` (or MDX-escaped `\{#id\}`) at the end of a heading's text. */
const TRAILING_ID = /\s*\\?\{#([^}\s]*?)\\?\}\s*$/;

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface SourceHeading {
  depth: number;
  text: string;
  id: string | undefined;
  line: number;
}

/** Lists the ATX headings of a Markdown/MDX source, skipping frontmatter and fenced code. */
export function scanHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const lines = source.split(/\r?\n/);
  let fence: string | undefined;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    start = end === -1 ? 0 : end + 1;
  }
  for (let index = start; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = ATX_HEADING.exec(line);
    if (!heading?.[1]) continue;
    const raw = heading[2] ?? '';
    const idMatch = TRAILING_ID.exec(raw);
    headings.push({
      depth: heading[1].length,
      text: idMatch ? raw.slice(0, idMatch.index) : raw,
      id: idMatch?.[1],
      line: index + 1,
    });
  }
  return headings;
}

/** Splits `Title {#id}` into the title and the id, or returns undefined when there is no id. */
export function splitTrailingId(text: string): { text: string; id: string } | undefined {
  const match = TRAILING_ID.exec(text);
  if (!match || match[1] === undefined) return undefined;
  return { text: text.slice(0, match.index), id: match[1] };
}

/**
 * Escapes `{#id}` on heading lines so MDX reads it as text instead of a JavaScript expression
 * (acorn cannot parse `#id`); the remark plugin then turns it into the heading's id.
 */
export function escapeMdxHeadingIds(source: string): string {
  const lines = source.split('\n');
  const headingLines = new Set(scanHeadings(source).map((heading) => heading.line - 1));
  return lines
    .map((line, index) => (headingLines.has(index) ? line.replace(/(?<!\\)\{#([^}\s]*)\}(\s*)$/, '\\{#$1\\}$2') : line))
    .join('\n');
}
