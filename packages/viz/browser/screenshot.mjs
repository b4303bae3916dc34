#!/usr/bin/env node
// Writes packages/viz/screenshot.png, the picture in the README: the France preset run to mid-morning
// in the built site, in Debian's Chromium. Usage: `pnpm --filter @decroche/viz screenshot` (after
// `pnpm build`).
import { join } from 'node:path';
import { ensureSiteBuilt, VIZ } from './build-site.mjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const UNTIL = '10:30';

const site = await serveStatic(ensureSiteBuilt());
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${site.url}?speed=1800`);
  await page.waitForFunction(
    (until) => (document.querySelector('#clock')?.textContent ?? '') >= until,
    UNTIL,
    {
      timeout: 300_000,
    },
  );
  await page.locator('#play').click();
  await page.waitForTimeout(1500);
  const path = join(VIZ, 'screenshot.png');
  await page.screenshot({ path, fullPage: true });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await site.close();
}
