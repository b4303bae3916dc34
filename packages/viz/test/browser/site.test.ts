// The built site in Debian's Chromium (playwright-core), served on 127.0.0.1 by this test. Every
// state it checks is also saved as a screenshot under packages/viz/test-output/ for a person to see.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '@decroche/sim-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as buildSite from '../../browser/build-site.mjs';
import { ensureSiteBuilt, VIZ } from '../../browser/build-site.mjs';
import * as chromium from '../../browser/chromium.mjs';
import { launchChromium } from '../../browser/chromium.mjs';
import * as staticServer from '../../browser/static-server.mjs';
import { serveStatic } from '../../browser/static-server.mjs';
import { examplesUnder, runExample } from '../doc-example-runner.js';
import { canvasPixels } from './canvas-pixels.js';

const OUT = join(VIZ, 'test-output');

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

/** The clock as seconds after midnight. */
async function clockSeconds(): Promise<number> {
  const text = (await page.locator('#clock').textContent()) ?? '';
  const [h, m, s] = text.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
}

/** Polls `read` until it passes, for up to 30 s (the page runs in a software-rendered browser). */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 30_000, interval: 100 });
}

async function waitForClock(atLeast: string): Promise<void> {
  const [h, m] = atLeast.split(':').map(Number);
  const target = h! * 3600 + m! * 60;
  await expect.poll(clockSeconds, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(target);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  site = await serveStatic(ensureSiteBuilt());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the visualiser in Chromium', () => {
  it('opens on the France preset, draws its lanes and runs the clock', async () => {
    await page.goto(`${site.url}?speed=600`);
    await poll(() => page.locator('[data-kpi="pickup-interval"]').count()).toBe(4);
    expect(await page.locator('#scenario-menu').inputValue()).toBe('preset:france-2023');
    const first = await clockSeconds();
    await waitForClock('08:45');
    expect(await clockSeconds()).toBeGreaterThan(first);
    const pixels = await canvasPixels(page, '#scene canvas');
    // Drawn: lane frames, seats and callers cover a visible part; still mostly background, so a
    // blank, white or one-colour canvas fails.
    expect(pixels.drawnShare).toBeGreaterThan(0.05);
    expect(pixels.backgroundShare).toBeGreaterThan(0.4);
    await shot('1-france-preset');
  });

  it('updates the pickup rates as text', async () => {
    const pickup = page.locator('[data-kpi="pickup-interval"][data-queue="caf"]');
    await poll(() => pickup.textContent()).toMatch(/^\d+\.\d %$/);
    const before = await page.locator('[data-kpi="pickup-interval"]').allTextContents();
    // Twenty simulated minutes later, wherever the clock was (a loaded machine may have run it on).
    const from = await clockSeconds();
    await expect.poll(clockSeconds, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(from + 1200);
    const after = await page.locator('[data-kpi="pickup-interval"]').allTextContents();
    expect(after).not.toEqual(before);
    for (const text of after) expect(text).toMatch(/^\d+\.\d %$/);
    // Every KPI of every panel is in the page as text, not only drawn.
    const kpis = await page.locator('[data-kpi]').allTextContents();
    expect(kpis.length).toBe(4 * 7);
    for (const text of kpis) expect(text).toMatch(/\d/);
    await shot('2-pickup-updates');
  });

  it("raises a queue's pickup rate over the next interval when its pool gets more agents", async () => {
    await page.goto(`${site.url}?speed=1800`);
    const agents = page.locator('input[data-pool="caf-agents"]');
    await agents.fill('600');
    await agents.press('Enter');
    await waitForClock('09:30');
    await agents.fill('3000');
    await agents.press('Enter');
    await waitForClock('10:30');
    await page.locator('h1').click(); // keys typed into a field are the field's
    await page.keyboard.press('Space');
    await poll(() => page.locator('#play').textContent()).toBe('Play');
    await shot('3-more-agents');
    const download = page.waitForEvent('download');
    await page.locator('#export-csv').click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const rows = csv
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const header = rows[0]!;
    const pickupOf = (start: string) => {
      const row = rows.find((r) => r[0] === 'caf' && r[2] === start)!;
      return Number(row[header.indexOf('pickupRate')]);
    };
    // 09:00–09:30 all with 600 agents; 10:00–10:30 all with 3,000.
    expect(pickupOf('10:00')).toBeGreaterThan(pickupOf('09:00') + 0.2);
  });

  it('pauses and steps from the keyboard', async () => {
    // Paused: the clock may still land the request under way, then stands still.
    let paused = -1;
    await poll(async () => {
      const before = await clockSeconds();
      await page.waitForTimeout(400);
      paused = await clockSeconds();
      return paused === before;
    }).toBe(true);
    await page.keyboard.press('.');
    await poll(clockSeconds).toBe(paused + 60);
    await page.keyboard.press('+');
    await poll(() => page.locator('#speed').textContent()).toBe('3,600×');
    await page.keyboard.press('-');
    await poll(() => page.locator('#speed').textContent()).toBe('1,800×');
    // Without a mouse: Tab reaches the play button (after the scenario menu and the export button),
    // which Enter and Space press as any button.
    const play = page.locator('#play');
    let tabs = 0;
    while (!(await play.evaluate((button) => button === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(4);
    await page.keyboard.press('Enter');
    await poll(() => play.textContent()).toBe('Pause');
    await page.keyboard.press('Space');
    await poll(() => play.textContent()).toBe('Play');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the problems of a broken scenario file in the page, as the command line does', async () => {
    const text =
      'queues:\n  - id: caf\n    calls: 100\n    handleTime: { dist: lognormal, mean: 420, cv: -1 }\npools: []\n';
    let expected = '';
    try {
      parseScenario(text);
    } catch (error) {
      expected = `scenario 'broken.yaml' is not valid:\n${(error as Error).message}`;
    }
    expect(expected).toContain('queues[0].handleTime.cv');
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await poll(() => page.locator('#errors').textContent()).toBe(expected);
    expect(await page.locator('#errors').isVisible()).toBe(true);
    await shot('4-broken-scenario');
  });

  it("lowers a queue's pickup rate and lengthens its line over the next interval when its calls or handle time go up", async () => {
    // Two queues alike: 500 calls per half-hour taking 300 s, patience 300 s, 100 agents each —
    // 83 Erlangs on 100 agents. From 09:30 one gets twice the calls, the other twice the handle time:
    // 167 Erlangs of work for 100 agents, who answer at most 100 ÷ 167 = 60 % of it. The fluid model
    // of a queue with abandonment (Whitt, "Fluid models for multiserver queues with abandonments",
    // Operations Research 54(1), 2006) puts its line at (arrivals − service capacity) × mean patience:
    // (1000 − 600) ÷ 1800 × 300 = 67 callers (calls doubled), (500 − 300) ÷ 1800 × 300 = 33 (handle time).
    const text = [
      'name: what-if',
      'intervals: 5',
      'queues:',
      ...['calls', 'handle'].flatMap((id) => [
        `  - id: ${id}`,
        '    calls: 500',
        '    handleTime: { dist: exponential, mean: 300 }',
        '    patience: { dist: exponential, mean: 300 }',
      ]),
      'pools:',
      '  - { id: calls-agents, serves: [calls], agents: 100 }',
      '  - { id: handle-agents, serves: [handle], agents: 100 }',
      '',
    ].join('\n');
    await page.goto(`${site.url}?speed=1800`);
    await poll(() => page.locator('[data-kpi="pickup-interval"]').count()).toBe(4);
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'what-if.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await poll(() => page.locator('#scenario-name').textContent()).toBe('what-if');
    await waitForClock('09:30');
    // From the keyboard, as a person without a mouse would: End puts a slider at its maximum, 200 %.
    for (const [queue, factor] of [
      ['calls', 'calls'],
      ['handle', 'handleTime'],
    ]) {
      const slider = page.locator(`input[data-queue="${queue}"][data-factor="${factor}"]`);
      await slider.focus();
      await page.keyboard.press('End');
      expect(await slider.inputValue()).toBe('200');
    }
    await waitForClock('10:31');
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await shot('5-calls-and-handle-time');
    const download = page.waitForEvent('download');
    await page.locator('#export-csv').click();
    const rows = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const header = rows[0]!;
    const kpi = (queue: string, start: string, column: string) =>
      Number(rows.find((r) => r[0] === queue && r[2] === start)![header.indexOf(column)]);
    for (const queue of ['calls', 'handle']) {
      // 09:00–09:30: as written, 83 % busy: nearly every call answered, a short line.
      expect(kpi(queue, '09:00', 'pickupRate')).toBeGreaterThan(0.9);
      expect(kpi(queue, '09:00', 'meanQueueLength')).toBeLessThan(10);
      // 10:00–10:30: the interval after the change, at most 60 % answered.
      expect(kpi(queue, '10:00', 'pickupRate')).toBeLessThan(0.7);
    }
    expect(kpi('calls', '10:00', 'meanQueueLength')).toBeGreaterThan(40);
    expect(kpi('handle', '10:00', 'meanQueueLength')).toBeGreaterThan(20);
  });

  it('draws the voice server, callbacks and appointments of a scenario that has them, and switches callbacks off', async () => {
    await page.goto(`${site.url}?speed=1800&scenario=example:caf-remedies.yaml`);
    await poll(() => page.locator('#scenario-name').textContent()).toBe('caf-remedies');
    const blocks = page.locator('input[data-queue="caf"][data-block]');
    expect(await blocks.evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-block')))).toEqual([
      'ivr',
      'dissuasion',
      'appointments',
      'callback',
    ]);
    await waitForClock('10:00');
    await shot('6-remedies');
    // Callbacks off from the keyboard after 10:00: none offered from the next interval on.
    const callback = page.locator('input[data-queue="caf"][data-block="callback"]');
    await callback.focus();
    await page.keyboard.press('Space');
    expect(await callback.isChecked()).toBe(false);
    const next = Math.ceil((await clockSeconds()) / 1800) * 1800;
    const label = (t: number) =>
      `${String(Math.floor(t / 3600)).padStart(2, '0')}:${t % 3600 === 0 ? '00' : '30'}`;
    await waitForClock(label(next + 1800));
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    const download = page.waitForEvent('download');
    await page.locator('#export-csv').click();
    const rows = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const column = rows[0]!.indexOf('callbacksOffered');
    const offered = (start: string) => Number(rows.find((r) => r[0] === 'caf' && r[2] === start)![column]);
    // 09:30–10:00, morning peak, 1,038 agents for about 9,000 calls of 7 minutes: callbacks offered.
    expect(offered('09:30')).toBeGreaterThan(0);
    expect(offered(label(next))).toBe(0);
  });

  it('logged no error to the console', () => {
    expect(problems).toEqual([]);
  });
});

// The doc comment examples of the browser scripts, run here once the site they serve is built.
describe('the doc comment examples of browser/', () => {
  for (const example of examplesUnder('browser')) {
    it(`${example.file}:${example.line} (${example.fn})`, async () => {
      expect(await runExample(example, { ...buildSite, ...chromium, ...staticServer })).toEqual([]);
    });
  }
});
