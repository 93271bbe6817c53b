// Shared e2e harness: the built dist/ (the same manifest users install) in Debian's Chromium,
// local pages served by a node http server, and real news host names mapped to that server
// with --host-resolver-rules so activation by the manifest's match patterns is what is tested.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');
export const PAGES = join(ROOT, 'tests/e2e/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The news host the tests browse: the outlet lexicon must list it (seed-page.test.ts checks). */
export const NEWS_HOST = 'www.reuters.com';
/** A host the outlet lexicon does not list, so the manifest's content script never runs there. */
export const UNKNOWN_HOST = 'blog.example.net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PageServer {
  port: number;
  close(): Promise<void>;
  /** Add a page generated at run time. */
  set(path: string, body: string): void;
}

/**
 * Serves `/demo/*` from demo/, `/vendor/mark.min.js` from node_modules, anything else from
 * tests/e2e/pages/ (or pages added with `set`), whatever the Host header says.
 */
export async function startServer(): Promise<PageServer> {
  const generated = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: Buffer | string | undefined = generated.get(path);
    let file: string | null = null;
    if (body === undefined) {
      if (path === '/vendor/mark.min.js') file = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
      else if (path.startsWith('/demo/')) file = join(ROOT, 'demo', normalize(path.slice(6)));
      else file = join(PAGES, normalize(path === '/' ? 'index.html' : path.slice(1)));
      if (!file.startsWith(ROOT) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      body = readFileSync(file);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file ?? path)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    set: (path, body) => generated.set(path, body),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Session {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function assertBuilt(dist = DIST): void {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no built extension: run \`npm run build\` first`);
}

/**
 * Launch Chromium with the extension; `hosts` resolve to the local server; `lang` sets the UI
 * language; `dist` is the build to load (another build than dist/: bench/ab-page.ts).
 */
export async function launch(port: number, hosts: string[] = [NEWS_HOST, UNKNOWN_HOST], withExtension = true, lang?: string, dist = DIST): Promise<Session> {
  if (withExtension) assertBuilt(dist);
  const rules = hosts.map((h) => `MAP ${h}:80 127.0.0.1:${port}`).join(',');
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-proxy-server',
    // Plain http to the mapped hosts must stay http (no automatic https upgrade here).
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    `--host-resolver-rules=${rules}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  if (lang) args.push(`--lang=${lang}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1200, height: 900 },
    ...(lang ? { locale: lang } : {}),
  });
  let sw: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  return { context, sw: sw!, extensionId, close: () => context.close() };
}

/** Where tests serve the demo news page (demo/index.html) under the news host. */
export const DEMO_PATH = '/demo/article.html';

/** The demo page as the tests open it: under the news host, so the manifest's matches apply. */
export const DEMO_URL = `http://${NEWS_HOST}${DEMO_PATH}`;

/** Serves the demo page, optionally changed (a probe script added to its head). */
export function serveDemo(server: PageServer, change: (html: string) => string = (html) => html): void {
  server.set(DEMO_PATH, change(readFileSync(join(ROOT, 'demo/index.html'), 'utf8')));
}

/**
 * One local page server and one Chromium with the built extension for a test file: the hooks
 * that start and stop them are registered here, and the handles are read through the result.
 */
export function useExtension(prepare?: (server: PageServer) => void, lang?: string): { readonly server: PageServer; readonly session: Session } {
  const env = {} as { server: PageServer; session: Session };
  beforeAll(async () => {
    env.server = await startServer();
    prepare?.(env.server);
    env.session = await launch(env.server.port, undefined, true, lang);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** The popup of a tab, opened as a page: Playwright cannot open the action popup (TOOLCHAIN.md). */
export const popupUrl = (session: Session, tabId: number): string =>
  `chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`;

export const optionsUrl = (session: Session): string => `chrome-extension://${session.extensionId}/src/options/index.html`;

/**
 * A new tab showing `url`, with its id. The service worker has no "tabs" permission, so
 * tabs.query hides the URL of every tab without a report: the tab is the one that was not
 * there before.
 */
export async function openTab(session: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => session.sw.evaluate(async () => (await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.query({})).map((t) => t.id));
  const before = new Set(await ids());
  const page = await session.context.newPage();
  await page.goto(url);
  const added = (await ids()).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0] };
}

/** The demo page in a new tab (served by serveDemo), once highlighted and its report stored. */
export async function openDemo(session: Session): Promise<{ page: Page; badge: string; report: { findings: unknown[] }; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(DEMO_URL);
  await waitForHighlights(page, 5);
  return { page, ...(await reportOf(session.sw, DEMO_URL)) };
}

/** The stored report of the tab showing `url`, once the content script has sent it. */
export function reportOf(sw: Worker, url: string): Promise<{ badge: string; report: { findings: unknown[] }; tabId: number }> {
  return until(async () => {
    const s = await tabState(sw, url);
    return s?.report ? (s as { badge: string; report: { findings: unknown[] }; tabId: number }) : undefined;
  }, 10_000, 'report');
}

export type HighlightDump = Record<string, string[]>;

/** What the page's main world sees in CSS.highlights: each highlight's ranges as text. */
export function readHighlights(page: Page | Frame): Promise<HighlightDump> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

export function countRanges(d: HighlightDump): number {
  return Object.entries(d)
    .filter(([name]) => name !== 'framing-lens-focus')
    .reduce((n, [, ranges]) => n + ranges.length, 0);
}

/**
 * The centre of the first range of highlight `name` (a CSS.highlights key) in a page or frame,
 * in the top viewport's coordinates (a frame adds its offset): where a reader would point.
 */
export async function highlightCentre(target: Page | Frame, name: string): Promise<{ x: number; y: number }> {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  const box = await frame.evaluate((n) => {
    const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)!][0]!;
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, name);
  if (!frame.parentFrame()) return box;
  const at = (await (await frame.frameElement()).boundingBox())!;
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Wait until the page has at least `min` highlighted ranges (or any, by default). */
export async function waitForHighlights(page: Page, min = 1, timeout = 15_000): Promise<HighlightDump> {
  const start = Date.now();
  for (;;) {
    const d = await readHighlights(page);
    if (countRanges(d) >= min) return d;
    if (Date.now() - start > timeout) throw new Error(`no highlights after ${timeout} ms: ${JSON.stringify(d)}`);
    await page.waitForTimeout(100);
  }
}

/** Poll until `fn` returns a value that is not undefined. */
export async function until<T>(fn: () => Promise<T | undefined>, timeout = 10_000, what = 'condition'): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The badge text and stored report of the tab whose report came from `url`, read in the
 * service worker (it has no "tabs" permission, so tabs are found through its session store).
 */
export async function tabState(sw: Worker, url: string): Promise<{ badge: string; report: { findings: unknown[] } | null; tabId: number } | undefined> {
  return sw.evaluate(async (wanted) => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    // The service worker sets the badge and writes storage.session side by side, so one read
    // can land between the two: read again (for up to a second) until they tell the same
    // count. A badge that never agrees with the report is returned as it is, for the test.
    let last: { badge: string; report: { findings: unknown[] } | null; tabId: number } | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      const all = (await c.storage.session.get(null)) as Record<string, { url: string; report: { findings: unknown[] } | null }>;
      const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]!.url === wanted);
      if (!key) return undefined;
      const tabId = Number(key.slice(4));
      const report = all[key]!.report;
      last = { badge: await c.action.getBadgeText({ tabId }), report, tabId };
      const n = report?.findings.length ?? 0;
      if (last.badge === (n === 0 ? '' : n > 999 ? '999+' : String(n))) return last;
      await new Promise((r) => setTimeout(r, 20));
    }
    return last;
  }, url);
}

/**
 * The text of the hover card. It lives in a closed shadow root the page cannot read, so the
 * test asks DevTools (DOM.getDocument with pierce) like an inspector would.
 */
/** The middle of a word on screen, found in the page's own text and scrolled into view; null when absent. */
export async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, word);
}

export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeName: string; nodeType: number; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[]; attributes?: string[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | null => {
      if (n.nodeName === 'FRAMING-LENS-CARD') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root);
    if (!host) return null;
    const parts: string[] = [];
    let hidden = false;
    const collect = (n: DomNode): void => {
      if (n.nodeName === 'STYLE') return;
      if (n.nodeName === 'DIV' && n.attributes?.includes('card') && n.attributes.includes('hidden')) hidden = true;
      if (n.nodeType === 3 && n.nodeValue) parts.push(n.nodeValue);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collect(c);
    };
    collect(host);
    return hidden ? null : parts.join(' ');
  } finally {
    await cdp.detach();
  }
}

/**
 * A page-side MutationObserver, started when the document is parsed (before a content script
 * at document_idle can run) so the parser's own insertions are not counted.
 */
export const MUTATION_PROBE = `<script>
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) window.__mutations.push({ type: r.type, target: r.target.nodeName,
      added: [...r.addedNodes].map((n) => n.nodeName), removed: [...r.removedNodes].map((n) => n.nodeName),
      attr: r.attributeName });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true }));
</script>`;
