#!/usr/bin/env node
// Frames per second of the visualiser (issue 8) with 10,000 callers waiting on screen, in Debian's
// headless Chromium (WebGL on the software rasteriser, as on a machine without a GPU). Runs the
// built site (packages/viz/dist, rebuilt when stale) on 127.0.0.1, loads a scenario through the
// page's file picker — four queues whose lines settle at 2,500 callers each, the head answered every
// 0.6 s so that every dot moves — and counts animation frames over a few seconds of wall time.
// Prints a markdown section for bench/RESULTS.md. Goal: 30 fps or more.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { ensureSiteBuilt } from '../packages/viz/browser/build-site.mjs';
import { CHROMIUM, launchChromium } from '../packages/viz/browser/chromium.mjs';
import { serveStatic } from '../packages/viz/browser/static-server.mjs';

const GOAL_FPS = 30;
const TARGET_WAITING = 10_000;
const MEASURE_MS = 5000;
const VIEWPORT = { width: 1400, height: 1000 };

/**
 * Four queues; each gets 5,600 calls in its first half-hour and 3,000 in each later one, served by
 * 100 agents at 60 s a call (3,000 a half-hour): the line grows to about 2,600 in the first
 * half-hour, then holds while callers keep joining at the back and leaving at the head.
 */
function stressScenario() {
  const queue = (id) =>
    `  - id: ${id}\n    calls: [5600, 3000, 3000, 3000, 3000, 3000, 3000, 3000]\n` +
    '    handleTime: { dist: exponential, mean: 60 }\n';
  const pool = (id) => `  - { id: ${id}-agents, serves: [${id}], agents: 100 }\n`;
  const ids = ['q1', 'q2', 'q3', 'q4'];
  return `name: viz-fps\nseed: 8\nintervals: 8\nqueues:\n${ids.map(queue).join('')}pools:\n${ids.map(pool).join('')}`;
}

/** Animation frames per second in the page over `ms`, and what was on screen at the end. */
function measure(page, ms) {
  return page.evaluate(async (ms) => {
    let frames = 0;
    const start = performance.now();
    await new Promise((resolve) => {
      const tick = () => {
        frames++;
        if (performance.now() - start < ms) requestAnimationFrame(tick);
        else resolve(undefined);
      };
      requestAnimationFrame(tick);
    });
    const seconds = (performance.now() - start) / 1000;
    const waiting = [...document.querySelectorAll('[data-kpi="waiting"]')]
      .map((el) => Number((el.textContent ?? '0').replace(/,/g, '')))
      .reduce((a, b) => a + b, 0);
    const dots = Number(document.querySelector('#scene')?.getAttribute('data-dots') ?? 0);
    return { fps: frames / seconds, waiting, dots, clock: document.querySelector('#clock')?.textContent };
  }, ms);
}

const site = await serveStatic(ensureSiteBuilt());
const browser = await launchChromium();
let stress;
let france;
let loadDuring = 0;
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${site.url}?speed=240`);
  await page.waitForFunction(() => document.querySelectorAll('[data-kpi="waiting"]').length === 4);
  await page.waitForTimeout(3000);
  france = await measure(page, MEASURE_MS);

  await page.goto(`${site.url}?speed=600`);
  await page.waitForFunction(() => document.querySelectorAll('[data-kpi="waiting"]').length === 4);
  await page
    .locator('#scenario-file')
    .setInputFiles({ name: 'viz-fps.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stressScenario()) });
  await page.waitForFunction(
    (target) =>
      [...document.querySelectorAll('[data-kpi="waiting"]')]
        .map((el) => Number((el.textContent ?? '0').replace(/,/g, '')))
        .reduce((a, b) => a + b, 0) >= target,
    TARGET_WAITING,
    { timeout: 120_000 },
  );
  await page.locator('#slower').click(); // 240×: the line moves, the count holds
  await page.waitForTimeout(1500);
  stress = await measure(page, MEASURE_MS);
  loadDuring = loadavg()[0];
} finally {
  await browser.close();
  await site.close();
}

const version = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
})
  .trim()
  .replace(/ built on .*/, '');
const fmt = (x) => x.toFixed(1);
const verdict = stress.fps >= GOAL_FPS ? '**met**' : '**not met**';
console.log(
  [
    '## Visualiser frames per second',
    '',
    `The built site in headless ${version} (WebGL on the software rasteriser, no GPU), viewport`,
    `${VIEWPORT.width}×${VIEWPORT.height}, requestAnimationFrame counted over ${MEASURE_MS / 1000} s of wall time while the`,
    'simulation runs in its Web Worker. Callers are the dots of one PixiJS ParticleContainer; agents',
    'the squares of another. The frame rate depends on what else the machine runs at the time:',
    `load average ${loadDuring.toFixed(1)} on ${cpus().length} cores during this run.`,
    '',
    '| scene | callers waiting | dots on screen | frames per second |',
    '| --- | ---: | ---: | ---: |',
    `| france-2023 at 240× (opening, ${france.clock}) | ${france.waiting.toLocaleString('en')} | ${france.dots.toLocaleString('en')} | ${fmt(france.fps)} |`,
    `| four lines of about 2,600 callers, head answered every 0.6 s, 240× | ${stress.waiting.toLocaleString('en')} | ${stress.dots.toLocaleString('en')} | ${fmt(stress.fps)} |`,
    '',
    `Goal: ${GOAL_FPS} fps or more with 10,000 callers waiting — ${verdict} (${fmt(stress.fps)} fps).`,
  ].join('\n'),
);
