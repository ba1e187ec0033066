// `npx tsx scripts/icons.ts`: renders scripts/assets/icon.svg into the PNG sizes the stores and browsers ask
// for (public/icon/N.png, which WXT puts in the manifest). Run after changing the SVG; the PNGs are committed,
// since Chrome takes no SVG icons and a build must not need a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome } from './find-chrome';
import { ROOT } from './load-glossary';

const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(ROOT, 'scripts/assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: requireChrome(), args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
