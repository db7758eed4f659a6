import type { AstroIntegration } from 'astro';
import { escapeMdxHeadingIds } from '../lib/heading-ids.ts';

/**
 * MDX parses `{#id}` as a JavaScript expression and fails, so this Vite plugin escapes heading ids
 * in `.mdx` sources before the MDX compiler sees them; authors keep writing `## 标题 {#id}`.
 */
export function mdxHeadingIdEscape(): AstroIntegration {
  return {
    name: 'guide:mdx-heading-id-escape',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guide:mdx-heading-id-escape',
                enforce: 'pre',
                transform(code, id) {
                  if (!/\.mdx($|\?)/.test(id)) return undefined;
                  return { code: escapeMdxHeadingIds(code), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
