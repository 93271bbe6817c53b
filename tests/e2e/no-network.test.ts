// No network, ever (DESIGN.md, issue 6): every request in the browser is routed through the
// test; the seed article on a news host, the popup for its tab and the options page run, and any
// request made by an extension page or the service worker to anything but chrome-extension://,
// or any request from the page to another host than its own, fails the test (and is aborted, so
// nothing leaves the machine). Two control requests, one from the service worker and one from
// the popup, prove that such requests are seen at all.
import { beforeAll, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { DEMO_URL, NEWS_HOST, UNKNOWN_HOST, optionsUrl, popupUrl, reportOf, serveDemo, until, useExtension, waitForHighlights } from './support/harness';

const env = useExtension(serveDemo);
const CONTROL = `http://${UNKNOWN_HOST}/control-`;

interface Seen {
  url: string;
  from: string;
}
const seen: Seen[] = [];

function origin(req: Request): string {
  const sw = req.serviceWorker();
  if (sw) return sw.url();
  try {
    return req.frame().url();
  } catch {
    return '(navigation)';
  }
}

beforeAll(async () => {
  await env.session.context.route('**/*', (route) => {
    const req = route.request();
    const url = req.url();
    seen.push({ url, from: origin(req) });
    if (url.startsWith('chrome-extension://') || new URL(url).host === NEWS_HOST) return route.continue();
    return route.abort('blockedbyclient');
  });
  env.session.context.on('request', (req) => {
    // Requests the router does not see (extension resources): recorded too.
    if (!seen.some((s) => s.url === req.url())) seen.push({ url: req.url(), from: origin(req) });
  });
});

it('the seed page, the popup and the options page make no request outside chrome-extension://', async () => {
  const page = await env.session.context.newPage();
  await page.goto(DEMO_URL);
  await waitForHighlights(page, 5);
  const state = await reportOf(env.session.sw, DEMO_URL);

  const popup = await env.session.context.newPage();
  await popup.goto(popupUrl(env.session, state.tabId));
  await popup.waitForSelector('html[data-rendered]');
  await popup.click('text=/Markdown/i').catch(() => undefined); // copy: still local
  const options = await env.session.context.newPage();
  await options.goto(optionsUrl(env.session));
  await options.waitForLoadState('load');
  await options.waitForTimeout(1000);
  await page.reload();
  await waitForHighlights(page, 5);
  await page.waitForTimeout(500);

  const ext = `chrome-extension://${env.session.extensionId}/`;
  const bad = seen.filter((s) => {
    const fromExtension = s.from.startsWith(ext);
    if (fromExtension) return !s.url.startsWith(ext);
    return !s.url.startsWith(ext) && new URL(s.url).host !== NEWS_HOST;
  });
  console.log(`no-network: ${seen.length} requests seen, ${seen.filter((s) => s.from.startsWith(ext)).length} from the extension, all local`);
  expect(bad).toEqual([]);

  // Controls: a request from the service worker and one from the popup are seen (and blocked).
  await env.session.sw.evaluate((u) => fetch(u).then(() => 0, () => 0), CONTROL + 'sw');
  await popup.evaluate((u) => fetch(u).then(() => 0, () => 0), CONTROL + 'popup');
  const controls = await until(async () => {
    const c = seen.filter((s) => s.url.startsWith(CONTROL));
    return c.length >= 2 ? c : undefined;
  }, 5_000, 'the control requests to be seen');
  expect([...new Set(controls.map((c) => `${c.url.slice(CONTROL.length)} ${c.from.startsWith(ext)}`))].sort()).toEqual([
    'popup true',
    'sw true',
  ]);
});
