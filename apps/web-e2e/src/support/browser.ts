import type * as Axe from 'axe-core';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { LOG_DIR, WORKSPACE_ROOT } from './stack';

/**
 * `npm run screenshots` (UPDATE_SCREENSHOTS=1) refreshes the README's pictures in docs/screenshots;
 * a plain test run writes them to tmp/web-e2e/screenshots, so `npm test` leaves the tracked files alone.
 */
export const SCREENSHOT_DIR =
  process.env['UPDATE_SCREENSHOTS'] === '1' ? resolve(WORKSPACE_ROOT, 'docs/screenshots') : resolve(LOG_DIR, 'screenshots');
export const PHONE = 390;
export const DESKTOP = 1280;

export interface OpenPageOptions {
  /** Viewport width in CSS pixels: 390 (phone) or 1280 (desktop) in these tests. */
  width?: number;
  height?: number;
  /** Reuse a signed-in context (its cookies), e.g. from `signInInBrowser`. */
  context?: BrowserContext;
}

export interface E2eBrowser {
  /** A new page at `path` of the app, loaded; every browser error and CSP refusal is collected in `problems`. */
  openPage(path: string, options?: OpenPageOptions): Promise<Page>;
  newContext(options?: { width?: number; height?: number }): Promise<BrowserContext>;
  /** Console errors, page errors and CSP violations seen so far, for `expect(problems()).toEqual([])`. */
  problems(): string[];
}

/**
 * Connects this test file to the run's Chromium (see stack.ts); every
 * context a test opened is closed after that test.
 */
export function useBrowser(): E2eBrowser {
  const { baseUrl, browserWsEndpoint } = inject('e2e');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(browserWsEndpoint);
  });
  // A failed test leaves a picture of every open page in tmp/web-e2e/failures/ (and its text in the log). Then the
  // test's contexts close: a page left open keeps rendering (and polling the API) through every later test.
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await picturePages(test.task.name);
    await closeContexts();
  });
  afterAll(async () => {
    await closeContexts();
    await browser?.close();
  });

  async function picturePages(testName: string): Promise<void> {
    const dir = resolve(LOG_DIR, 'failures');
    await mkdir(dir, { recursive: true });
    const open = contexts.flatMap((context) => context.pages());
    await Promise.all(
      open.map(async (page, index) => {
        const name = `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}-${index}`;
        await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true }).catch(() => undefined);
        console.error(`[e2e] ${name}: ${page.url()} → ${resolve(dir, `${name}.png`)}`);
      }),
    );
  }

  async function closeContexts(): Promise<void> {
    const open = contexts.splice(0);
    await Promise.all(open.map((context) => context.close().catch(() => undefined)));
  }

  const newContext = async ({ width = DESKTOP, height = 900 } = {}) => {
    if (!browser) throw new Error('useBrowser() must be called at the top of the test file');
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width, height },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'America/Chicago',
      ...(width <= PHONE ? { isMobile: true, hasTouch: true } : {}),
    });
    contexts.push(context);
    return context;
  };

  return {
    newContext,
    problems: () => [...problems],
    async openPage(path, { width = DESKTOP, height = width <= PHONE ? 844 : 900, context } = {}) {
      const page = await (context ?? (await newContext({ width, height }))).newPage();
      if (context) await page.setViewportSize({ width, height });
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
      });
      await page.goto(path);
      return page;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page and returns its serious and critical violations
 * (what the quality bar allows none of). The script is evaluated through the
 * DevTools protocol, so the app's strict CSP stays on.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(resolve(WORKSPACE_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return results.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** <SCREENSHOT_DIR>/<name>.png of the whole page, for the README (look at them). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** How many CSS pixels the page is wider than the window (0: no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
