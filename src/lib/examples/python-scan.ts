/**
 * A small scanner that finds the comments and the statement strings (docstrings) of a Python file
 * the way Python's tokenizer does where it matters for them: a `#` inside any string (including a
 * triple-quoted one or an f-string, whose replacement fields may hold further strings) is not a
 * comment, and a string is a statement only when it is the first token of its logical line and
 * nothing but a comment follows it. It does not validate Python; it never throws.
 */

/** A `#` comment: its 1-based line, the offset of `#` in the source, and its text without the `#`. */
export interface PyComment {
  line: number;
  start: number;
  end: number;
  text: string;
  /** True when only whitespace precedes the `#` on its line. */
  fullLine: boolean;
}

/** A string literal that stands alone as a statement (a docstring or a string used as a comment). */
export interface PyStatementString {
  line: number;
  start: number;
  end: number;
  /** Offsets of the text between the quotes. */
  bodyStart: number;
  bodyEnd: number;
  quote: string;
}

export interface PyScan {
  comments: PyComment[];
  strings: PyStatementString[];
}

const prefix = /(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])?(?:'''|"""|'|")/y;
const identifierChar = /[\p{L}\p{N}_]/u;

/** Finds every comment and statement string of a Python source, with 1-based line numbers. */
export function scanPython(source: string): PyScan {
  const comments: PyComment[] = [];
  const strings: PyStatementString[] = [];
  let pos = 0;
  let line = 1;
  let depth = 0; // open brackets: a newline inside them does not end the logical line
  let logicalStart = true;
  let continued = false; // a backslash at the end of the previous line

  const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;

  function readComment(): void {
    const start = pos;
    let end = source.indexOf('\n', pos);
    if (end < 0) end = source.length;
    const fullLine = source.slice(lineStart(start), start).trim() === '';
    comments.push({ line, start, end, text: source.slice(start + 1, end).replace(/\r$/, ''), fullLine });
    pos = end;
  }

  /** Reads a string literal whose prefix starts at `pos`; returns its quote and body offsets. */
  function readString(): { quote: string; bodyStart: number; bodyEnd: number } {
    prefix.lastIndex = pos;
    const match = prefix.exec(source);
    const token = match?.[0] ?? '"';
    const quote = token.replace(/^[a-zA-Z]+/, '');
    const isF = /[fFtT]/.test(token.slice(0, token.length - quote.length));
    pos += token.length;
    const bodyStart = pos;
    while (pos < source.length) {
      const char = source[pos];
      if (char === '\\') {
        if (source[pos + 1] === '\n') line++;
        pos += 2;
        continue;
      }
      if (source.startsWith(quote, pos)) {
        const bodyEnd = pos;
        pos += quote.length;
        return { quote, bodyStart, bodyEnd };
      }
      if (char === '\n') {
        if (quote.length === 1) return { quote, bodyStart, bodyEnd: pos }; // unterminated: Python would fail
        line++;
      }
      if (isF && char === '{') {
        if (source[pos + 1] === '{') {
          pos += 2;
          continue;
        }
        pos++;
        readField();
        continue;
      }
      pos++;
    }
    return { quote, bodyStart, bodyEnd: pos };
  }

  /** Reads an f-string replacement field after its `{`, up to and including its `}`. */
  function readField(): void {
    let inner = 0;
    let spec = false;
    while (pos < source.length) {
      const char = source[pos] ?? '';
      if (spec) {
        if (char === '{') {
          pos++;
          readField();
          continue;
        }
        if (char === '}') {
          pos++;
          return;
        }
        if (char === '\n') line++;
        pos++;
        continue;
      }
      if (char === '#') {
        readComment();
        continue;
      }
      if (isStringStart()) {
        readString();
        continue;
      }
      if (char === '\n') line++;
      if ('([{'.includes(char)) inner++;
      else if (')]'.includes(char)) inner--;
      else if (char === '}') {
        if (inner === 0) {
          pos++;
          return;
        }
        inner--;
      } else if (char === ':' && inner === 0) spec = true;
      pos++;
    }
  }

  function isStringStart(): boolean {
    prefix.lastIndex = pos;
    if (!prefix.test(source)) return false;
    // A prefix letter may end an identifier (`not"x"` is fine, `fr"x"` only after a non-identifier).
    const quoteFirst = source[pos] === '"' || source[pos] === "'";
    return quoteFirst || pos === 0 || !identifierChar.test(source[pos - 1] ?? '');
  }

  while (pos < source.length) {
    const char = source[pos] ?? '';
    if (char === '#') {
      readComment();
      continue;
    }
    if (char === '\n') {
      line++;
      pos++;
      if (depth === 0 && !continued) logicalStart = true;
      continued = false;
      continue;
    }
    if (char === '\\' && /^\\\r?\n/.test(source.slice(pos, pos + 3))) {
      continued = true;
      pos++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
      pos++;
      continue;
    }
    if (isStringStart()) {
      const start = pos;
      const startLine = line;
      const first = logicalStart && depth === 0;
      const { quote, bodyStart, bodyEnd } = readString();
      const rest = /^[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.test(source.slice(pos, source.indexOf('\n', pos) + 1 || undefined));
      if (first && rest) strings.push({ line: startLine, start, end: pos, bodyStart, bodyEnd, quote });
      logicalStart = false;
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
    logicalStart = false;
    pos++;
  }
  return { comments, strings };
}
