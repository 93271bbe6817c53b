// A page whose framework re-renders the article: highlights follow the new text (and nothing
// stale stays behind), the page's own behaviour is unchanged, and a live blog that posts every
// 20 ms stays responsive while its posts get highlighted.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEWS_HOST, launch, readHighlights, startServer, until, waitForHighlights, type HighlightDump, type PageServer, type Session } from './support/harness';

let server: PageServer;
let session: Session;
beforeAll(async () => {
  server = await startServer();
  session = await launch(server.port);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Every range's text, sorted, over all categories. */
const all = (d: HighlightDump): string[] =>
  Object.entries(d)
    .filter(([n]) => n.startsWith('framing-lens-') && n !== 'framing-lens-focus')
    .flatMap(([, r]) => r)
    .sort();

async function settle(page: import('playwright-core').Page, want: string[]): Promise<string[]> {
  return until(async () => {
    const got = all(await readHighlights(page));
    return JSON.stringify(got) === JSON.stringify([...want].sort()) ? got : undefined;
  }, 10_000, `highlights ${JSON.stringify(want)}`).catch(async (e) => {
    throw new Error(`${(e as Error).message}; have ${JSON.stringify(all(await readHighlights(page)))}`);
  });
}

it('highlights follow re-rendered and patched text; the page behaves as before', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/live.html`);
  await waitForHighlights(page);
  await settle(page, ['Artemovsk', 'liberation']);

  await page.click('#next'); // nodes replaced wholesale
  await settle(page, ['Kiev']);
  await page.click('#edit'); // a text node patched in place
  await settle(page, ['Kiev', 'Donbass']);
  await page.click('#next');
  await settle(page, ['Artemovsk', 'liberation']);

  // The page's own state and rendering are untouched by the extension.
  expect(await page.textContent('#count')).toBe('3');
  expect(await page.evaluate(() => document.getElementById('app')!.textContent === (window as unknown as { expectedText(): string }).expectedText())).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
  await page.close();
});

it('a live blog stays responsive and its posts are highlighted', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/live.html`);
  await waitForHighlights(page);
  await page.click('#blog');
  await until(async () => ((await page.evaluate(() => (window as unknown as { blog: { posts: number } }).blog.posts)) >= 100 ? true : undefined), 20_000, '100 posts');
  const d = await until(async () => {
    const dump = await readHighlights(page);
    return (dump['framing-lens-unnamed-source'] ?? []).length >= 100 ? dump : undefined;
  }, 10_000, 'the posts highlighted');
  expect(d['framing-lens-unnamed-source']!.filter((t) => !/^sources say$/i.test(t))).toEqual([]);
  const maxGap = await page.evaluate(() => (window as unknown as { blog: { maxGap: number } }).blog.maxGap);
  // The 20 ms timer never waited long behind a scan (generous bound for a 2-core CI box).
  expect(maxGap).toBeLessThan(250);
  await page.close();
});
