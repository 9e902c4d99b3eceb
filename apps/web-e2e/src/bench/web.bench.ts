// `npm run bench:web` (after its build and `npm run web:size`): how long a first visit to the
// search page takes to show results, on the demo board, in Chromium.
//
// 1. starts the product the way the e2e tests do (src/support/stack.ts: a throw-away database with
//    the demo board, the built API serving the built web app, the worker, a Chromium server);
// 2. opens / at 1280 px in a fresh browser context each time (empty cache, no cookies: a first visit), 5 times;
// 3. in the page, notes the first frame after the first result card is in the document with a size
//    (a MutationObserver, then requestAnimationFrame), as milliseconds since navigation start;
// 4. prints each run (with where the time went: the HTML, the JavaScript, the /api/jobs call), the
//    median and the maximum against the 1 s budget, and the machine's load average, since on a
//    shared machine the numbers mean little without it.
// Not part of `npm test`; see docs/benchmarks.md for results and method.
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { startStack } from '../support/stack';

/** `npm run bench:web -- --runs 10` for more. */
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 5 : 5;
// The e2e tests' desktop width (support/browser.ts imports vitest, so it is not imported here).
const WIDTH = 1280;
const BUDGET_MS = 1_000;

declare global {
  interface Window {
    __firstResultAt?: number;
  }
}

/** Runs in the page before the app: records when the first result card is drawn. */
function watchFirstResult(): void {
  const drawn = () => {
    const card = document.querySelector('main article');
    return card !== null && card.getBoundingClientRect().height > 0;
  };
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__firstResultAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Milestones of the page load from the Navigation and Resource Timing entries, in ms since navigation start. */
function milestones(): { html: number; scripts: number; apiStart: number; apiEnd: number } {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const search = resources.find((entry) => new URL(entry.name).pathname === '/api/jobs');
  return {
    html: navigation?.responseEnd ?? Number.NaN,
    scripts: Math.max(...resources.filter((entry) => new URL(entry.name).pathname.endsWith('.js')).map((entry) => entry.responseEnd)),
    apiStart: search?.startTime ?? Number.NaN,
    apiEnd: search?.responseEnd ?? Number.NaN,
  };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  console.log(`load average before (1, 5, 15 min): ${load()}`);
  const stack = await startStack();
  try {
    const browser = await chromium.connect(stack.context.browserWsEndpoint);
    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({
        baseURL: stack.context.baseUrl,
        viewport: { width: WIDTH, height: 900 },
        locale: 'en-US',
      });
      await context.addInitScript(watchFirstResult);
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForFunction(() => window.__firstResultAt !== undefined, undefined, { timeout: 30_000 });
      const at = await page.evaluate(() => window.__firstResultAt ?? Number.NaN);
      const count = await page.locator('main article').count();
      const steps = await page.evaluate(milestones);
      times.push(at);
      console.log(
        `run ${run}: first result drawn ${ms(at)} after navigation start (${count} cards); ` +
          `HTML ${ms(steps.html)}, JavaScript loaded ${ms(steps.scripts)}, GET /api/jobs ${ms(steps.apiStart)} → ${ms(steps.apiEnd)}`,
      );
      await context.close();
    }
    await browser.close();
    console.log(`load average after: ${load()} on ${availableParallelism()} CPUs`);
    const worst = Math.max(...times);
    console.log(
      `Time to first results on / (demo board, ${WIDTH} px, cold browser cache, ${RUNS} runs): ` +
        `median ${Math.round(median(times))} ms, max ${Math.round(worst)} ms (budget ${BUDGET_MS} ms: ${worst <= BUDGET_MS ? 'met' : 'NOT met'})`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
