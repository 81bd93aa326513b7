import { describe, expect, it } from 'vitest';
import { answerFirstCheck, gotoMap, launch, screenshotPath, triage, useServer } from './browser';

const baseUrl = useServer();
const PHONE = { width: 390, height: 844 };
const TOUCH = { isMobile: true, hasTouch: true };

describe('how bad, and what kind, on a phone (390x844)', () => {
  it('marks a place, sets 9 and numbness: the order changes, the link carries it, and the triage asks the new questions', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right`);
      await page.locator('[data-view="back"] [data-region="calf-upper-right"]').tap();
      const rowNames = () => page.locator('#results .result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-muscle') ?? ''));
      await expect.poll(async () => (await rowNames()).length).toBeGreaterThan(2);
      const before = (await rowNames()).slice(0, 2);
      expect(before[0]).toBe('gastrocnemius');
      expect(before[1]).not.toBe('gluteus-minimus');

      // The calf's mark is its own history entry; the level and kind set below replace it, not add to it.
      await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('knee-back-right,calf-upper-right');
      const entries = await page.evaluate(() => history.length);

      // Closed by default: one tap on the place opens it.
      const chip = page.getByRole('button', { name: /upper calf, right: how bad, and what kind/i });
      expect(await chip.getAttribute('aria-expanded')).toBe('false');
      await page.screenshot({ path: screenshotPath('phone-how-bad-closed.png') });
      await chip.tap();
      const editor = page.getByRole('group', { name: /how bad, and what kind: upper calf, right/i });
      await editor.waitFor();
      const nine = editor.locator('label', { has: page.getByRole('radio', { name: '9, very severe' }) });
      const box = await nine.boundingBox();
      expect(box && box.height >= 44 && box.width >= 44).toBe(true);
      await nine.tap();
      await editor.locator('label', { hasText: 'Numb' }).first().tap();
      await page.screenshot({ path: screenshotPath('phone-how-bad-open.png') });
      await editor.getByRole('button', { name: 'Done' }).tap();

      // How bad it is changes what comes first: the calf's own main-zone muscles move up.
      await expect.poll(async () => (await rowNames())[1]).toBe('gluteus-minimus');
      // The link carries it, once the page is idle.
      await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('knee-back-right,calf-upper-right:9:numbness');
      expect(await page.evaluate(() => history.length)).toBe(entries);

      // The triage asks the severe-pain question and the nerve questions, without the nerve entry question.
      await answerFirstCheck(triage(page));
      const questions = triage(page).locator('fieldset.triage__question[data-key]');
      const keys = async () => questions.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-key')));
      await questions.first().waitFor();
      const wanted = ['severe-pain/sudden-or-unbearable', 'nerve-compression/weakness-foot-drop'];
      // Five at a time: answering what is shown brings the rest.
      const shownAll = async () => { const ks = await keys(); return wanted.every((k) => ks.includes(k)); };
      for (let round = 0; round < 8 && !(await shownAll()); round++) {
        const open = triage(page).locator('fieldset.triage__question[data-key]:not(:has(input:checked))');
        const n = await open.count();
        for (let i = 0; i < n; i++) await open.first().getByRole('radio', { name: 'No', exact: true }).click();
      }
      expect(await keys()).toEqual(expect.arrayContaining(wanted));
      expect(await keys()).not.toContain('gate/nerve');
      // Each says why it is asked, in plain words (not only "Checks for: …").
      const legend = (key: string) => triage(page).locator(`fieldset[data-key="${key}"] legend`);
      await expect.poll(() => legend('severe-pain/sudden-or-unbearable').textContent()).toContain('Asked because you rated the pain 9 or more: upper calf, right.');
      await expect.poll(() => legend('nerve-compression/weakness-foot-drop').textContent()).toContain('Asked because you marked numbness or tingling: upper calf, right.');
      await page.screenshot({ path: screenshotPath('phone-how-bad-triage.png'), fullPage: false });
    } finally {
      await close();
    }
  });

  it('keeps a place from a link with a bad level, at level 5, and says so in plain words', async () => {
    const { page, close } = await launch(PHONE, TOUCH);
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right:12:cramping`);
      await page.getByRole('status').filter({ hasText: /pain level “12” for back of knee, right was not understood, so the place is kept at level 5/i }).waitFor();
      expect(await page.getByRole('button', { name: 'Back of knee, right: how bad, and what kind (cramping)' }).count()).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('how bad, and what kind, on a desktop (1440x900)', () => {
  it('opens inline under the marked places without pushing the results out of the first screen', async () => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    try {
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right:7:cramping,calf-upper-right`);
      await page.getByRole('button', { name: /back of knee, right: how bad, and what kind \(7\/10, cramping\)/i }).click();
      await page.getByRole('group', { name: /how bad, and what kind: back of knee, right/i }).waitFor();
      await page.screenshot({ path: screenshotPath('desktop-how-bad-open.png') });
    } finally {
      await close();
    }
  });
});
