// Lighthouse (performance and accessibility) on six pages of a running production build
// (`vite preview`, which sends the Content-Security-Policy), with Debian's Chromium. Each page is
// measured LIGHTHOUSE_RUNS times (default 3); every run is printed and the MEDIAN of each
// category is gated. Fails when a median is under its budget.
//
// Env: E2E_BASE_URL (default http://localhost:5173), CHROME_PATH (default /usr/bin/chromium),
// LIGHTHOUSE_MIN_PERFORMANCE (default 90), LIGHTHOUSE_MIN_ACCESSIBILITY (default 100),
// LIGHTHOUSE_RUNS (default 3), LIGHTHOUSE_PAGES (names to measure, comma-separated; default all),
// LIGHTHOUSE_PRESET (mobile, Lighthouse's default: emulated phone, slow 4G, 4x CPU slowdown; or
// desktop), LIGHTHOUSE_REPORTS (a folder: every run's full JSON report is written there),
// LIGHTHOUSE_IDLE_WAIT (seconds, default 0): before each run, wait at most this long for the
// machine's 1-minute load average to fall under LIGHTHOUSE_IDLE_LOAD (default 1.5). The mobile
// preset scales the CPU time it observes by 4, so a run next to other work (a build, the browser
// journeys that just ended) measures that work, not the page; the load average of each run is
// printed with it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const budgets = {
  performance: Number(process.env.LIGHTHOUSE_MIN_PERFORMANCE ?? 90),
  accessibility: Number(process.env.LIGHTHOUSE_MIN_ACCESSIBILITY ?? 100),
};
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const PRESET = process.env.LIGHTHOUSE_PRESET === 'desktop' ? 'desktop' : 'mobile';
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const IDLE_WAIT = Number(process.env.LIGHTHOUSE_IDLE_WAIT ?? 0);
const IDLE_LOAD = Number(process.env.LIGHTHOUSE_IDLE_LOAD ?? 1.5);

// The issue's six pages, from the demo data (backend/src/main/java/org/fabrique/demo/DemoData.java).
const allPages = {
  panorama: '/',
  'coalition #3': '/coalitions/formations-superieures-numeriques-ethiques',
  territory: '/territories/metropole-europeenne-de-lille',
  event: '/events/reset-day-4',
  note: '/notes/notes-du-reset-day-4',
  search: '/search?q=ethique',
};
const wanted = process.env.LIGHTHOUSE_PAGES?.split(',').map((name) => name.trim());
const pages = Object.entries(allPages).filter(([name]) => !wanted || wanted.includes(name));
if (pages.length === 0) throw new Error(`No page among ${Object.keys(allPages).join(', ')}`);
const categories = Object.keys(budgets);
const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
];

/** Waits (at most IDLE_WAIT s) for a quiet CPU; answers the load average it ended with. */
async function quietCpu() {
  const until = Date.now() + IDLE_WAIT * 1000;
  while (os.loadavg()[0] >= IDLE_LOAD && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return os.loadavg()[0];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const abbreviation = (id) =>
  id
    .split('-')
    .map((word) => word[0])
    .join('')
    .toUpperCase();

if (REPORTS) fs.mkdirSync(REPORTS, { recursive: true });
const config = PRESET === 'desktop' ? desktopConfig : undefined;
console.log(
  `Lighthouse (${PRESET}) on ${BASE_URL}: ${RUNS} runs per page, gate on the medians ` +
    `(performance >= ${budgets.performance}, accessibility >= ${budgets.accessibility})`,
);

const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const summary = [];
try {
  for (const [name, pagePath] of pages) {
    console.log(`${name} (${pagePath})`);
    const scores = Object.fromEntries(categories.map((category) => [category, []]));
    const metrics = Object.fromEntries(metricIds.map((id) => [id, []]));
    for (let run = 1; run <= RUNS; run++) {
      const load = await quietCpu();
      const { lhr } = await lighthouse(
        `${BASE_URL}${pagePath}`,
        { port: chrome.port, onlyCategories: categories, logLevel: 'error', output: 'json' },
        config,
      );
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      if (REPORTS) {
        const file = `${name.replace(/[^a-z0-9]+/gi, '-')}-${PRESET}-${run}.json`;
        fs.writeFileSync(path.join(REPORTS, file), JSON.stringify(lhr));
      }
      for (const category of categories) {
        scores[category].push(Math.round((lhr.categories[category].score ?? 0) * 100));
      }
      for (const id of metricIds) metrics[id].push(lhr.audits[id]?.numericValue ?? NaN);
      console.log(
        `     run ${run}: ${categories.map((c) => `${c} ${scores[c].at(-1)}`).join(', ')} (` +
          `${metricIds.map((id) => `${abbreviation(id)} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ')}` +
          `, load average ${load.toFixed(2)})`,
      );
    }
    const medians = Object.fromEntries(categories.map((c) => [c, median(scores[c])]));
    const ok = categories.every((category) => medians[category] >= budgets[category]);
    summary.push({ name, pagePath, medians, ok });
    const ms = (id) => `${abbreviation(id)} ${(median(metrics[id]) / 1000).toFixed(1)} s`;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}: median ${categories.map((c) => `${c} ${medians[c]}`).join(', ')}` +
        ` (${ms('first-contentful-paint')}, ${ms('largest-contentful-paint')}, ` +
        `TBT ${Math.round(median(metrics['total-blocking-time']))} ms, ` +
        `CLS ${median(metrics['cumulative-layout-shift']).toFixed(3)})`,
    );
  }
} finally {
  await chrome.kill();
}
const failed = summary.filter((page) => !page.ok);
console.log(
  failed.length
    ? `Lighthouse: under budget on ${failed.map((page) => page.name).join(', ')}`
    : `Lighthouse: every median within budget on ${summary.length} pages`,
);
process.exit(failed.length ? 1 : 0);
