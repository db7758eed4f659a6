/**
 * Text that looks like HTML (`<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`) in a page's
 * prose, in a code block and in an example's code and output must stay text everywhere: in the built
 * HTML, in Pagefind's search excerpts and in the Markdown version the "Copy as Markdown" button copies.
 * Builds tests/fixtures/escaping, indexes it with Pagefind, serves it and checks it in Chromium.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { root, runNode } from '../support/build.ts';
import { launchOptions } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';

const script = '<script>alert(1)</script>';
const img = '<img src=x onerror=alert(1)>';
const escapedScript = '&lt;script&gt;alert(1)&lt;/script&gt;';
const escapedImg = '&lt;img src=x onerror=alert(1)&gt;';

/** Runs a Node script of the repository and fails the test with its output when it fails. */
function run(args: string[], env: Record<string, string> = {}): void {
  const result = runNode(args, env);
  assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.output}`);
}

/** Starts tests/tools/serve-dist.ts on the build and resolves once it listens. */
function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/tools/serve-dist.ts', '--no-compress', String(port), dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** The Markdown with fenced blocks and code spans removed: what a Markdown renderer would parse as markup. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
}

describe(
  'escaping fixture: HTML-looking text stays text; Markdown versions and llms.txt',
  { concurrency: 1, timeout: 180_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-escaping-'));
    let server: ChildProcess | undefined;
    let browser: Browser | undefined;
    let base = '';

    before(async () => {
      run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
        GUIDE_CONTENT_DIR: 'tests/fixtures/escaping',
      });
      run([join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dir]);
      const port = await freePort();
      server = await serve(dir, port);
      base = `http://127.0.0.1:${port}`;
    });

    after(async () => {
      await browser?.close();
      server?.kill();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: the HTML has only escaped forms`, () => {
        const html = readFileSync(join(dir, lang, 'index.html'), 'utf8');
        assert.doesNotMatch(html, /<script>alert\(1\)/);
        assert.doesNotMatch(html, /<img[^>]*onerror/i);
        // Prose (inline code) and the example's output block.
        assert.ok(
          html.split(escapedScript).length - 1 >= 2,
          `expected ${escapedScript} in the prose and the example output`,
        );
        assert.ok(html.split(escapedImg).length - 1 >= 2, `expected ${escapedImg} in the prose and the example output`);
        // The example's title attribute text.
        assert.match(html, /&lt;script&gt;[^<]*&lt;img&gt;/);
      });

      it(`${lang}: the Markdown version keeps the text literally, inside code only`, () => {
        const markdown = readFileSync(join(dir, lang, 'index.md'), 'utf8');
        assert.ok(markdown.includes(`\`${script}\``), 'inline code in prose');
        assert.ok(markdown.includes(`\`${img}\``), 'inline code in prose');
        assert.ok(markdown.includes(`\`\`\`html\n${script}\n${img}\n\`\`\``), 'the fenced code block');
        assert.ok(markdown.includes(`\`\`\`text\n${script}\n${img}\n\`\`\``), "the example's captured output");
        assert.ok(markdown.includes(`snippets = ["${script}", "${img}"]`), "the example's code");
        assert.match(
          markdown,
          /\*\*[^*\n]*\\<script\\?> [^*\n]* \\<img\\?>[^*\n]*\*\*/,
          'the example title is escaped',
        );
        assert.doesNotMatch(outsideCode(markdown), /(?<!\\)<(script|img)\b/i);
      });
    }

    it('emits a Markdown file for nested slugs and lists every page in llms.txt', () => {
      const nested = readFileSync(join(dir, 'zh', 'concepts', 'tasks.md'), 'utf8');
      assert.match(
        nested,
        /^# 嵌套页面\n\n> 检查带斜杠的 slug 也会生成 Markdown 版本。\n\n本页代码需要 Python 3\.11\+\n\n回到\[首页\]\(https?:\/\/[^/]+\/zh\/\)。\n\n## 小节 \{#section\}\n/,
      );
      const llms = readFileSync(join(dir, 'llms.txt'), 'utf8');
      assert.match(llms, /^# .+\n\n> .+\n/);
      const zh = llms.indexOf('\n## 中文\n');
      const en = llms.indexOf('\n## English\n');
      assert.ok(zh > 0 && en > zh, llms);
      for (const [lang, title] of [
        ['zh', '转义测试首页'],
        ['zh', '嵌套页面'],
        ['en', 'Escaping test home'],
        ['en', 'Nested page'],
      ] as const) {
        assert.match(
          llms,
          new RegExp(`^- \\[${title}\\]\\(https?://[^/]+/${lang}/(index|concepts/tasks)\\.md\\): \\S`, 'm'),
        );
      }
      assert.ok(llms.indexOf('[嵌套页面]') < en && llms.indexOf('[Nested page]') > en);
    });

    it('the page shows the text, runs no script, and search excerpts and copied Markdown show it as text', async () => {
      browser = await chromium.launch(launchOptions);
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(error.message));

      for (const lang of ['zh', 'en'] as const) {
        await page.goto(`${base}/${lang}/`);
        const article = page.locator('article');
        const codes = await article.locator('p code').allTextContents();
        assert.ok(codes.includes(script) && codes.includes(img), `inline code shows the text: ${codes.join(' | ')}`);
        assert.equal(await article.locator('pre code').first().textContent(), `${script}\n${img}`);
        assert.equal((await article.locator('.example-output-text').textContent())?.trim(), `${script}\n${img}`);
        assert.deepEqual(
          await page.evaluate(() => ({
            images: document.querySelectorAll('article img, [onerror]').length,
            scripts: Array.from(document.scripts).filter((element) => element.textContent.includes('alert(1)')).length,
          })),
          { images: 0, scripts: 0 },
        );

        // Search: the excerpt shows the text, and nothing in the results is markup but <mark>.
        await page.keyboard.press('/');
        const dialog = page.locator('dialog.search-dialog');
        await dialog.locator('input[type="search"]').fill('alert');
        const excerpts = dialog.locator('.search-row-excerpt');
        await excerpts.first().waitFor({ timeout: 15_000 });
        const texts = await excerpts.allTextContents();
        assert.ok(
          texts.some((text) => text.includes('<script>alert(1)') || text.includes('<img src=x onerror=alert(1)')),
          `an excerpt shows the literal text: ${JSON.stringify(texts)}`,
        );
        const markup = await dialog
          .locator('.search-results')
          .evaluate((list) =>
            Array.from(list.querySelectorAll('.search-row-excerpt *'), (element) => element.tagName.toLowerCase()),
          );
        assert.deepEqual(
          [...new Set(markup)].filter((tag) => tag !== 'mark'),
          [],
        );
        await page.keyboard.press('Escape');

        // Copy as Markdown: the clipboard gets the page's .md text, with the text inside code.
        const response = await page.request.get(`${base}/${lang}/index.md`);
        assert.match(response.headers()['content-type'] ?? '', /^text\/markdown/);
        const expected = await response.text();
        await page.locator('page-actions button').click();
        await page.locator('page-actions [role="status"]').filter({ hasText: /\S/ }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, expected);
        assert.ok(copied.includes(`\`${script}\``));
        // Without JavaScript the same Markdown is a plain link away.
        assert.equal(
          await page.locator('page-actions a[type="text/markdown"]').getAttribute('href'),
          `/${lang}/index.md`,
        );
      }

      assert.deepEqual(dialogs, [], 'no alert() ran');
      assert.deepEqual(errors, []);
    });
  },
);
