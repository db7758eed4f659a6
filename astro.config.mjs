// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { codeThemes } from './src/lib/code-themes.ts';
import { cspHash, layerOrderStyle, themeScript } from './src/lib/inline-head.ts';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown-pipeline.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { mdxHeadingIdEscape } from './src/integrations/mdx-heading-id-escape.ts';
import { pyodideAssets } from './src/integrations/pyodide-assets.ts';

// The site URL only feeds canonical links, hreflang and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://async-python-guide.pages.dev';

export default defineConfig({
  site,
  // Builds of test fixtures (GUIDE_CONTENT_DIR) keep their own content cache, so their entries never
  // leak into the real site's data store.
  ...(process.env.GUIDE_CONTENT_DIR
    ? { cacheDir: `node_modules/.astro-fixtures/${process.env.GUIDE_CONTENT_DIR.replace(/[^\w-]+/g, '_')}` }
    : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: { prefetchAll: true, defaultStrategy: 'hover' },
  security: {
    // A <meta> Content-Security-Policy on every page: scripts only from this origin or by hash,
    // 'wasm-unsafe-eval' because Pagefind and Pyodide compile WebAssembly, workers only from this origin.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(themeScript)] },
      // Shiki colours each code token through a style attribute; inline <style> elements still need a hash.
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
        hashes: [cspHash(layerOrderStyle)],
      },
    },
  },
  markdown: {
    // Sätteri (the default) leaves CJK emphasis such as **注意：**事件循环 as literal asterisks,
    // so the guide uses the unified pipeline with remark-cjk-friendly.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins,
      rehypePlugins,
    }),
    shikiConfig: {
      themes: codeThemes,
      defaultColor: false,
    },
  },
  integrations: [
    contentChecks(),
    mdxHeadingIdEscape(),
    pyodideAssets(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // The language entry page only forwards, and search pages have no content of their own.
      filter: (page) => !/^\/$|\/search\/$/.test(new URL(page).pathname),
    }),
  ],
});
