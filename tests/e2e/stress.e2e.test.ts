// 2,000 random clicks on the map, as fast as the browser takes them: no console error and no page
// error (the timing marks, the deferred URL writes and the row pictures must never throw), and the
// page still agrees with itself afterwards.
import { describe, expect, it } from 'vitest';
import { gotoMap, launch, prng, useServer } from './browser';

const baseUrl = useServer();

describe('many fast clicks', () => {
  it('2,000 random clicks raise no console error', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => { errors.push(e.message); });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      const points = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGraphicsElement>('[data-region][role="button"]')].flatMap((el) => {
          const ctm = el.ownerSVGElement?.getScreenCTM();
          if (!ctm) return [];
          const p = new DOMPoint(Number(el.dataset.cx), Number(el.dataset.cy)).matrixTransform(ctm);
          return document.elementFromPoint(p.x, p.y)?.closest('[data-region]') ? [{ x: p.x, y: p.y }] : [];
        }),
      );
      expect(points.length).toBeGreaterThan(50);
      const random = prng(7);
      for (let i = 0; i < 2000; i++) {
        const p = points[Math.floor(random() * points.length)] ?? { x: 0, y: 0 };
        await page.mouse.click(p.x, p.y);
      }
      await page.waitForTimeout(1000); // the deferred work (URL, pictures) runs
      expect(errors).toEqual([]);
      // The list of marked places and the map agree.
      const listed = await page.getByRole('region', { name: /where it hurts/i }).getByRole('listitem').count();
      // (a place drawn in two views, such as the heel on the back and the soles, is pressed in both)
      const pressed = await page.evaluate(() => new Set([...document.querySelectorAll('[data-region][aria-pressed="true"]')].map((el) => el.getAttribute('data-region'))).size);
      expect(listed).toBe(pressed);
    } finally {
      await close();
    }
  }, 240_000);
});
