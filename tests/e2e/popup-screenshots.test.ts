// Screenshots of the popup (seed article tab) and the options page, light and dark, for the
// README: docs/screenshot-{popup,options}-{light,dark}.png. Written only with SCREENSHOTS=1
// (`SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/popup-screenshots.test.ts`), so an
// ordinary test run leaves docs/ alone; without it the test still renders both pages.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDemo, optionsUrl, popupUrl, ROOT, serveDemo, useExtension } from './support/harness';

const env = useExtension(serveDemo);
const write = process.env.SCREENSHOTS === '1';

it('popup and options page, light and dark', async () => {
  const { page, tabId } = await openDemo(env.session);
  // A sample custom term so the options table is not empty in the picture.
  await env.session.sw.evaluate(() =>
    (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.set({
      customEntries: [{ id: 'kinetic-activity', category: 'loaded-term', patterns: ['kinetic activity'], party: null,
        neutral: 'strikes', explanation: 'A euphemism for military strikes.', reference: 'https://en.wikipedia.org/wiki/Euphemism' }],
      autoSites: [], disabledSites: ['example.com'],
    }),
  );

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await env.session.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 378, height: 1100 });
    await popup.goto(popupUrl(env.session, tabId));
    await popup.waitForSelector('html[data-rendered="report"]');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(scheme === 'dark' ? 'rgb(27, 29, 33)' : 'rgb(255, 255, 255)');
    if (write) await popup.screenshot({ path: join(ROOT, `docs/screenshot-popup-${scheme}.png`) });

    const options = await env.session.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(optionsUrl(env.session));
    await options.getByTestId('term-row').first().waitFor();
    if (write) await options.screenshot({ path: join(ROOT, `docs/screenshot-options-${scheme}.png`), fullPage: true });

    // 200% zoom: the same pages in half the CSS width must not scroll sideways.
    await options.setViewportSize({ width: 450, height: 700 });
    await popup.setViewportSize({ width: 378, height: 600 });
    await popup.evaluate(() => (document.body.style.width = '100%'));
    for (const p of [popup, options]) {
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await Promise.all([popup.close(), options.close()]);
  }
  await page.close();
});
