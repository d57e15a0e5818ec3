/**
 * Screenshots of public pages in Debian's Chromium, for looking at what visitors see:
 *   node --import tsx scripts/screenshots.ts http://127.0.0.1:3000 /tmp/shots
 * Takes each page at desktop width and at 360 px (a small phone), full length.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../src/testing/browser.ts';

const [origin = 'http://127.0.0.1:3000', outDir = '/tmp/diwan-shots', ...extra] = process.argv.slice(2);
const pages = extra.length > 0 ? extra : ['/en/', '/ar/', '/en/news/icesco-indonesia-new-routes-for-cooperation', '/fr/member-states'];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };

fs.mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
      const file = path.join(
        outDir,
        `${name}-${decodeURIComponent(pagePath)
          .replace(/[^\p{L}\p{N}]+/gu, '_')
          .slice(0, 60)}.png`,
      );
      await page.screenshot({ path: file, fullPage: name !== 'phone' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
