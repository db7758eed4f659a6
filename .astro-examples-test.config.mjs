// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { mdxHeadingIdEscape } from './src/integrations/mdx-heading-id-escape.ts';
import { pyodideAssets } from './src/integrations/pyodide-assets.ts';

// The site URL only feeds canonical links, hreflang and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://async-python-guide.pages.dev';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: { prefetchAll: true, defaultStrategy: 'hover' },
  markdown: {
    // Sätteri (the default) leaves CJK emphasis such as **注意：**事件循环 as literal asterisks,
    // so the guide uses the unified pipeline with remark-cjk-friendly.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkHeadingIds],
      rehypePlugins: [rehypeHeadingAnchors],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  integrations: [
    contentChecks(),
    mdxHeadingIdEscape(),
    mdx(),
    pyodideAssets(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    }),
  ],
});
