import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { answerAllNo, answerFirstCheck, gotoMap, inViewport, launch, screenshotPath, triage, useServer } from './browser';

const baseUrl = useServer();
const PHONE = { width: 390, height: 844 };
const TOUCH = { isMobile: true, hasTouch: true };

/** Counts a journey the way docs/benchmarks.md reports it: taps, safety answers apart, screens scrolled. */
function counter(page: Page) {
  let taps = 0;
  let scrolled = 0;
  let lastY = 0;
  const sample = async () => {
    const y = await page.evaluate(() => window.scrollY);
    scrolled += Math.abs(y - lastY);
    lastY = y;
  };
  return {
    tap: async (run: () => Promise<void>) => {
      await sample();
      await run();
      taps++;
      await sample();
    },
    sample,
    result: (answers: number) => ({ taps, answers, screensScrolled: Math.round((scrolled / PHONE.height) * 10) / 10 }),
  };
}

const counts: Record<string, { taps: number; answers: number; screensScrolled: number }> = {};

describe('from a tap to what to do, on a phone (390x844)', () => {
  it('reaches the first self-care step for back of knee + upper calf (right) in 5 taps plus the safety answers', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/`);
      const c = counter(page);
      await c.tap(() => page.getByRole('button', { name: 'Back', exact: true }).tap());
      await gotoReady(page);
      await c.tap(() => page.locator('[data-view="back"] [data-region="knee-back-right"]').tap());
      await c.tap(() => page.locator('[data-view="back"] [data-region="calf-upper-right"]').tap());
      await c.tap(() => page.getByRole('button', { name: 'See results' }).tap());
      await answerFirstCheck(triage(page));
      const answers = 2 + (await answerAllNo(triage(page)));
      await c.sample();
      await c.tap(() => page.getByRole('link', { name: /^Plantaris/ }).tap());
      const now = page.getByRole('region', { name: /what to do now/i });
      const step = now.getByRole('heading', { name: /^step 1:/i });
      await step.waitFor();
      expect(await inViewport(now.getByRole('heading', { name: /what to do now/i }), page)).toBe(true);
      expect(await inViewport(step, page)).toBe(true);
      await page.screenshot({ path: screenshotPath('phone-muscle-what-to-do.png') });
      const knee = c.result(answers);
      counts['back of knee + upper calf (right)'] = knee;
      expect(knee.taps).toBeLessThanOrEqual(5);
    } finally {
      await close();
    }
  });

  it('reaches the first self-care step for the right heel in 4 taps plus the safety answers', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/`);
      const c = counter(page);
      await c.tap(() => page.getByRole('button', { name: 'Back', exact: true }).tap());
      await gotoReady(page);
      await c.tap(() => page.locator('[data-view="back"] [data-region="heel-right"]').tap());
      // The results bar says how many places and muscles, and takes the person there in one tap.
      const bar = page.getByRole('region', { name: 'Results' });
      expect(await bar.textContent()).toMatch(/1 place · \d+ muscles?See results/);
      await page.screenshot({ path: screenshotPath('phone-results-bar.png') });
      await c.tap(() => bar.getByRole('button', { name: 'See results' }).tap());
      await answerFirstCheck(triage(page));
      const answers = 2 + (await answerAllNo(triage(page)));
      await c.sample();
      const first = page.locator('#results .result').first();
      expect(await first.textContent()).toMatch(/Trigger points in this .+ send pain to the heel/);
      await page.screenshot({ path: screenshotPath('phone-results-rows.png') });
      await c.tap(() => first.getByRole('link').first().tap());
      await page.getByRole('region', { name: /what to do now/i }).getByRole('heading', { name: /^step 1:/i }).waitFor();
      const heel = c.result(answers);
      counts['heel (right)'] = heel;
      expect(heel.taps).toBeLessThanOrEqual(4);
      writeFileSync(screenshotPath('tap-counts.json'), `${JSON.stringify(counts, null, 2)}\n`);
    } finally {
      await close();
    }
  });

  it('opens a shared link on the view that shows the first mark, and keeps the marks from a muscle page', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
      expect(await page.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('link', { name: /^Plantaris/ }).first().tap();
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      expect(await page.title()).toMatch(/^Plantaris: .+ pain · MyoMap$/);
      await page.getByRole('link', { name: 'Back to results' }).tap();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
      await page.getByRole('link', { name: /^Plantaris/ }).first().tap();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Body map' }).tap();
      await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('knee-back-right,calf-upper-right');
    } finally {
      await close();
    }
  });

  it('pins a result\'s pattern on the map with "Show on my map", and hides it with Esc', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
      await page.locator('#results .result').first().getByRole('button', { name: 'Show on my map' }).tap();
      const primary = page.locator('.body-map [data-region][data-pattern="primary"]');
      await expect.poll(() => primary.count()).toBeGreaterThan(0);
      await page.getByRole('status').filter({ hasText: /on your map/ }).waitFor();
      await page.waitForTimeout(400); // the smooth scroll to the map
      await page.screenshot({ path: screenshotPath('phone-pattern-overlay.png') });
      await page.keyboard.press('Escape');
      await expect.poll(() => primary.count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('the pattern on your own map, on a desktop (1440x900)', () => {
  it('marks the first result\'s main pain area on the map while it is hovered, and restores the map after', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
      const first = page.locator('#results .result').first();
      await first.scrollIntoViewIfNeeded();
      await first.hover();
      const primary = page.locator('.body-map [data-region][data-pattern="primary"]');
      await expect.poll(() => primary.count()).toBeGreaterThan(0);
      expect(await page.locator('.body-map .tp-marker').count()).toBeGreaterThan(0);
      await page.mouse.move(5, 5);
      await expect.poll(() => primary.count()).toBe(0);
      // Pinned, it stays while the person looks at the map.
      await first.getByRole('button', { name: 'Show on my map' }).click();
      await expect.poll(() => primary.count()).toBeGreaterThan(0);
      await page.waitForTimeout(600); // the smooth scroll to the pattern
      await page.screenshot({ path: screenshotPath('desktop-pattern-overlay.png') });
    } finally {
      await close();
    }
  });
});

/** Waits until every view shown is drawn (the back loads on first use). */
async function gotoReady(page: Page): Promise<void> {
  await page.locator('[role="group"][aria-label^="Body map"][aria-busy="false"]').waitFor();
}
