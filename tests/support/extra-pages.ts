/**
 * Copies the guide's content to .tmp-content/extra-pages/ and adds N more zh/en page pairs (default 30),
 * each a copy of an existing pair under a new slug `extra/<slug>-<n>`, so a build of that folder shows
 * how build and test times grow with the number of pages. Prints the folder for GUIDE_CONTENT_DIR:
 *   npm run pages:extra -- 30
 *   GUIDE_CONTENT_DIR=.tmp-content/extra-pages npm run build && npm run test:e2e
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './build.ts';

const count = Number(process.argv[2] ?? 30);
const target = join(root, '.tmp-content/extra-pages');
rmSync(target, { recursive: true, force: true });
cpSync(join(root, 'content'), target, { recursive: true });

const docs = join(root, 'content/docs');
// Leave out the home page, which is no ordinary article.
const slugs = readdirSync(join(docs, 'zh'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
  .map((file) => file.slice(0, -'.mdx'.length))
  .sort();

for (let n = 1; n <= count; n += 1) {
  const slug = slugs[(n - 1) % slugs.length] ?? '';
  const copy = `extra/${slug.replace(/\//g, '-')}-${n}`;
  for (const lang of ['zh', 'en']) {
    const source = readFileSync(join(docs, lang, `${slug}.mdx`), 'utf8');
    const text = source
      .replace(/^title: (["']?)(.*?)\1$/m, (_, _quote: string, title: string) => {
        const suffix = ` #${n}`;
        return `title: ${JSON.stringify(title.slice(0, 80 - suffix.length) + suffix)}`;
      })
      .replace(/^order: \d+$/m, `order: ${100 + n}`);
    const file = join(target, 'docs', lang, `${copy}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
console.log(relative(root, target));
