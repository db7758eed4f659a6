import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkComments, citedLines, hasProse, localizeSource } from '../../src/lib/examples/comments.ts';
import { scanPython } from '../../src/lib/examples/python-scan.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/example-comments/${name}`, import.meta.url), 'utf8');

describe('python scanner', () => {
  it('finds comments but no # inside strings, f-strings or triple-quoted strings', () => {
    const source = [
      'a = "# no"  # yes 1',
      'b = f"{x[\'#\']:#x} {y!r} {{#}}"  # yes 2',
      'c = """',
      '# no, still the string',
      '"""  # yes 3',
      'd = f\'{"#" if x else f"{z}#"}\'',
      'e = rb\'\\\'#\' + r"\\"#"  # yes 4',
      'f = not"#"  # yes 5',
      'g = "https://a.b/c|d#frag"',
    ].join('\n');
    const { comments } = scanPython(source);
    assert.deepEqual(
      comments.map((comment) => [comment.line, comment.text]),
      [
        [1, ' yes 1'],
        [2, ' yes 2'],
        [5, ' yes 3'],
        [7, ' yes 4'],
        [8, ' yes 5'],
      ],
    );
  });

  it('takes a string as a statement only at the start of a logical line', () => {
    const source = [
      '"""module"""',
      'x = (',
      '    """inside brackets"""',
      ')',
      'y = \\',
      '    "continued"',
      'def f():',
      '    """doc"""  # comment after is fine',
      '    "a" + "b"',
    ].join('\n');
    assert.deepEqual(
      scanPython(source).strings.map((string) => string.line),
      [1, 8],
    );
  });
});

describe('localizeSource', () => {
  const source = fixture('bilingual.py');
  it('keeps the Chinese comments on a zh page', () => {
    assert.equal(localizeSource(source, 'zh'), fixture('bilingual.zh.py'));
  });
  it('keeps the English comments on an en page', () => {
    assert.equal(localizeSource(source, 'en'), fixture('bilingual.en.py'));
  });
  it('keeps the blank lines of the kept paragraphs of a docstring, and only those', () => {
    const source = [
      'def f():',
      '    """en: One.',
      '',
      '    en: Two.',
      '',
      '    zh: 一。',
      '',
      '    zh: 二。',
      '    """',
      '',
    ];
    assert.equal(localizeSource(source.join('\n'), 'en'), 'def f():\n    """One.\n\n    Two.\n    """\n');
    assert.equal(localizeSource(source.join('\n'), 'zh'), 'def f():\n    """一。\n\n    二。\n    """\n');
  });
  it('leaves a file without tags unchanged', () => {
    const plain = '# requires: python>=3.11\nprint("# en: not a comment")  # noqa\n';
    assert.equal(localizeSource(plain, 'zh'), plain);
  });
  it('shows a block that lacks its translation in the language it has', () => {
    const half = 'x = 1\n# en: only English\ny = 2  # en: only English too\n';
    assert.equal(localizeSource(half, 'zh'), 'x = 1\n# only English\ny = 2  # only English too\n');
  });
});

describe('checkComments', () => {
  it('finds nothing in a file that follows the convention', () => {
    assert.deepEqual(checkComments(fixture('bilingual.py')), []);
  });

  it('names each broken rule with its line', () => {
    const found = checkComments(fixture('problems.py')).map((problem) => `${problem.line}: ${problem.message}`);
    const expect = (line: number, words: string) =>
      assert.ok(
        found.some((entry) => entry.startsWith(`${line}: `) && entry.includes(words)),
        `line ${line} "${words}" in\n${found.join('\n')}`,
      );
    expect(4, 'has no zh block right after it');
    expect(6, 'has no English block right before it');
    expect(7, 'untagged comment with prose');
    expect(8, 'a trailing comment needs both languages');
    expect(10, 'the zh text has no Chinese');
    expect(11, 'malformed tag');
    expect(12, 'malformed tag');
    expect(13, 'untagged comment with prose');
    expect(14, 'differ in indentation');
    expect(20, 'untagged prose in a docstring');
    expect(24, 'en lines, then its zh lines');
    expect(28, 'malformed one-line comment');
    expect(29, 'malformed one-line comment');
    assert.ok(!found.some((entry) => entry.startsWith('16: ')), 'a bare code reference is not prose');
    assert.ok(!found.some((entry) => /^[12]: /.test(entry)), 'the header block is exempt');
  });

  it('reports a cited line that a page would shift', () => {
    const source = fixture('cited.py');
    assert.deepEqual(citedLines('cited.py:6: UserWarning: here\n', 'cited.py'), [6]);
    assert.deepEqual(citedLines('  File "/tmp/x/cited.py", line 6, in <module>\n', 'cited.py'), [6]);
    assert.deepEqual(citedLines('notcited.py:6: x\n', 'cited.py'), []);
    const problems = checkComments(source, [6]);
    assert.equal(problems.length, 2, JSON.stringify(problems));
    assert.match(problems[0]?.message ?? '', /cites line 6/);
    assert.deepEqual(checkComments(source, [3]), [], 'lines above the removed ones do not move');
  });
});

describe('hasProse', () => {
  it('tells prose from code references and pragmas', () => {
    for (const text of [
      'this is prose',
      '这是中文',
      'Wait for it.',
      'connect',
      'check...',
      'always rate-limited',
      'Python 3.14+',
      'e.g. "127.0.0.1:9092"',
    ]) {
      assert.ok(hasProse(text), text);
    }
    for (const text of [
      'noqa: E501',
      'type: ignore[attr-defined]',
      'await asyncio.sleep(1)',
      '-> [1, 2]',
      'x',
      '',
      '3.11+',
      '1 + 2 + 4',
      'main()',
    ]) {
      assert.ok(!hasProse(text), text);
    }
  });
});
