import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { answerAllNo, answerFirstCheck, gotoMap, launch, screenshotPath, triage, useServer } from './browser';

const baseUrl = useServer();

const region = (name: RegExp) => ({ name, exact: false });

describe('desktop journeys (1440x900)', () => {
  it('clicks back of knee and upper calf, finds plantaris in the top 3, opens it and sees the self-care steps', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      await page.getByRole('button', region(/^back of knee, right$/)).click();
      await page.getByRole('button', region(/^upper calf, right$/)).click();
      await expect.poll(() => page.url()).toContain('?r=knee-back-right,calf-upper-right');
      const results = page.getByRole('region', { name: /muscles that may cause this pain/i }).getByRole('listitem');
      const top3 = await results.evaluateAll((items) => items.slice(0, 3).map((li) => li.querySelector('a')?.textContent ?? ''));
      expect(top3.some((name) => name.startsWith('Plantaris'))).toBe(true);
      await page.screenshot({ path: screenshotPath('desktop-1440x900.png') });

      await page.reload();
      await expect.poll(() => page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: /^upper calf, right$/, pressed: true }).count()).toBe(1);

      // The safety check comes first: answered, it releases the self-care steps.
      await answerFirstCheck(triage(page));
      expect(await answerAllNo(triage(page))).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Plantaris' }).click();
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      const steps = page.getByRole('region', { name: /self-care steps/i }).locator('.steps > li');
      await expect.poll(() => steps.count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: /cautions/i }).isVisible()).toBe(true);
      expect(await page.getByText(/self-care information, not a diagnosis/i).first().isVisible()).toBe(true);
      await page.locator('figure.pattern-map [data-ready="true"] img').first().waitFor();
      await page.screenshot({ path: screenshotPath('desktop-muscle-page.png'), fullPage: true });

      await page.goBack();
      await expect.poll(() => page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).count()).toBe(1);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('steps through selection changes with back and forward', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      await page.getByRole('button', region(/^heel, right$/)).first().click();
      await page.getByRole('button', region(/^shin, left$/)).click();
      await expect.poll(() => new URL(page.url()).search).toBe('?r=heel-right,shin-left');
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe('?r=heel-right');
      expect(await page.getByRole('button', { name: /^shin, left$/, pressed: false }).count()).toBe(1);
      await page.goForward();
      await expect.poll(() => page.getByRole('button', { name: /^shin, left$/, pressed: true }).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('works by keyboard only: one Tab into the map, arrows move, Space marks, Tab leaves', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      const inMap = () => page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
      for (let i = 0; i < 12 && (await inMap()) === null; i++) await page.keyboard.press('Tab');
      const first = await inMap();
      expect(first).not.toBeNull();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const moved = await inMap();
      expect(moved).not.toBeNull();
      expect(moved).not.toBe(first);
      const focusRing = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).stroke : '';
      });
      expect(focusRing).not.toBe('rgb(255, 255, 255)');
      await page.keyboard.press('Space');
      await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe(moved);
      await page.keyboard.press('Tab');
      expect(await inMap()).toBeNull();
    } finally {
      await close();
    }
  });

  it('shows a notice for unknown ids in a link and keeps the valid ones', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right%2Cnot-a-place,<script>`);
      await page.getByText(/does not know/i).waitFor();
      expect(await page.getByText(/not-a-place/).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).count()).toBe(1);
      await page.goto(`${baseUrl()}/muscles/no-such-muscle`);
      await page.getByRole('heading', { name: /no such muscle/i }).waitFor();
      expect(await page.getByRole('link', { name: /go to the body map/i }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('phone journeys (390x844)', () => {
  it('picks a finger through the hand close-up, and every tap target is at least 24 px', async () => {
    const { page, close } = await launch({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      await page.getByRole('button', { name: /^front$/i }).waitFor();
      const mainAxe = await new AxeBuilder({ page }).analyze();
      expect(mainAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: screenshotPath('phone-390x844.png') });

      // Tap the right wrist on the body: too small for a fingertip, so the hand's close-up opens.
      await page.locator('[data-view="front"] [data-region="wrist-front-right"]').tap();
      const dialog = page.getByRole('dialog', { name: /right hand/i });
      await dialog.waitFor();
      const closeAxe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      expect(closeAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await dialog.getByRole('button', { name: /^fingers, palm side, right$/ }).tap();
      expect(await dialog.getByRole('button', { name: /^fingers, palm side, right$/, pressed: true }).count()).toBe(1);
      await page.screenshot({ path: screenshotPath('phone-hand-close-up.png') });
      await dialog.getByRole('button', { name: /done/i }).tap();
      await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('fingers-front-right');
      expect(await page.getByRole('region', { name: /where it hurts/i }).getByText('fingers, palm side, right').isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('phone-390x844-results.png'), fullPage: true });
    } finally {
      await close();
    }
  });
});
