// Debian's Chromium driven by playwright-core (no browser is ever downloaded), headless, with
// WebGL on the software rasteriser — how the browser tests and the fps bench see the page.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/**
 * Launches Debian's Chromium; throws a message saying how to install it when it is missing.
 * @returns {Promise<import('playwright-core').Browser>}
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await page.setContent('<p>ok</p>');
 * await page.textContent('p') // => 'ok'
 * await browser.close();
 * ```
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`node scripts/setup.mjs\` (it installs Debian's chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
