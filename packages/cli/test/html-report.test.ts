// The HTML report opened in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
// every chart is drawn (its canvas has painted pixels), nothing is printed on the console as an
// error, and no request leaves the page (the report is one self-contained file).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { scenarioFile, smallDay } from './scenario-file.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  titles: string[];
  drawn: { line: number; band: number }[];
  errors: string[];
  requests: string[];
  tables: string;
  /** Per HTML table: its header cells, its first body row, and which header cells are right-aligned. */
  grids: { head: string[]; first: string[]; numeric: boolean[] }[];
  preformatted: number;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length > 0);
  const opened = await page.evaluate(() => ({
    titles: [...document.querySelectorAll('.chart h2')].map((h) => h.textContent ?? ''),
    // Pixels of the first series' colour, #1f77b4: opaque (its line) and faint (its 95 % band).
    drawn: [...document.querySelectorAll('.chart canvas')].map((node) => {
      const canvas = node as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let line = 0;
      let band = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        const blue = Math.abs(r - 31) < 12 && Math.abs(g - 119) < 12 && Math.abs(b - 180) < 12;
        if (blue && a > 200) line++;
        else if (blue && a > 10 && a < 80) band++;
      }
      return { line, band };
    }),
    tables: document.querySelector('#tables')?.textContent ?? '',
    grids: [...document.querySelectorAll('#tables table')].map((table) => ({
      head: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
      first: [...(table.querySelector('tbody tr')?.querySelectorAll('td') ?? [])].map(
        (td) => td.textContent ?? '',
      ),
      numeric: [...table.querySelectorAll('thead th')].map(
        (th) => getComputedStyle(th).textAlign === 'right',
      ),
    })),
    preformatted: document.querySelectorAll('pre').length,
  }));
  await page.close();
  return { ...opened, errors, requests };
}

describe('decroche --html', () => {
  it('draws calls and agents, the pickup rate with its band against the target, and the queue, per queue', async () => {
    const file = scenarioFile('small-day.yaml', smallDay);
    const html = join(mkdtempSync(join(tmpdir(), 'decroche-html-')), 'run.html');
    const result = runCli(['run', file, '-r', '3', '--html', html]);
    expect(result.status).toBe(0);
    const opened = await open(html);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.titles).toEqual([
      'caf: calls and agents',
      'caf: pickup rate',
      'caf: callers waiting',
      'retraite: calls and agents',
      'retraite: pickup rate',
      'retraite: callers waiting',
    ]);
    // Every chart drew its first line (agents, pickup rate, mean queue), and the pickup charts
    // (2nd of each queue) their confidence band.
    for (const drawn of opened.drawn) expect(drawn.line).toBeGreaterThan(100);
    expect([opened.drawn[1]?.band, opened.drawn[4]?.band].every((band) => (band ?? 0) > 1000)).toBe(true);
    expect(opened.tables).toContain('caf, interval by interval:');
    // The tables are HTML tables (no preformatted text): the queues' table first, numbers right-aligned.
    expect(opened.preformatted).toBe(0);
    const queues = opened.grids[0];
    expect(queues?.head.slice(0, 4)).toEqual(['queue', 'first calls', 'redials', 'offered']);
    expect(queues?.first[0]).toBe('caf');
    expect(queues?.numeric.slice(0, 2)).toEqual([false, true]);
    expect(opened.grids.map((g) => g.head[0])).toEqual(['queue', 'pool', 'interval', 'interval']);
    expect(opened.grids[2]?.first[0]).toBe('0');
  }, 60_000);

  it('draws a sweep: the pickup rate over the agents, one line per call volume', async () => {
    const file = scenarioFile('small-day.yaml', smallDay);
    const html = join(mkdtempSync(join(tmpdir(), 'decroche-html-')), 'sweep.html');
    const result = runCli([
      'sweep',
      file,
      '--agents',
      '20..40/10',
      '--calls',
      '1,1.2',
      '-r',
      '2',
      '--html',
      html,
    ]);
    expect(result.status).toBe(0);
    const opened = await open(html);
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.titles).toEqual(['pickup rate over the grid, all queues together']);
    expect(opened.drawn[0]?.line).toBeGreaterThan(100);
    expect(opened.drawn[0]?.band).toBeGreaterThan(1000);
  }, 60_000);
});
