import type { Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

// Han characters, CJK punctuation and full-width forms: text in which a line break is not a space.
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const BREAK_INSIDE = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');
const ENDS_CJK = new RegExp(`[${CJK}]$`, 'u');
const STARTS_BREAK_CJK = new RegExp(`^[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'u');
const STARTS_CJK = new RegExp(`^[${CJK}]`, 'u');
const ENDS_CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*$`, 'u');

type Child = Parent['children'][number] | undefined;

/** The text at one end of a node (its first or last text descendant), if it has any. */
function edgeText(node: Child, end: 'first' | 'last'): string {
  if (!node) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return edgeText(end === 'first' ? node.children[0] : node.children.at(-1), end);
  return '';
}

/**
 * Remark plugin: removes a source line break between two Chinese characters. Browsers render such a
 * break as a space (Chinese has none between words), so a paragraph wrapped in the source would show
 * stray gaps; breaks next to Latin text stay, where they are real spaces.
 */
export function remarkJoinCjkLines() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      node.value = node.value.replace(BREAK_INSIDE, '$1');
      if (index === undefined || !parent) return;
      if (ENDS_CJK.test(edgeText(parent.children[index - 1], 'last')))
        node.value = node.value.replace(STARTS_BREAK_CJK, '');
      if (STARTS_CJK.test(edgeText(parent.children[index + 1], 'first')))
        node.value = node.value.replace(ENDS_CJK_BREAK, '');
    });
  };
}
