import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

export const screenshotDir = resolve(import.meta.dirname, 'screenshots');

const repoRoot = resolve(import.meta.dirname, '../..');

/** The production server, started as `npm start` starts it. */
export interface RunningServer {
  /** The base URL, without the trailing slash. */
  url: string;
  child: ChildProcess;
  /** What it printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends the signal (SIGTERM unless told; only once, as a second one means "stop now") and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts `node scripts/serve.mjs` on a free port (PORT=0), the server `npm start` runs after `vite
 * build`, and resolves once it prints its address.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: repoRoot, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => { done(code); }));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => { fail(new Error(`the server printed no address within 15 s:\n${output}`)); }, 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /MyoMap is running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${String(code)}) before printing its address:\n${output}`));
    });
  });
  let signalled = false;
  return {
    url,
    child,
    output: () => output,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (!signalled && child.exitCode === null && child.signalCode === null) child.kill(signal);
      signalled = true;
      return exited;
    },
  };
}

/** Launches Debian's Chromium headless with a fresh profile. */
export async function launch(viewport: { width: number; height: number }, options: { isMobile?: boolean; hasTouch?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (npm test does this).');
  const profile = mkdtempSync(join(tmpdir(), 'myomap-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    ...options,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page that shows the body map and waits until every view on it is drawn (the back and soles load lazily). */
export async function gotoMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[role="group"][aria-label^="Body map"][aria-busy="false"]').waitFor();
}

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, name);
}

/** Starts the production server for a test file (beforeAll/afterAll); returns the base URL once started. */
export function useServer(): () => string {
  let server: RunningServer | undefined;
  let base = '';
  beforeAll(async () => {
    server = await startServer();
    base = server.url;
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => base;
}

/** The home page's safety check. */
export const triage = (page: Page) => page.getByRole('region', { name: /safety check first/i });

/** The everyone-first screen: "None of these" and 16 or older. */
export async function answerFirstCheck(scope: Locator): Promise<void> {
  await scope.getByRole('button', { name: 'None of these' }).click();
  // The screen folds into one line once both are answered, so the radio goes away: click, not check.
  await scope.getByRole('group', { name: /16 or older/i }).getByRole('radio', { name: 'Yes', exact: true }).click();
  await scope.getByText(/none of the urgent signs apply/i).waitFor();
}

/** Answers "No" to every triage question shown, page by page, until none is left unanswered. */
export async function answerAllNo(scope: Locator): Promise<number> {
  let answered = 0;
  for (;;) {
    const open = scope.locator('fieldset.triage__question[data-key]:not(:has(input:checked))');
    if ((await open.count()) === 0) return answered;
    // click, not check: the last answer can release the hold, and the questions fold away.
    await open.first().getByRole('radio', { name: 'No', exact: true }).click();
    answered++;
    if (answered > 60) throw new Error('the triage did not end');
  }
}

/** Whether an element lies inside the viewport without scrolling. */
export async function inViewport(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return Boolean(box && size && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width);
}

/** A small seeded PRNG (mulberry32), so every run clicks the same places (the benchmark, the stress test). */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
