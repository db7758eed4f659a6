/**
 * Text in a diagram: the font size of each kind of text and line breaking by estimated width, since
 * SVG text does not wrap and the build has no font metrics. CJK characters are one em wide; Latin
 * letters are estimated per character, a little generously, so a line never overflows its box.
 */

/** Font sizes and line heights, in user units, of each kind of text. */
export const textStyles = {
  label: { size: 14, line: 17, mono: false },
  code: { size: 12.5, line: 15.5, mono: true },
  edge: { size: 12.5, line: 15, mono: false },
  lane: { size: 13, line: 16, mono: false },
} as const;
export type TextStyle = keyof typeof textStyles;

const isWide = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef);
};

/** Estimated width of a character, in ems: CJK is square; Latin letters vary (no font metrics at build time). */
function charWidth(char: string, mono: boolean): number {
  if (isWide(char)) return 1;
  if (mono) return 0.61;
  if (char === ' ') return 0.3;
  if ("iljtf.,:;|!'()[]".includes(char)) return 0.32;
  if ('mwMW'.includes(char)) return 0.86;
  if (char >= 'A' && char <= 'Z') return 0.68;
  return 0.56;
}

/** Estimated width of a text in user units. */
export function textWidth(text: string, size: number, mono = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char, mono);
  return ems * size;
}

/** CJK punctuation that may not start a line, so it stays with the character before it. */
const NO_LINE_START = '，。、；：！？）》」』”’…';

/** Splits text into the pieces a line may break between: Latin words with their space, single CJK characters. */
function breakable(text: string): string[] {
  const pieces: string[] = [];
  for (const char of text) {
    const last = pieces.length - 1;
    if (NO_LINE_START.includes(char) && last >= 0) pieces[last] += char;
    else if (isWide(char)) pieces.push(char);
    else if (last >= 0 && !isWide([...(pieces[last] ?? '')].at(-1) ?? '') && !(pieces[last] ?? '').endsWith(' ')) {
      pieces[last] += char;
    } else pieces.push(char);
  }
  return pieces;
}

/** Wraps text greedily to lines no wider than `max`; a word wider than a line is cut by characters. */
export function wrapText(text: string, max: number, style: TextStyle): string[] {
  const { size, mono } = textStyles[style];
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), size, mono) <= max;
  for (const piece of breakable(text.replace(/\s+/g, ' ').trim())) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const char of piece) {
      if (!fits(line + char) && line) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    if (line === ' ') line = '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
