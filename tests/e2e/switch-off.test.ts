// Settings apply at once, without a reload: turning the extension off for the site removes
// every highlight (and the badge), a category switched off disappears, and switching back on
// scans again.
import { expect, it } from 'vitest';
import { countRanges, NEWS_HOST, readHighlights, UNKNOWN_HOST, tabState, until, useExtension, waitForHighlights } from './support/harness';

const env = useExtension();

/** Change stored settings as the options page will (storage.sync), from the service worker. */
const setSync = (items: Record<string, unknown>): Promise<void> =>
  env.session.sw.evaluate((i) => (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.set(i), items);

it('turning off for the site and back on, and a category off, apply without reload', async () => {
  const page = await env.session.context.newPage();
  const url = `http://${NEWS_HOST}/live.html`;
  await page.goto(url);
  await waitForHighlights(page, 2);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42)); // gone if the page reloads
  await until(async () => ((await tabState(env.session.sw, url))?.badge === '2' ? true : undefined), 10_000, 'badge 2');

  await setSync({ disabledSites: ['reuters.com'] });
  await until(async () => (countRanges(await readHighlights(page)) === 0 ? true : undefined), 5_000, 'highlights removed');
  expect(await readHighlights(page)).toEqual({}); // registry entries removed too, not left empty
  await until(async () => ((await tabState(env.session.sw, url))?.badge === '' ? true : undefined), 5_000, 'badge cleared');

  await setSync({ disabledSites: [] });
  await waitForHighlights(page, 2, 5_000);

  await setSync({ categories: { 'loaded-term': true, 'place-name': false, 'unnamed-source': true, editorializing: true } });
  const d = await until(async () => {
    const dump = await readHighlights(page);
    return !dump['framing-lens-place-name'] && dump['framing-lens-loaded-term']?.length ? dump : undefined;
  }, 5_000, 'place names switched off');
  expect(d).toEqual({ 'framing-lens-loaded-term': ['liberation'] });

  // The severity threshold: place names are "medium", so "high" leaves the loaded term only.
  await setSync({ categories: { 'loaded-term': true, 'place-name': true, 'unnamed-source': true, editorializing: true }, minSeverity: 'high' });
  await waitForHighlights(page, 1, 5_000);
  await page.waitForTimeout(500);
  expect(await readHighlights(page)).toEqual({ 'framing-lens-loaded-term': ['liberation'] });
  await setSync({ minSeverity: 'low' });
  await waitForHighlights(page, 2, 5_000);

  await setSync({ highlightStyle: 'underline-only' });
  await until(async () => ((await page.evaluate(() => document.adoptedStyleSheets.length)) === 1 ? true : undefined), 5_000, 'underline-only sheet');
  await setSync({ highlightStyle: 'colours', categories: { 'loaded-term': true, 'place-name': true, 'unnamed-source': true, editorializing: true } });
  await until(async () => ((await page.evaluate(() => document.adoptedStyleSheets.length)) === 0 ? true : undefined), 5_000, 'sheet removed');

  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  await page.close();
});

it('never runs on a host the outlet lexicon does not list', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${UNKNOWN_HOST}/live.html`);
  await page.waitForTimeout(1500);
  expect(await readHighlights(page)).toEqual({});
  await page.close();
});

it('does nothing on a news-site page without article text (not even compiling the lexicon)', async () => {
  const page = await env.session.context.newPage();
  const url = `http://${NEWS_HOST}/short.html`;
  await page.goto(url);
  await page.waitForTimeout(1500);
  expect(await readHighlights(page)).toEqual({});
  expect(await page.evaluate(() => performance.getEntriesByName('framing-lens:engine').length)).toBe(0);
  expect(await tabState(env.session.sw, url)).toBeUndefined();
  await page.close();
});

