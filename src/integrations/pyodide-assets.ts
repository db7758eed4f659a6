import type { AstroIntegration } from 'astro';
import { createReadStream, copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pyodideFiles, pyodideSnapshotFile } from '../lib/examples/pyodide-files.ts';
import { writePyodideSnapshot } from './pyodide-snapshot.ts';

/** Where the site serves Pyodide from (below the base URL): no CDN, same origin. */
export const pyodidePath = 'pyodide/';

const contentTypes: Record<string, string> = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json; charset=utf-8',
};

/** node_modules/pyodide, found the way Node resolves the package. */
export function pyodideDir(root: string | URL = process.cwd() + '/'): string {
  const require = createRequire(root instanceof URL ? root : join(root, 'package.json'));
  return dirname(require.resolve('pyodide/package.json'));
}

/** Total size of the Pyodide files in bytes (before HTTP compression). */
export function pyodideDownloadBytes(root?: string | URL): number {
  const dir = pyodideDir(root);
  return pyodideFiles.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * Serves Pyodide from the site itself: copies its runtime files into `dist/pyodide/` after a build, with a
 * memory snapshot of a prepared interpreter (pyodide-snapshot.ts), and serves them from node_modules in
 * `astro dev` (no snapshot there: the worker starts Python itself). Pages fetch them on the reader's intent.
 */
export function pyodideAssets(): AstroIntegration {
  let root: URL;
  return {
    name: 'guide:pyodide-assets',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = config.root;
        const dir = pyodideDir(root);
        for (const file of pyodideFiles) {
          if (!existsSync(join(dir, file)))
            throw new Error(`pyodide-assets: ${join(dir, file)} is missing; reinstall the "pyodide" npm package.`);
        }
        // Keep Vite from pre-bundling Pyodide: the worker imports it at run time from /pyodide/.
        updateConfig({ vite: { optimizeDeps: { exclude: ['pyodide'] } } });
      },
      'astro:server:setup': ({ server }) => {
        const dir = pyodideDir(root);
        const base = server.config.base.replace(/\/?$/, '/');
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const prefix = `${base}${pyodidePath}`;
          if (!url.pathname.startsWith(prefix)) return next();
          const file = url.pathname.slice(prefix.length);
          if (!(pyodideFiles as readonly string[]).includes(file)) return next();
          const ext = file.slice(file.lastIndexOf('.'));
          res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
          res.setHeader('Content-Length', String(statSync(join(dir, file)).size));
          createReadStream(join(dir, file)).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = pyodideDir(root);
        const to = join(fileURLToPath(dir), pyodidePath);
        mkdirSync(to, { recursive: true });
        for (const file of pyodideFiles) copyFileSync(join(from, file), join(to, file));
        logger.info(
          `copied ${pyodideFiles.length} Pyodide files (${(pyodideDownloadBytes(root) / 1e6).toFixed(1)} MB) to ${pyodidePath}`,
        );
        const { raw, gzipped } = await writePyodideSnapshot(root, from, to);
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(
          `wrote a Pyodide memory snapshot (${mb(raw)} MB, ${mb(gzipped)} gzipped) to ${pyodidePath}${pyodideSnapshotFile}`,
        );
      },
    },
  };
}
