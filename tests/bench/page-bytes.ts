/**
 * What a first visit to a page of a build loads, computed from the files without a browser (compressed like
 * tests/tools/serve-dist.ts serves them), and the size helpers the search figures share.
 * Used by tests/site/budgets.test.ts (the budgets `npm test` enforces) and by tests/bench/run.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

/** The kinds a first visit's bytes are counted by. */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

/** One file a first visit loads, with its size on the wire. */
export interface Resource {
  /** URL path, e.g. `/_astro/page.B3sWyS9n.js`. */
  path: string;
  kind: Kind;
  /** Bytes as served (brotli where serve-dist compresses the type, else the file as is). */
  bytes: number;
  /** Bytes on disk. */
  raw: number;
  /** Why it loads: `link rel=stylesheet`, `script src`, `import from /_astro/x.js`, … */
  via: string;
}

/** Everything a first visit to one page loads, by kind. */
export interface FirstVisit {
  page: string;
  resources: Resource[];
  /** Compressed bytes per kind (inline scripts and styles are part of the HTML). */
  bytes: Record<Kind, number>;
  /** HTML + CSS + JS, no fonts, no images: what the 40 KB budget limits. */
  total: number;
  /** Brotli size of the page's inline scripts (counted in `bytes.html` too). */
  inlineJs: number;
  /** External JS that loads with the page (module graph included) plus the inline scripts. */
  jsBeforeInteraction: number;
  /** Resources referenced by a page that are not in dist/ (a broken build). */
  missing: string[];
}

// The same types, and the same choice of what is compressed, as tests/tools/serve-dist.ts.
const compressibleExt = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.map',
  '.md',
  '.txt',
  '.xml',
  '.svg',
  '.wasm',
]);
const fontExt = new Set(['.woff2', '.woff', '.ttf', '.otf']);

const sizeCache = new Map<string, { bytes: number; raw: number }>();

/** Size of a dist file as served: brotli (Node's defaults, quality 11, like serve-dist) when compressible. */
export function servedSize(file: string): { bytes: number; raw: number } {
  let size = sizeCache.get(file);
  if (!size) {
    const data = readFileSync(file);
    size = {
      raw: data.length,
      bytes: compressibleExt.has(extname(file)) ? brotliCompressSync(data).length : data.length,
    };
    sizeCache.set(file, size);
  }
  return size;
}

/** Brotli size of a string. */
export function brotliSize(text: string): number {
  return text ? brotliCompressSync(Buffer.from(text)).length : 0;
}

/** The dist file for a URL path (directory URLs serve index.html), if any. */
export function distFile(distDir: string, urlPath: string): string | undefined {
  const path = join(distDir, decodeURIComponent(urlPath));
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function kindOf(path: string): Kind {
  const ext = extname(path);
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.html') return 'html';
  if (fontExt.has(ext)) return 'font';
  return 'other';
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of a (minified) module. */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  // `import(` (dynamic, loaded on intent) never matches: no quote or binding list follows `import` there.
  for (const match of code.matchAll(
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`\n]+)["'`]/g,
  )) {
    const specifier = match[1];
    if (specifier && /^(\.{0,2}\/|https?:)/.test(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

/** The origin pages are resolved against: any URL elsewhere is not the site's. */
export const pageOrigin = 'http://site.invalid';

/**
 * What a first visit to `page` (a URL path such as `/zh/`) downloads before the reader does anything:
 * the HTML; stylesheets (and their @import and fonts); scripts with src, modulepreloads and the static
 * import graph of module scripts (inline ones too). Dynamic import() is not followed: it loads on intent.
 * Returns undefined when dist/ has no such page.
 */
export function firstVisit(distDir: string, page: string): FirstVisit | undefined {
  const htmlFile = distFile(distDir, page);
  if (!htmlFile) return undefined;
  const html = readFileSync(htmlFile, 'utf8');
  const resources: Resource[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();

  const add = (reference: string, base: string, via: string, forced?: Kind): string | undefined => {
    const url = new URL(reference, `${pageOrigin}${base}`);
    if (url.origin !== pageOrigin) return undefined;
    const path = url.pathname;
    if (seen.has(path)) return undefined;
    seen.add(path);
    const file = distFile(distDir, path);
    if (!file) {
      missing.push(`${path} (${via})`);
      return undefined;
    }
    resources.push({ path, kind: forced ?? kindOf(path), ...servedSize(file), via });
    return file;
  };
  const addModule = (reference: string, base: string, via: string) => {
    const file = add(reference, base, via, 'js');
    if (!file) return;
    const path = new URL(reference, `${pageOrigin}${base}`).pathname;
    for (const specifier of staticImports(readFileSync(file, 'utf8')))
      addModule(specifier, path, `import from ${path}`);
  };
  const addStylesheet = (reference: string, base: string, via: string) => {
    const file = add(reference, base, via, 'css');
    if (!file) return;
    const path = new URL(reference, `${pageOrigin}${base}`).pathname;
    scanCss(readFileSync(file, 'utf8'), path);
  };
  const scanCss = (css: string, base: string) => {
    for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g))
      addStylesheet(match[1] ?? '', base, `@import in ${base}`);
    // Fonts are listed (they are outside the budget); other url()s load only when a rule uses them.
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const reference = match[1] ?? '';
      if (fontExt.has(extname(reference.split(/[?#]/)[0] ?? ''))) add(reference, base, `@font-face in ${base}`, 'font');
    }
  };

  resources.push({ path: page, kind: 'html', ...servedSize(htmlFile), via: 'page' });

  let inlineScripts = '';
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = match[1] ?? '';
    const body = match[2] ?? '';
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    const src = attr(tag, 'src');
    if (src) {
      if (type === 'module') addModule(src, page, 'script type=module src');
      else add(src, page, 'script src', 'js');
    } else {
      inlineScripts += `${body}\n`;
      if (type === 'module')
        for (const specifier of staticImports(body)) addModule(specifier, page, 'import in inline module');
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    const as = (attr(tag, 'as') ?? '').toLowerCase();
    if (rel.includes('stylesheet')) addStylesheet(href, page, 'link rel=stylesheet');
    else if (rel.includes('modulepreload')) addModule(href, page, 'link rel=modulepreload');
    else if (rel.includes('preload'))
      add(
        href,
        page,
        `link rel=preload as=${as}`,
        as === 'script' ? 'js' : as === 'style' ? 'css' : as === 'font' ? 'font' : 'other',
      );
    else if (rel.includes('icon')) add(href, page, `link rel=${rel.join(' ')}`, 'other');
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) scanCss(match[1] ?? '', page);
  for (const match of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(match[0], 'src');
    if (src && !/^data:/.test(src) && attr(match[0], 'loading') !== 'lazy') add(src, page, 'img', 'other');
  }
  // Browsers ask for /favicon.ico when a page declares no icon.
  if (
    !resources.some((resource) => resource.via.startsWith('link rel=') && resource.via.includes('icon')) &&
    distFile(distDir, '/favicon.ico')
  ) {
    add('/favicon.ico', page, 'implicit favicon', 'other');
  }

  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  for (const resource of resources) bytes[resource.kind] += resource.bytes;
  const inlineJs = brotliSize(inlineScripts.trim());
  return {
    page,
    resources,
    bytes,
    total: bytes.html + bytes.css + bytes.js,
    inlineJs,
    jsBeforeInteraction: bytes.js + inlineJs,
    missing,
  };
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
