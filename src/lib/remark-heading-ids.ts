import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitTrailingId } from './heading-ids.ts';

/**
 * Remark plugin: moves a trailing `{#id}` from a heading's text into its `id` attribute, so both
 * language versions of a page share the same ASCII anchors. Validation lives in content-checks.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const split = splitTrailingId((last as Text).value);
      if (!split) return;
      (last as Text).value = split.text.trimEnd();
      if ((last as Text).value === '') heading.children.pop();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: split.id } };
    });
  };
}
