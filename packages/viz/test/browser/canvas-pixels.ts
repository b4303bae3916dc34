import type { Page } from 'playwright-core';
import { BACKGROUND } from '../../src/engine/palette.js';

/**
 * Shares of the pixels of the canvas `selector` (as a screenshot shows it) that are the scene's
 * background colour, and that are clearly drawn (some channel 40 or more away from it). The
 * screenshot is decoded by the page itself (createImageBitmap), so no image library is needed.
 */
export async function canvasPixels(
  page: Page,
  selector: string,
): Promise<{ drawnShare: number; backgroundShare: number }> {
  const png = (await page.locator(selector).screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, background }) => {
      const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const bg = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
      let drawn = 0;
      let plain = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.max(
          Math.abs(data[i]! - bg[0]!),
          Math.abs(data[i + 1]! - bg[1]!),
          Math.abs(data[i + 2]! - bg[2]!),
        );
        if (d >= 40) drawn++;
        else if (d <= 3) plain++;
      }
      const total = data.length / 4;
      return { drawnShare: drawn / total, backgroundShare: plain / total };
    },
    { png, background: BACKGROUND },
  );
}
