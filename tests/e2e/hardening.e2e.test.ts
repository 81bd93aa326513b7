import { describe, expect, it } from 'vitest';
import { answerFirstCheck, gotoMap, launch, triage, useServer } from './browser';

const baseUrl = useServer();

describe('privacy: nothing leaves the device', () => {
  it('makes no request to any other origin over a full journey, and breaks no CSP rule', async () => {
    const { context, page, close } = await launch({ width: 1440, height: 900 });
    const origin = new URL(baseUrl()).origin;
    const elsewhere: string[] = [];
    const cspErrors: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) cspErrors.push(message.text());
    });
    try {
      await gotoMap(page, `${baseUrl()}/`);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/default-src 'self'/);
      await page.getByRole('button', { name: /^back of knee, right$/ }).click();
      await page.getByRole('button', { name: /^upper calf, right$/ }).click();
      await answerFirstCheck(triage(page));
      await triage(page).getByRole('radio', { name: 'No', exact: true }).first().check();
      await page.getByRole('button', { name: /close-up of the right hand/i }).click();
      await page.getByRole('dialog').getByRole('button', { name: /^palm, right$/ }).click();
      await page.getByRole('button', { name: 'Done' }).click();
      await page.locator('.results__list').getByRole('link', { name: 'Plantaris' }).click(); // (a "Together" line may name it too)
      await page.getByRole('heading', { level: 1, name: /plantaris/i }).waitFor();
      await page.getByRole('link', { name: 'Muscles A–Z' }).click();
      await page.getByRole('searchbox').fill('soleus');
      await page.getByRole('link', { name: 'Soleus' }).click();
      await page.getByRole('heading', { level: 1, name: /soleus/i }).waitFor();
      await page.goBack();
      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      expect(cspErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('bad input never breaks it', () => {
  it.each([
    ['unknown ids', '?r=knee-back-right,nowhere-left', /nowhere-left/],
    ['repeated ids', '?r=knee-back-right,knee-back-right,knee-back-right', null],
    ['script-like text', `?r=knee-back-right,${encodeURIComponent('<img src=x onerror=alert(1)>')}`, /<img src=x/],
    ['broken percent-encoding', '?r=knee-back-right%2C%E0%A4%A,%ZZ', /does not know/],
    // 1,500 ids, about 12 kB of URL (servers, Vite's preview included, refuse request headers over 16 kB).
    ['thousands of ids', `?r=${Array.from({ length: 1500 }, (_, i) => (i % 4 ? `x${String(i)}` : 'knee-back-right')).join(',')}`, /and \d+ more/],
    ['thousands of empty parts before the place', `?r=${','.repeat(5000)}knee-back-right`, null],
    ['the place in a second r', '?r=nowhere-left&r=knee-back-right', /“nowhere-left”/],
    ['a direction override and a fake message', `?r=knee-back-right,${encodeURIComponent('\u202Ex”. EMERGENCY: call 555-0100 now')}`, /“\uFFFDx'\. EMERGENCY: call 555-0100 now”\./],
    ['more parts than one link carries', `?r=knee-back-right,${Array.from({ length: 450 }, (_, i) => `x${String(i)}`).join(',')}`, /This link had 51 more, which were not read/],
  ])('copes with %s in a link: a notice, and the valid part still works', async (_what, query, notice) => {
    const { page, close } = await launch({ width: 1440, height: 900 });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(`${baseUrl()}/${query}`);
      await page.getByRole('button', { name: /^back of knee, right$/, pressed: true }).waitFor();
      expect(await page.getByRole('region', { name: /where it hurts/i }).getByRole('listitem').count()).toBe(1);
      if (notice) {
        await page.getByRole('status').filter({ hasText: notice }).first().waitFor();
        expect(await page.getByRole('status').filter({ hasText: notice }).count()).toBe(1);
      }
      await page.getByRole('link', { name: 'Plantaris' }).first().waitFor();
      expect(await page.getByRole('link', { name: 'Plantaris' }).count()).toBe(1);
      await page.getByRole('button', { name: /^heel, right$/ }).first().click();
      await expect.poll(() => new URL(page.url()).search).toBe('?r=knee-back-right,heel-right');
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a not-found page for a muscle that does not exist, with a way back', async () => {
    const { page, close } = await launch({ width: 390, height: 844 });
    try {
      await page.goto(`${baseUrl()}/muscles/%3Cscript%3E`);
      await page.getByRole('heading', { name: /no such muscle/i }).waitFor();
      await page.getByRole('link', { name: /go to the body map/i }).click();
      await page.getByRole('heading', { name: /where does it hurt/i }).waitFor();
    } finally {
      await close();
    }
  });

  it.each([
    ['invalid JSON', '{"version":1,"answers":{'],
    ['an unknown version', '{"version":7,"answers":{"dvt/leg-swollen-warm":"yes"}}'],
    ['wrong types', '{"version":1,"answers":{"dvt/leg-swollen-warm":"no","dvt/clot-risk":12},"confirmed":"x"}'],
  ])('starts from %s in saved state, keeps the valid part and a backup, and says so', async (_what, raw) => {
    const { context, page, close } = await launch({ width: 1440, height: 900 });
    try {
      await context.addInitScript((value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('myomap:safety', value);
          sessionStorage.setItem('seeded', '1');
        }
      }, raw);
      await gotoMap(page, `${baseUrl()}/?r=knee-back-right`);
      const notice = page.getByRole('status').filter({ hasText: /could not be read/i });
      await notice.waitFor();
      const backups = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('myomap:safety:backup:')).map((k) => localStorage.getItem(k)),
      );
      expect(backups).toEqual([raw]);
      expect(await page.getByRole('link', { name: 'Plantaris' }).count()).toBe(1);
      if (raw.includes('"no"')) {
        await answerFirstCheck(triage(page));
        const swollen = triage(page).locator('fieldset[data-key="dvt/leg-swollen-warm"]');
        await swollen.waitFor();
        // Kept, but a version 1 answer has no date: it is asked again (an answer of unknown age fails closed).
        expect(await swollen.getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(false);
        await triage(page).getByText(/answered more than a day ago/).waitFor();
        const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('myomap:safety') ?? 'null') as { answers: Record<string, { value: string }> });
        expect(saved.answers['dvt/leg-swollen-warm']?.value).toBe('no');
      }
    } finally {
      await close();
    }
  });
});
