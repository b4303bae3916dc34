// The built site in Debian's Chromium (playwright-core), served on 127.0.0.1 by this test. Every
// state it checks is also saved as a screenshot under packages/viz/test-output/ for a person to see.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '@decroche/sim-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSiteBuilt, VIZ } from '../../browser/build-site.mjs';
import { launchChromium } from '../../browser/chromium.mjs';
import { serveStatic } from '../../browser/static-server.mjs';
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
    await waitForClock('09:05');
    const after = await page.locator('[data-kpi="pickup-interval"]').allTextContents();
    expect(after).not.toEqual(before);
    for (const text of after) expect(text).toMatch(/^\d+\.\d %$/);
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

  it('logged no error to the console', () => {
    expect(problems).toEqual([]);
  });
});
