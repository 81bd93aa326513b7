import { describe, expect, it } from 'vitest';
import { answerAllNo, answerFirstCheck, gotoMap, inViewport, launch, screenshotPath, triage, useServer } from './browser';

const baseUrl = useServer();
const PHONE = { width: 390, height: 844 };
const TOUCH = { isMobile: true, hasTouch: true };
const KNEE_CALF = '/?r=knee-back-right,calf-upper-right';

describe('safety on a phone (390x844)', () => {
  it('puts the first question on the first screen of the results, and a call button in view on an emergency answer', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}${KNEE_CALF}`);
      await page.getByRole('button', { name: 'See results' }).tap();
      const first = triage(page).getByRole('group', { name: /do any of these apply/i });
      await first.waitFor();
      await expect.poll(() => inViewport(first.getByRole('button').first(), page)).toBe(true);
      await page.screenshot({ path: screenshotPath('phone-first-check.png') });

      await answerFirstCheck(triage(page));
      const breathless = triage(page).getByRole('group', { name: /breath/i }).first();
      await breathless.waitFor();
      await expect.poll(() => inViewport(triage(page).locator('fieldset[data-key]').first(), page)).toBe(true);
      await page.screenshot({ path: screenshotPath('phone-triage.png') });

      await breathless.getByRole('radio', { name: 'Yes', exact: true }).check();
      const call = breathless.locator('a[href^="tel:"]');
      await call.waitFor();
      await expect.poll(() => inViewport(call, page)).toBe(true);
      expect(await call.getAttribute('href')).toMatch(/^tel:\d{2,4}$/);
      // Focus stays on the answer; one live region says it once.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('yes');
      await expect.poll(() => page.locator('[aria-live="assertive"]').allTextContents()).toEqual([expect.stringMatching(/call \d+ now/i)]);
      // The banner at the top stays as well.
      await expect.poll(() => page.locator('.safety-alert--emergency').count()).toBe(1);
      // The bar at the bottom offers the call, not "See results".
      const bar = page.getByRole('region', { name: 'Emergency' });
      expect(await bar.locator('a[href^="tel:"]').getAttribute('href')).toBe(await call.getAttribute('href'));
      expect(await page.getByRole('button', { name: 'See results' }).count()).toBe(0);
      await page.screenshot({ path: screenshotPath('phone-emergency-outcome.png') });

      // A muscle page says the same: an emergency, not "a clinician should check you first".
      const home = page.url();
      await page.goto(`${baseUrl()}/muscles/plantaris${new URL(home).search}`);
      await page.getByText(/An answer you gave needs emergency help: call .+ now\./).first().waitFor();
      await page.goto(home);
      await breathless.waitFor();

      // An emergency is not released in one tap.
      await breathless.getByText(/already examined by a clinician/i).click();
      const show = breathless.getByRole('button', { name: /show the self-care steps/i });
      expect(await show.isDisabled()).toBe(true);
      await breathless.getByRole('checkbox', { name: /examined me for this since these symptoms began/i }).check();
      expect(await show.isDisabled()).toBe(false);
    } finally {
      await close();
    }
  });

  it('holds self-care with "Try again" when the safety questions fail to load, and "Try again" really retries', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      // A stale deploy answers a missing file with the HTML page.
      let failing = true;
      await page.route('**/assets/safety-*.json', async (route) => {
        if (failing) await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>MyoMap</title>' });
        else await route.continue();
      });
      await page.goto(`${baseUrl()}/muscles/plantaris?side=right&r=knee-back-right,calf-upper-right`);
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      const selfCare = page.getByRole('region', { name: /self-care steps/i });
      await page.getByRole('region', { name: /what to do now/i }).getByText(/safety questions could not load/i).waitFor();
      expect(await selfCare.locator('.steps li').count()).toBe(0);

      await page.goto(`${baseUrl()}${KNEE_CALF}`);
      await triage(page).getByText(/safety questions could not load/i).waitFor();
      expect(await page.getByText('self-care on hold').count()).toBeGreaterThan(0);

      failing = false;
      await triage(page).getByRole('button', { name: 'Try again' }).tap();
      await triage(page).getByRole('group', { name: /do any of these apply/i }).waitFor();
    } finally {
      await close();
    }
  });

  it('keeps the answers of two open tabs, and "Clear all" in one clears both', async () => {
    const { context, page, close } = await launch(PHONE, TOUCH);
    try {
      const other = await context.newPage();
      for (const p of [page, other]) {
        await gotoMap(p, `${baseUrl()}${KNEE_CALF}`);
        await answerFirstCheck(triage(p));
      }
      const questions = triage(page).locator('fieldset[data-key]');
      await questions.first().waitFor();
      const keyA = await questions.nth(0).getAttribute('data-key');
      const keyB = await questions.nth(1).getAttribute('data-key');
      await triage(page).locator(`fieldset[data-key="${keyA ?? ''}"]`).getByRole('radio', { name: 'Yes', exact: true }).check();
      await triage(other).locator(`fieldset[data-key="${keyB ?? ''}"]`).getByRole('radio', { name: 'No', exact: true }).check();

      for (const p of [page, other]) {
        await p.reload();
        // The everyone-first answers are kept for the visit (this tab's session).
        await triage(p).getByText(/none of the urgent signs apply/i).waitFor();
        const a = triage(p).locator(`fieldset[data-key="${keyA ?? ''}"]`);
        const b = triage(p).locator(`fieldset[data-key="${keyB ?? ''}"]`);
        await a.waitFor();
        expect(await a.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
        expect(await b.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
      }

      await page.getByRole('button', { name: 'Clear all' }).tap();
      await other.bringToFront();
      await expect.poll(() => triage(other).locator('fieldset[data-key] input:checked').count()).toBe(0);
      await other.close();
    } finally {
      await close();
    }
  });

  it('says so when answers can\'t be saved (full storage), and still counts them for this visit', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await gotoMap(page, `${baseUrl()}${KNEE_CALF}`);
      await answerFirstCheck(triage(page));
      await page.getByText(/could not be saved/i).first().waitFor();
      const answered = await answerAllNo(triage(page));
      expect(answered).toBeGreaterThan(0);
      expect(await page.getByText('self-care on hold').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('asks a muscle page\'s own questions before its steps when opened from the A–Z list', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await page.goto(`${baseUrl()}/muscles`);
      await page.getByRole('link', { name: 'Plantaris' }).tap();
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      const now = page.getByRole('region', { name: /what to do now/i });
      const selfCare = page.getByRole('region', { name: /self-care steps/i });
      await now.getByRole('group', { name: /do any of these apply/i }).waitFor();
      expect(await selfCare.locator('.steps li').count()).toBe(0);
      await answerFirstCheck(now);
      await now.locator('fieldset[data-key]').first().waitFor();
      expect(await selfCare.locator('.steps li').count()).toBe(0);
      await answerAllNo(now);
      await expect.poll(() => selfCare.locator('.steps li').count()).toBeGreaterThan(0);
      // Once answered, the first step leads the page.
      await now.getByRole('heading', { name: /^step 1:/i }).waitFor();
    } finally {
      await close();
    }
  });
});

describe('safety on a desktop (1440x900)', () => {
  it('asks the triage above the ranked muscles, and shows self-care once everything is answered no', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}${KNEE_CALF}`);
      const above = await page.evaluate(() => {
        const t = document.getElementById('triage');
        const r = document.getElementById('results-title');
        return Boolean(t && r && t.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(above).toBe(true);
      await page.screenshot({ path: screenshotPath('desktop-first-check.png') });
      await answerFirstCheck(triage(page));
      await triage(page).locator('fieldset[data-key]').first().waitFor();
      await page.screenshot({ path: screenshotPath('desktop-triage.png') });
      await answerAllNo(triage(page));
      expect(await triage(page).getByText(/^all answered\.$/i).isVisible()).toBe(true);
      expect(await page.getByText('self-care on hold').count()).toBe(0);
      await page.getByRole('link', { name: 'Plantaris' }).click();
      const selfCare = page.getByRole('region', { name: /self-care steps/i });
      await expect.poll(() => selfCare.locator('.steps li').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('answers an emergency where it was given, with a call button, for chest + left inner arm', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=chest-upper-left,upper-arm-inner-left`);
      await answerFirstCheck(triage(page));
      const firstQuestion = triage(page).locator('fieldset[data-key]').first();
      expect(await firstQuestion.getAttribute('data-key')).toMatch(/^heart-attack\//);
      await firstQuestion.getByRole('radio', { name: 'Yes', exact: true }).check();
      const call = firstQuestion.locator('a[href^="tel:"]');
      await call.waitFor();
      await expect.poll(() => inViewport(call, page)).toBe(true);
      await page.screenshot({ path: screenshotPath('desktop-emergency-outcome.png') });
    } finally {
      await close();
    }
  });

  it('answers thoughts of self-harm with the country\'s crisis line as one clean call, and the emergency number one tap away', async () => {
    const { page, close } = await launch({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    try {
      await gotoMap(page, `${baseUrl()}/?r=calf-upper-right`);
      await triage(page).getByRole('combobox').first().selectOption('GB');
      await triage(page).getByRole('button', { name: /harming yourself/i }).click();
      const outcome = triage(page).locator('.outcome--crisis');
      const crisis = outcome.getByRole('link', { name: 'Call 116 123' });
      expect(await crisis.getAttribute('href')).toBe('tel:116123');
      await expect.poll(() => inViewport(crisis, page)).toBe(true);
      await outcome.getByText(/Call Samaritans \(free, 24 hours\) on 116 123/).waitFor();
      expect(await outcome.getByRole('link', { name: 'Call 999 (emergency)' }).getAttribute('href')).toBe('tel:999');
      await page.screenshot({ path: screenshotPath('phone-crisis-outcome.png') });
    } finally {
      await close();
    }
  });

  it('asks again an answer given more than a day ago, and says why', async () => {
    const { context, page, close } = await launch({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
    try {
      await context.addInitScript(() => {
        if (localStorage.getItem('myomap:safety')) return;
        const at = Date.now() - 2 * 86_400_000;
        localStorage.setItem('myomap:safety', JSON.stringify({ version: 2, answers: { 'dvt/breathless-chest-pain': { value: 'no', at } }, confirmed: {} }));
      });
      await gotoMap(page, `${baseUrl()}/?r=calf-upper-right`);
      await answerFirstCheck(triage(page));
      await triage(page).getByText(/answered more than a day ago\. Things can change, so they are asked again/).waitFor();
      const question = triage(page).locator('fieldset[data-key="dvt/breathless-chest-pain"]');
      expect(await question.locator('input:checked').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
