import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The production build that `npm run build` writes. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the build as its URL path (`/zh/concepts/tasks/`) and file. */
export function builtPages(): { path: string; file: string }[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (entry) => entry.endsWith('.html') && !entry.startsWith(`pagefind${sep}`) && !entry.startsWith(`pyodide${sep}`),
    )
    .map((entry) => {
      const path = '/' + entry.split(sep).join('/');
      return {
        path: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path,
        file: join(distDir, entry),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file that a static host serves for a URL path, if any. */
export function fileForPath(path: string): string | undefined {
  const candidates = path.endsWith('/')
    ? [join(distDir, path, 'index.html')]
    : [join(distDir, path), join(distDir, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The ids in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeHtml(match[1] ?? '')));
}

/** The values of href and src attributes in an HTML document, outside code blocks (whose text may show markup). */
export function linksIn(html: string): string[] {
  const markup = html.replace(/<pre\b[\s\S]*?<\/pre>/g, '');
  return [...markup.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/g)].map((match) => decodeHtml(match[1] ?? ''));
}

function decodeHtml(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Reads a built file as text. */
export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
