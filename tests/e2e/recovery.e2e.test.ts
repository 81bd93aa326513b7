import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoMap, launch, screenshotPath, useServer } from './browser';

const baseUrl = useServer();

const MARKS = 'r=knee-back-right,calf-upper-right';
const PHONE = { width: 390, height: 844 };

/** Counts the full page loads (the first one and every reload). */
function countPageLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++;
  });
  return () => loads;
}

const alert = (page: Page) => page.getByRole('alert').filter({ hasText: /something went wrong/i });

describe('recovering from an error on a screen', () => {
  it('clears the error screen when a header link is followed', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // Soleus's page data arrives with the wrong shape: its page fails to render (a bug, not a failed load).
      await page.route('**/assets/soleus-*.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'export default { id: "soleus" }; export const namedAsSimilarBy = [];' }),
      );
      await page.goto(`${baseUrl()}/muscles/soleus?r=heel-right`);
      await alert(page).getByText(/could not show this page/i).waitFor();
      await page.getByRole('link', { name: 'Body map' }).click();
      await page.getByRole('heading', { name: /where does it hurt/i }).waitFor();
      await page.getByRole('button', { name: /^heel, right$/, pressed: true }).first().waitFor();
      expect(await alert(page).count()).toBe(0);

      // Back on the broken page, the error shows again; the other header link recovers too.
      await page.goBack();
      await alert(page).getByText(/could not show this page/i).waitFor();
      await page.getByRole('link', { name: 'Muscles A–Z' }).click();
      await page.getByRole('heading', { level: 1, name: 'All muscles' }).waitFor();
      expect(await alert(page).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a screen whose code fails to load (a new version was deployed meanwhile)', () => {
  it('reloads once, then shows the recovery screen; the marks survive, and "Start over" keeps them', async () => {
    const { page, close } = await launch(PHONE, { isMobile: true, hasTouch: true });
    const loads = countPageLoads(page);
    let chunkRequests = 0;
    try {
      await gotoMap(page, `${baseUrl()}/?${MARKS}`);
      await page.route('**/assets/MuscleRoute-*.js', (route) => {
        chunkRequests++;
        return route.abort('failed');
      });
      const link = page.getByRole('link', { name: 'Plantaris' });
      const href = await link.getAttribute('href');
      expect(href).toContain(MARKS);
      await link.click();

      await alert(page).getByText(/part of myomap did not load/i).waitFor();
      expect(chunkRequests).toBe(2);
      expect(loads()).toBe(2);
      const url = new URL(page.url());
      expect(`${url.pathname}${url.search}`).toBe(`${href ?? ''}&reloaded=1`);
      expect(await page.getByText(/your marks and your saved safety answers are kept/i).isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('phone-chunk-recovery.png') });

      // No third try on its own: the page stays on the recovery screen.
      await page.waitForTimeout(500);
      expect(loads()).toBe(2);

      await page.getByRole('button', { name: 'Start over' }).tap();
      await page.getByRole('heading', { name: /where does it hurt/i }).waitFor();
      expect(new URL(page.url()).search).toBe(`?${MARKS}`);
      await page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).waitFor();
      expect(await page.getByRole('button', { name: /^upper calf, right$/, pressed: true }).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('loads the screen after the one reload when the file is back, and the flag leaves the address', async () => {
    const { page, close } = await launch(PHONE, { isMobile: true, hasTouch: true });
    const loads = countPageLoads(page);
    let chunkRequests = 0;
    try {
      await gotoMap(page, `${baseUrl()}/?${MARKS}`);
      await page.route('**/assets/MuscleRoute-*.js', (route) => {
        chunkRequests++;
        return chunkRequests === 1 ? route.abort('failed') : route.continue();
      });
      const link = page.getByRole('link', { name: 'Plantaris' });
      const href = await link.getAttribute('href');
      await link.click();

      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      expect(chunkRequests).toBe(2);
      expect(loads()).toBe(2);
      await expect.poll(() => { const url = new URL(page.url()); return `${url.pathname}${url.search}`; }).toBe(href);
      expect(await alert(page).count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('recovers through the header after the second failure, without reloading again', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    const loads = countPageLoads(page);
    try {
      await page.route('**/assets/MuscleRoute-*.js', (route) => route.abort('failed'));
      await page.goto(`${baseUrl()}/muscles/plantaris?side=right&${MARKS}`);
      await alert(page).getByText(/part of myomap did not load/i).waitFor();
      expect(loads()).toBe(2);
      await page.getByRole('link', { name: 'Body map' }).click();
      await page.getByRole('heading', { name: /where does it hurt/i }).waitFor();
      await page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).waitFor();
      expect(new URL(page.url()).search).toBe(`?${MARKS}`);
      expect(loads()).toBe(2);
    } finally {
      await close();
    }
  });
});
