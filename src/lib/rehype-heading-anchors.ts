import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from './i18n.ts';
import type { Lang } from './i18n.ts';

/** The text of a hast node, for the anchor's accessible label. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The page's language, read from its path under content/docs/<lang>/. */
function langOf(path: string | undefined): Lang {
  return path && /[\\/]docs[\\/]en[\\/]/.test(path) ? 'en' : 'zh';
}

/**
 * Rehype plugin: wraps each h2/h3 that has an id with a link to itself, placed after the heading
 * (as Starlight does) so the heading's accessible name stays the plain title.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root, file: { path?: string }) => {
    const lang = langOf(file.path);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== 'h2' && node.tagName !== 'h3')) return;
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      const title = node.children.map(textOf).join('').trim();
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: t(lang, 'sectionLink') + title }],
          },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, anchor],
      };
      parent.children[index] = wrapper;
      return index + 1;
    });
  };
}
