// Larger text: a 24 px root font size on a phone (a browser setting; everything is sized in rem from it)
// and 200% browser zoom on a 1440x900 desktop (which lays out 720x450 CSS px, the phone layout). The header, the results bar and the results stay
// usable: nothing runs off the side, the bar's button is inside the screen, and small labels are ≥ 14 px.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoMap, inViewport, launch, screenshotPath, useServer } from './browser';

const baseUrl = useServer();

async function checkUsable(page: Page, name: string) {
  await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
  const width = await page.evaluate(() => window.innerWidth);
  const overflow = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((el) => `${el.tagName}.${el.className}`));
  expect(overflow).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling to reach the header or the results.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const link of ['Body map', 'Muscles A–Z']) expect(await inViewport(nav.getByRole('link', { name: link }), page)).toBe(true);
  const go = page.getByRole('button', { name: /see results/i });
  expect(await inViewport(go, page)).toBe(true);
  await page.screenshot({ path: screenshotPath(`${name}-map.png`) });
  await go.click();
  const first = page.locator('.result').first();
  await first.scrollIntoViewIfNeeded();
  await first.getByRole('link').waitFor();
  const box = await first.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  // Badges and other small labels: at least 14 px.
  const smallest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('.badge, .legend, .muted, figcaption')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: screenshotPath(`${name}-results.png`) });
}

describe('larger text', () => {
  it('stays usable on a phone at a 24 px root font size', async () => {
    const { context, page, close } = await launch({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    try {
      // A 24 px root font size, as a person's browser setting gives it (the style is added from outside
      // the page, so the page's own CSP is bypassed for this test only).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setBypassCSP', { enabled: true });
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = ':root { font-size: 24px !important; }';
          document.head.append(style);
        });
      });
      await checkUsable(page, 'phone-font-24');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    } finally {
      await close();
    }
  });

  it('stays usable at 200% zoom on a desktop', async () => {
    const { page, close } = await launch({ width: 720, height: 450 });
    try {
      await checkUsable(page, 'desktop-zoom-200');
    } finally {
      await close();
    }
  });
});
