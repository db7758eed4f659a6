/**
 * Serves dist/ like a static host: directory URLs map to index.html, unknown URLs get 404.html with
 * status 404, and text responses are compressed (brotli or gzip) when the client accepts it.
 * Usage: node tests/tools/serve-dist.ts [--no-compress] [port] [dir]
 * The browser tests pass --no-compress: compressing Pyodide and the pages costs CPU they do not test;
 * `npm start` and `npm run bench` (which measures transferred bytes) keep compression.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const compress = !args.includes('--no-compress');
const [portArg, dirArg] = args.filter((arg) => !arg.startsWith('--'));
const port = Number(portArg ?? process.env['PORT'] ?? 4321);
const root = resolve(dirArg ?? 'dist');
const host = process.env['HOST'] ?? '127.0.0.1';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

// Static hosts compress each file once, not per request; so does this server (Pyodide's 10 MB
// WebAssembly would otherwise take seconds of CPU on every download).
const cache = new Map<string, Buffer>();
function encoded(file: string, encoding: 'br' | 'gzip' | 'identity'): Buffer {
  const key = `${encoding}:${file}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: raw.length > 1_000_000 ? 5 : 11 } })
        : encoding === 'gzip'
          ? gzipSync(raw)
          : raw;
    cache.set(key, body);
  }
  return body;
}

function resolveFile(pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The caching policy README's "Hosting" section recommends, so a second page view costs what it would on a host. */
function cacheControl(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/pyodide/')) return 'public, max-age=604800';
  if (pathname.startsWith('/pagefind/')) return 'public, max-age=3600';
  return 'no-cache';
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = resolveFile(url.pathname);
  let status = 200;
  // Like most static hosts, a directory URL without its trailing slash redirects to the canonical one.
  if (file?.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (!file) {
    status = 404;
    file = join(root, '404.html');
    if (!existsSync(file)) return void response.writeHead(404).end('Not found');
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': cacheControl(url.pathname),
  };
  // A validator lets a revalidating browser (HTML, no-cache) get a 304 instead of the whole file again.
  const stats = statSync(file);
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  headers['ETag'] = etag;
  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const accept = String(request.headers['accept-encoding'] ?? '');
  const encoding =
    !compress || !compressible.test(type)
      ? 'identity'
      : /\bbr\b/.test(accept)
        ? 'br'
        : /\bgzip\b/.test(accept)
          ? 'gzip'
          : 'identity';
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  const body = encoded(file, encoding);
  response.writeHead(status, { ...headers, 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(port, host, () => {
  console.log(
    `Serving ${root}${compress ? '' : ' uncompressed'} on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
  );
});
