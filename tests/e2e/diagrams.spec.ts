/**
 * The concept diagrams on a phone: the SVG is an image named by its <title> and <desc> in the page's
 * language, the page does not scroll sideways at 390 px, and the text version lists the diagram's steps.
 * axe checks a page with a diagram in both schemes in components.spec.ts.
 */
import { expect, test } from '@playwright/test';

const cases = [
  { lang: 'zh', title: '事件循环的一轮迭代', textVersion: '文字版' },
  { lang: 'en', title: 'One iteration of the event loop', textVersion: 'Text version' },
] as const;

test.use({ viewport: { width: 390, height: 844 } });

for (const { lang, title, textVersion } of cases) {
  test(`the event-loop diagram on a 390 px phone (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/concepts/event-loop/`);
    const figure = page.getByRole('figure', { name: title });
    const image = figure.getByRole('img', { name: new RegExp(`^${title} .+`) });
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    const box = await image.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await figure.getByText(textVersion).click();
    await expect(figure.getByRole('listitem')).toHaveCount(6);
  });
}
