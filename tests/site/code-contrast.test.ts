/**
 * The contrast of every highlighted code token on every page, in both colour schemes, computed from the
 * colours Shiki writes into the built HTML (`--shiki-light` / `--shiki-dark` on each token, the block's
 * `--shiki-light-bg` / `--shiki-dark-bg`). This keeps the code-token part of the old "axe on every page in
 * both schemes" audit without a browser; the browser audits code blocks in both schemes on sample pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtPages, read } from './built-site.ts';

/** WCAG 2.2 AA for normal-size text: code is 0.875rem and not bold enough to count as large. */
const minimum = 4.5;

/** The colour of a `#rgb`, `#rrggbb` or `#rrggbbaa` value as 0–255 channels and alpha 0–1. */
function parseHex(hex: string): [number, number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return [channel(0), channel(1), channel(2), full.length === 8 ? channel(3) / 255 : 1];
}

/** The WCAG contrast ratio of a foreground colour (blended onto the background if translucent). */
export function contrast(foreground: string, background: string): number {
  const [br, bg, bb] = parseHex(background);
  const [fr, fg, fb, alpha] = parseHex(foreground);
  const blend = [fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)];
  const luminance = ([r, g, b]: number[]) => {
    const linear = (value = 0) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(blend), luminance([br, bg, bb])].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('code tokens on every page', () => {
  it('computes contrast as WCAG does', () => {
    assert.equal(contrast('#000', '#fff').toFixed(1), '21.0');
    assert.ok(contrast('#777777', '#ffffff') < minimum, '#777 on white is just under 4.5:1');
    assert.ok(contrast('#ffffff80', '#000000') < contrast('#ffffff', '#000000'));
  });

  it(`keep at least ${minimum}:1 against their block in the light and the dark scheme`, () => {
    const problems = new Set<string>();
    let tokens = 0;
    for (const page of builtPages()) {
      const html = read(page.file);
      for (const block of html.matchAll(/<pre\b[^>]*\sstyle="([^"]*--shiki-light-bg[^"]*)"[^>]*>([\s\S]*?)<\/pre>/g)) {
        const style = block[1] ?? '';
        const background = {
          light: /--shiki-light-bg:\s*(#[0-9a-f]+)/i.exec(style)?.[1],
          dark: /--shiki-dark-bg:\s*(#[0-9a-f]+)/i.exec(style)?.[1],
        };
        assert.ok(background.light && background.dark, `${page.path}: a code block without both backgrounds`);
        // The block's own colour is the colour of text outside any token.
        const colours = [
          style,
          ...[...(block[2] ?? '').matchAll(/<span style="([^"]*)"/g)].map((span) => span[1] ?? ''),
        ];
        for (const colour of colours) {
          for (const scheme of ['light', 'dark'] as const) {
            const foreground = new RegExp(`--shiki-${scheme}:\\s*(#[0-9a-f]+)`, 'i').exec(colour)?.[1];
            if (!foreground) continue;
            tokens += 1;
            const ratio = contrast(foreground, background[scheme] ?? ''); // both exist: asserted above
            if (ratio < minimum) {
              problems.add(`${page.path}: ${scheme} ${foreground} on ${background[scheme]} is ${ratio.toFixed(2)}:1`);
            }
          }
        }
      }
    }
    assert.deepEqual([...problems], []);
    assert.ok(tokens > 1000, `only ${tokens} token colours found: has Shiki's markup changed?`);
  });
});
