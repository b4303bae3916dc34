// sim-core in Chromium, as a Vite-bundled app uses it: the harness page (test/browser/harness/) is
// built by Vite, served on 127.0.0.1 by this test and driven by playwright-core.
import { join } from 'node:path';
import type { ScenarioInput } from '@decroche/sim-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, VIZ } from '../../browser/build-site.mjs';
import { launchChromium } from '../../browser/chromium.mjs';
import { serveStatic } from '../../browser/static-server.mjs';
import { compileExample, examplesUnder, mismatch } from '../doc-example-runner.js';
import type { Harness } from './harness/harness.js';

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const dir = ensureBuilt({
    root: 'test/browser/harness',
    outDir: join(VIZ, 'test-output/harness'),
    inputs: ['test/browser/harness', 'src', 'package.json', '../sim-core/dist'],
  });
  site = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.goto(site.url);
  await page.waitForFunction(() => 'harness' in window);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A small scenario with redials, so that replications draw from several streams. */
const scenario: ScenarioInput = {
  intervals: 4,
  queues: [
    {
      id: 'caf',
      calls: 300,
      handleTime: { dist: 'lognormal', mean: 400, cv: 1 },
      patience: { dist: 'exponential', mean: 240 },
      redial: { probability: 0.4, delay: { dist: 'exponential', mean: 600 } },
    },
  ],
  pools: [{ id: 'agents', serves: ['caf'], agents: 60 }],
};

describe('simulateParallel in Chromium', () => {
  it("gives, on 2 Web Workers, simulate's report bit for bit", async () => {
    const result = await page.evaluate(async (s) => {
      const { simulate, simulateParallel } = (window as unknown as { harness: Harness }).harness.simCore;
      // Count the workers the library starts.
      let started = 0;
      const Real = Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started++;
        }
      };
      try {
        const parallel = await simulateParallel(s, { seed: 17, replications: 4, workers: 2 });
        const single = simulate(s, { seed: 17, replications: 4 });
        return { parallel: JSON.stringify(parallel), single: JSON.stringify(single), started };
      } finally {
        window.Worker = Real;
      }
    }, scenario);
    expect(result.started).toBe(2);
    expect(result.parallel).toBe(result.single);
    expect(JSON.parse(result.single).total.offered).toBeGreaterThan(0);
  });

  it('fails with a message, instead of waiting for ever, when its workers cannot start', async () => {
    const message = await page.evaluate(async (s) => {
      const { simulateParallel } = (window as unknown as { harness: Harness }).harness.simCore;
      const Real = Worker;
      // Workers whose script is missing.
      window.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super(new URL('./no-such-worker.js', location.href), options);
        }
      };
      try {
        await simulateParallel(s, { seed: 1, replications: 2, workers: 2 });
        return 'resolved';
      } catch (error) {
        return (error as Error).message;
      } finally {
        window.Worker = Real;
      }
    }, scenario);
    expect(message).toMatch(/^a Web Worker of simulateParallel failed: /);
  });

  it('logged no page error', () => {
    expect(problems).toEqual([]);
  });
});

describe("the doc comment examples of the page's DOM modules (src/ui/), in Chromium", () => {
  for (const example of examplesUnder('src/ui')) {
    it(`${example.file}:${example.line} (${example.fn})`, async () => {
      const failures = await page.evaluate(
        async ({ code, checker }) => {
          const harness = (window as unknown as { harness: Harness }).harness;
          const scope: Record<string, unknown> = Object.assign(
            {},
            harness.simCore,
            ...Object.values(harness.modules),
          );
          const check = new Function(`return (${checker});`)() as typeof mismatch;
          const found: string[] = [];
          const __check = (actual: unknown, expected: string, what: string) => {
            const why = check(actual, expected, what);
            if (why !== null) found.push(why);
          };
          const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
          const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
          await new AsyncFunction('scope', '__check', `const { ${names.join(', ')} } = scope;\n${code}`)(
            scope,
            __check,
          );
          return found;
        },
        { code: compileExample(example.code), checker: mismatch.toString() },
      );
      expect(failures).toEqual([]);
    });
  }

  it('logged no page error while they ran', () => {
    expect(problems).toEqual([]);
  });
});
