// A page whose framework re-renders the article: highlights follow the new text (and nothing
// stale stays behind), the page's own behaviour is unchanged, and a live blog that posts every
// 20 ms stays responsive while its posts get highlighted and the badge keeps count.
import { expect, it } from 'vitest';
import {
  NEWS_HOST, readHighlights, tabState, until, useExtension, waitForHighlights, type HighlightDump,
} from './support/harness';

const env = useExtension();

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
  const page = await env.session.context.newPage();
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

it('a live blog stays responsive, its posts are highlighted and counted as they come', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/live.html`);
  await waitForHighlights(page);
  const posts = (): Promise<number> => page.evaluate(() => (window as unknown as { blog: { posts: number } }).blog.posts);
  await page.click('#blog');
  // The badge follows the feed while it is still posting (6 s of posts, one per 20 ms).
  const early = await until(async () => {
    const st = await tabState(env.session.sw, `http://${NEWS_HOST}/live.html`);
    return st && Number(st.badge) > 10 ? st : undefined;
  }, 10_000, 'the badge to count posts while the feed runs');
  expect(await posts()).toBeLessThan(300);
  expect(Number(early.badge)).toBe(early.report!.findings.length);
  await until(async () => ((await posts()) >= 300 ? true : undefined), 20_000, '300 posts');
  const d = await until(async () => {
    const dump = await readHighlights(page);
    return (dump['framing-lens-unnamed-source'] ?? []).length >= 300 ? dump : undefined;
  }, 10_000, 'the posts highlighted');
  expect(d['framing-lens-unnamed-source']!.filter((t) => !/^sources say$/i.test(t))).toEqual([]);
  const last = await until(async () => {
    const st = await tabState(env.session.sw, `http://${NEWS_HOST}/live.html`);
    return st?.report && st.report.findings.length === 302 ? st : undefined;
  }, 10_000, 'the badge to count every post');
  expect(last.badge).toBe('302');
  const maxGap = await page.evaluate(() => (window as unknown as { blog: { maxGap: number } }).blog.maxGap);
  // The 20 ms timer never waited long behind a scan (generous bound for a 2-core CI box).
  expect(maxGap).toBeLessThan(250);
  await page.close();
});
