/**
 * Renders the toolbar and store icons from their SVG sources with the system's headless Chromium.
 *
 *   icons/icon.svg     ──► icon-32.png, icon-48.png, icon-128.png
 *   icons/icon-16.svg  ──► icon-16.png   (hand-fitted to the 16 px grid; icon.svg blurs at 16)
 *   all PNGs           ──► docs/icon-preview.png  (4x zoom on light and dark toolbars)
 *
 * Run: `npx tsx scripts/render-icons.ts`. Chromium draws the SVG, so what ships is what a browser
 * draws; no rasteriser package is needed. The browser is the distribution's /usr/bin/chromium
 * (override with CHROMIUM_PATH); playwright-core never downloads one. The page is built with
 * setContent from local files only, so rendering needs no network and the same Chromium gives
 * the same bytes.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'icons');

/** Which source draws which size. */
const targets: ReadonlyArray<{ size: number; source: string }> = [
  { size: 16, source: 'icon-16.svg' },
  { size: 32, source: 'icon.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

/** Chrome's toolbar colours in its default light and dark themes. */
const toolbars = { light: '#f1f3f4', dark: '#35363a' } as const;

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Keep colours as authored: no colour-profile conversion between SVG and PNG.
  '--force-color-profile=srgb',
];

function dataUrl(mime: string, body: Buffer | string): string {
  return `data:${mime};base64,${Buffer.from(body).toString('base64')}`;
}

/** Screenshots one <img> of the SVG at exactly size×size CSS px (device scale 1). */
async function renderPng(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">
       <img id="icon" width="${size}" height="${size}" style="display:block"
            src="${dataUrl('image/svg+xml', svg)}">
     </body></html>`,
  );
  const img = page.locator('#icon');
  await img.evaluate((el) => (el as HTMLImageElement).decode());
  return img.screenshot({ omitBackground: true, animations: 'disabled' });
}

/** One strip per toolbar colour: each PNG at 1x, then 16 and 32 zoomed 4x without smoothing. */
function previewHtml(pngs: ReadonlyMap<number, Buffer>): string {
  const img = (size: number, zoom: number) => {
    const png = pngs.get(size);
    if (!png) throw new Error(`no ${size}px render`);
    const px = size * zoom;
    return `<figure><img src="${dataUrl('image/png', png)}" width="${px}" height="${px}"
      style="image-rendering:pixelated"><figcaption>${size}${zoom > 1 ? ` ×${zoom}` : ''}</figcaption></figure>`;
  };
  const strip = (name: keyof typeof toolbars) => `
    <section class="${name}" style="background:${toolbars[name]}">
      ${img(16, 1)}${img(32, 1)}${img(48, 1)}${img(128, 1)}${img(16, 4)}${img(32, 4)}
    </section>`;
  return `<!doctype html><html><head><style>
      body { margin: 0; font: 12px system-ui, sans-serif; }
      #sheet { display: inline-block; }
      section { display: flex; align-items: flex-end; gap: 28px; padding: 20px 28px; }
      figure { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 6px; }
      .light figcaption { color: #3c4043; } .dark figcaption { color: #e8eaed; }
    </style></head><body><div id="sheet">${strip('light')}${strip('dark')}</div></body></html>`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: launchArgs,
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 1000, height: 600 } });
    const pngs = new Map<number, Buffer>();
    for (const { size, source } of targets) {
      const svg = await readFile(join(iconsDir, source), 'utf8');
      const png = await renderPng(page, svg, size);
      await writeFile(join(iconsDir, `icon-${size}.png`), png);
      pngs.set(size, png);
      console.log(`icons/icon-${size}.png  ← ${source}  (${png.length} bytes)`);
    }
    await page.setContent(previewHtml(pngs));
    const preview = await page.locator('#sheet').screenshot({ animations: 'disabled' });
    await mkdir(join(root, 'docs'), { recursive: true });
    await writeFile(join(root, 'docs', 'icon-preview.png'), preview);
    console.log(`docs/icon-preview.png  (${preview.length} bytes)`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
