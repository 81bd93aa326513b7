import { describe, expect, it } from 'vitest';
import { gotoMap, launch, screenshotPath, useServer } from './browser';

const baseUrl = useServer();

describe('the safety step before self-care', () => {
  it('holds back self-care after "yes" to a swollen calf, until the person confirms a check', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
      const check = page.getByRole('region', { name: /safety check/i });
      await check.waitFor();
      expect(await check.getByText(/not answered yet/i).isVisible()).toBe(true);
      await check.getByRole('group', { name: /leg .* swollen/i }).getByRole('radio', { name: 'Yes' }).check();

      const alert = page.getByRole('status').filter({ hasText: /see a doctor today/i });
      await alert.waitFor();
      expect(await alert.getByText(/deep vein thrombosis/i).first().isVisible()).toBe(true);
      expect(await page.getByText('self-care on hold').first().isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('desktop-safety-notice.png') });

      await page.getByRole('link', { name: 'Plantaris' }).click();
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      const selfCare = page.getByRole('region', { name: /self-care steps/i });
      expect(await selfCare.getByText(/self-care steps are on hold/i).isVisible()).toBe(true);
      expect(await selfCare.getByRole('listitem').count()).toBe(0);

      await page.getByRole('button', { name: /i have been checked by a clinician/i }).click();
      await expect.poll(() => selfCare.getByRole('listitem').count()).toBeGreaterThan(0);

      // The answers are saved on the device: a reload keeps them.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      expect(await selfCare.getByRole('listitem').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('asks the heart-attack screen first for chest + left inner arm, with an emergency banner on "yes"', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=chest-upper-left,upper-arm-inner-left`);
      const check = page.getByRole('region', { name: /safety check/i });
      const firstScreen = check.getByRole('heading', { level: 3 }).first();
      expect(await firstScreen.textContent()).toMatch(/heart attack/i);
      const firstQuestion = check.getByRole('group').first();
      await firstQuestion.getByRole('radio', { name: 'Yes' }).check();
      const banner = page.getByRole('alert');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/call your local emergency number now/i);
      expect(await banner.textContent()).toMatch(/911/);
      // The banner comes before everything else on the page.
      const bannerFirst = await page.evaluate(() => {
        const alert = document.querySelector('[role="alert"]');
        const header = document.querySelector('header');
        return Boolean(alert && header && alert.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(bannerFirst).toBe(true);
      await page.screenshot({ path: screenshotPath('desktop-emergency-banner.png') });
    } finally {
      await close();
    }
  });

  it('shows the results and self-care normally when every answer is no', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right,calf-upper-right`);
      const check = page.getByRole('region', { name: /safety check/i });
      const noButtons = check.getByRole('radio', { name: 'No' });
      const openCount = await noButtons.count();
      await check.locator('summary').click();
      await expect.poll(() => noButtons.count()).toBeGreaterThan(openCount);
      const count = await noButtons.count();
      for (let i = 0; i < count; i++) await noButtons.nth(i).check();
      expect(await check.getByText(/all \d+ answered/i).isVisible()).toBe(true);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByText('self-care on hold').count()).toBe(0);
      await page.getByRole('link', { name: 'Plantaris' }).click();
      const selfCare = page.getByRole('region', { name: /self-care steps/i });
      await expect.poll(() => selfCare.getByRole('listitem').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
