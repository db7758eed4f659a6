/**
 * The remark and rehype plugins of every page, Markdown and MDX alike. astro.config.mjs passes them to
 * Astro's unified processor, and tests/unit/markdown.test.ts renders with the same lists.
 */
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkJoinCjkLines } from './remark-join-cjk-lines.ts';

/** GFM, CJK-friendly emphasis, Chinese line joining, then `{#id}` heading ids (order matters). */
export const remarkPlugins = [remarkGfm, remarkCjkFriendly, remarkJoinCjkLines, remarkHeadingIds];

/** The `#` link after each heading. */
export const rehypePlugins = [rehypeHeadingAnchors];
