// Browser benchmark (called by bench/run.ts): in one Chromium run with the built extension,
//   - time from scan start to highlights registered: the content script's own
//     performance.measure("framing-lens:scan"), on the seed page and on a generated ~1 MB news
//     page with about 1,000 matches. The scan runs in idle slices, so this is wall-clock time
//     with the page's own turns between slices; beside it the time to the first piece painted,
//     the scan's busy time (its walk, analyze and paint measures) and the longest task it caused
//     (a longtask observer in the page: tasks over 50 ms; the longest slice below that);
//   - the report's completion after the last highlight (framing-lens:complete: each piece's
//     text sent to the service worker, whose engine adds the rewording, sources and outlets,
//     to its last answer) and the page's busy time in it;
//   - the same scan run again in the same page (the reader's settings changed, say): the
//     engine's code is warm then, so the two figures part the cold start (the content script's
//     code compiled and optimized anew on every page) from the work itself;
//   - the same term list highlighted by mark.js (plain <script> tag, the extension not active on
//     that host) on the same pages, for the ratio;
//   - DOM mutations the extension caused (a MutationObserver in the page);
//   - the content script's size in dist/ (bytes and gzip).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createEngine } from '../src/engine';
import {
  DIST, MUTATION_PROBE, NEWS_HOST, UNKNOWN_HOST, countRanges, launch, popupUrl, readHighlights, reportOf, startServer, until,
  type Session,
} from '../tests/e2e/support/harness';
import { SEED, rng } from './corpus';
import { median, round1 } from './stats';

export interface PageFigures {
  page: string;
  textChars: number;
  /** Highlighted ranges the extension registered. */
  matches: number;
  /** framing-lens:scan of the page's first full scan (median of `runs` page loads). */
  extensionMs: number;
  /** framing-lens:scan of a second scan of the same page, its code warm (median of `runs`). */
  warmMs: number;
  /** From the scan's start to its first piece painted (median run). */
  firstPaintMs: number;
  /** Walk + analyze + paint of that scan, without the gaps between its slices (median run). */
  busyMs: number;
  /** framing-lens:complete: from the last highlight to the report complete (median run). */
  completeMs: number;
  /** The completion's own work, without the gaps between its slices (median run). */
  completeBusyMs: number;
  /**
   * The longest task of the extension's (worst run): a long task (> 50 ms) that overlaps a
   * framing-lens work measure (walk, analyze, paint, engine), less its time in the lexicon compile (`parts.engine`), else the
   * longest slice of the scan or of its completion.
   */
  longestTaskMs: number;
  /** mark.js on the same page, same terms (median of `runs` page loads). */
  markjsMs: number;
  markjsMatches: number;
  /** markjsMs / extensionMs. */
  ratio: number;
  /** Mutations the page's own observer saw while the extension scanned. */
  extensionMutations: number;
  /**
   * The scan's parts (median run): text extraction, engine, highlight registration; and
   * `engine`, the lexicon compile before the first scan (not part of framing-lens:scan).
   */
  parts: Record<string, number>;
}

export interface BrowserFigures {
  chromium: string;
  pages: PageFigures[];
  /** The popup opened on the seed page's tab: ms from its navigation to the report rendered, per open. */
  popupMs: number[];
  contentScript: { file: string; bytes: number; gzipBytes: number };
}

// Neutral news prose for the large page: nothing in it is flagged, as on most of a real page.
const NEUTRAL = [
  'The city council approved the budget after a long debate about school repairs and bus routes.',
  'Farmers in the region expect a good harvest this year thanks to a mild spring and steady rain.',
  'The museum reopened its east wing with an exhibition of maps and photographs from the last century.',
  'Shares in the shipping company rose after it reported higher profits for the third quarter.',
  'Volunteers planted three hundred trees along the river bank over the weekend.',
  'The new rail timetable adds two early trains on weekdays and a late service on Fridays.',
  'Doctors at the children’s hospital opened a ward for patients recovering from surgery.',
  'The football club signed a young defender on a four-year contract.',
];


/** Long tasks (> 50 ms) of the page's main thread, from the start. */
const LONGTASK_PROBE = `<script>window.__longTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
</script>`;

export function html(title: string, paragraphs: string[], extraHead = ''): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${MUTATION_PROBE}${LONGTASK_PROBE}${extraHead}</head>
<body><header><p>The Daily Benchmark</p></header><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main></body></html>`;
}

/** About `chars` of text with the seed article's paragraphs spread so the page has ~`matches` findings. */
export function largePage(chars: number, matches: number): string[] {
  const perSeed = createEngine().analyze(SEED.join('\n')).findings.length / SEED.length;
  const seedParagraphs = Math.round(matches / Math.max(perSeed, 0.1));
  const random = rng(42);
  const out: string[] = [];
  let size = 0;
  let seedUsed = 0;
  while (size < chars) {
    const wantSeed = seedUsed < seedParagraphs && random() < seedParagraphs / (chars / 450);
    const p = wantSeed
      ? SEED[seedUsed++ % SEED.length]!
      : Array.from({ length: 4 }, () => NEUTRAL[Math.floor(random() * NEUTRAL.length)]!).join(' ');
    out.push(p);
    size += p.length + 1;
  }
  return out;
}


interface ExtensionRun {
  ms: number;
  firstPaintMs: number;
  busyMs: number;
  completeMs: number;
  completeBusyMs: number;
  longestTaskMs: number;
  matches: number;
  /** The distinct texts the extension highlighted (for mark.js to look for on the same page). */
  terms: string[];
  mutations: number;
  chars: number;
  parts: Record<string, number>;
}

async function extensionRun(page: Page, url: string): Promise<ExtensionRun> {
  await page.goto(url);
  await until(async () => ((await page.evaluate(() => performance.getEntriesByName('framing-lens:complete').length)) ? true : undefined), 30_000, 'framing-lens:complete');
  await page.waitForTimeout(300);
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const t = (await page.evaluate(`(() => {
    const scan = performance.getEntriesByName('framing-lens:scan')[0];
    const complete = performance.getEntriesByName('framing-lens:complete')[0];
    const end = scan.startTime + scan.duration;
    const all = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('framing-lens:'));
    const inScan = (m) => m.startTime >= scan.startTime - 1 && m.startTime + m.duration <= end + 1;
    const parts = {};
    for (const p of ['walk', 'analyze', 'paint']) parts[p] = all.filter((m) => m.name === 'framing-lens:' + p && inScan(m)).reduce((a, m) => a + m.duration, 0);
    // The compile goes in steps, one measure each.
    parts.engine = performance.getEntriesByName('framing-lens:engine').reduce((a, m) => a + m.duration, 0);
    // Long tasks during our measures, less their time in the lexicon compile (a one-off, reported as parts.engine).
    const overlap = (lt, m) => Math.max(0, Math.min(lt.start + lt.duration, m.startTime + m.duration) - Math.max(lt.start, m.startTime));
    const ours = window.__longTasks
      // The scan and complete measures span the gaps between slices too: only the work measures say a task was ours.
      .filter((lt) => all.some((m) => m.name !== 'framing-lens:scan' && m.name !== 'framing-lens:complete' && overlap(lt, m) > 0))
      .map((lt) => ({ duration: lt.duration - all.filter((m) => m.name === 'framing-lens:engine').reduce((a, m) => a + overlap(lt, m), 0) }));
    return {
      ms: scan.duration,
      firstPaintMs: scan.detail?.firstPaint ?? scan.duration,
      completeMs: complete.duration,
      completeBusyMs: complete.detail?.busy ?? 0,
      parts,
      longestTaskMs: Math.max(scan.detail?.longestSlice ?? 0, complete.detail?.longestSlice ?? 0, ...ours.map((lt) => lt.duration)),
    };
  })()`)) as Pick<ExtensionRun, 'ms' | 'firstPaintMs' | 'completeMs' | 'completeBusyMs' | 'parts' | 'longestTaskMs'>;
  const highlights = await readHighlights(page);
  const matches = countRanges(highlights);
  const terms = [...new Set(Object.entries(highlights).filter(([n]) => n !== 'framing-lens-focus').flatMap(([, r]) => r))];
  const mutations = await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations.length);
  const chars = await page.evaluate(() => document.body.innerText.length);
  const busyMs = (t.parts.walk ?? 0) + (t.parts.analyze ?? 0) + (t.parts.paint ?? 0);
  return { ...t, busyMs, matches, terms, mutations, chars };
}

/**
 * The page scanned again by the same content script, as a settings change does (the
 * background's `rescan`): its framing-lens:scan, with the code the first scan warmed.
 */
async function warmScan(session: Session, page: Page, url: string): Promise<number> {
  const { tabId } = await reportOf(session.sw, url);
  await page.evaluate(() => performance.clearMeasures());
  await session.sw.evaluate(async (id) => {
    await (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.sendMessage(id, { type: 'rescan', payload: {} });
  }, tabId);
  await until(async () => ((await page.evaluate(() => performance.getEntriesByName('framing-lens:complete').length)) ? true : undefined), 30_000, 'the second scan');
  return page.evaluate(() => performance.getEntriesByName('framing-lens:scan')[0]!.duration);
}

async function markjsRun(page: Page, url: string, terms: string[]): Promise<{ ms: number; matches: number }> {
  await page.goto(url);
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    let matches = 0;
    new Mark(document.body).mark(${JSON.stringify(terms)}, {
      separateWordSearch: false, acrossElements: true, diacritics: false,
      each() { matches++; },
      done() { resolve({ ms: performance.now() - start, matches }); },
    });
  })`) as Promise<{ ms: number; matches: number }>;
}

/**
 * Opens the popup for the seed page's tab `runs` times and reads its own measure
 * (framing-lens:popup: navigation start to the report rendered). Playwright cannot click the
 * toolbar, so the popup page opens as a tab with ?tabId (TOOLCHAIN.md).
 */
async function popupRuns(session: Session, url: string, runs: number): Promise<number[]> {
  const page = await session.context.newPage();
  await page.goto(url);
  const { tabId } = await reportOf(session.sw, url);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await popup.goto(popupUrl(session, tabId));
    await popup.waitForSelector('html[data-rendered="report"]');
    times.push(await popup.evaluate(() => performance.getEntriesByName('framing-lens:popup')[0]!.duration));
  }
  await popup.close();
  await page.close();
  return times.map(round1);
}

export async function benchBrowser(runs = 5): Promise<BrowserFigures> {
  const server = await startServer();
  const session = await launch(server.port);
  try {
    const pages: [string, string[]][] = [
      ['seed article', SEED],
      ['~1 MB news page', largePage(1_000_000, 1_000)],
    ];
    const figures: PageFigures[] = [];
    for (const [name, paragraphs] of pages) {
      const slug = name.replace(/\W+/g, '-');
      server.set(`/bench/${slug}.html`, html(name, paragraphs));
      server.set(`/bench/${slug}-markjs.html`, html(name, paragraphs, '<script src="/vendor/mark.min.js"></script>'));
      const page = await session.context.newPage();
      const ext: ExtensionRun[] = [];
      const url = `http://${NEWS_HOST}/bench/${slug}.html`;
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) {
        ext.push(await extensionRun(page, url));
        warm.push(await warmScan(session, page, url));
      }
      // The very terms the extension highlighted, for mark.js to find on the same page.
      const terms = ext[0]!.terms;
      const mk: { ms: number; matches: number }[] = [];
      for (let i = 0; i < runs; i++) mk.push(await markjsRun(page, `http://${UNKNOWN_HOST}/bench/${slug}-markjs.html`, terms));
      await page.close();
      const extensionMs = median(ext.map((r) => r.ms));
      const markjsMs = median(mk.map((r) => r.ms));
      figures.push({
        page: name,
        textChars: ext[0]!.chars,
        matches: ext[0]!.matches,
        extensionMs: round1(extensionMs),
        warmMs: round1(median(warm)),
        firstPaintMs: round1(median(ext.map((r) => r.firstPaintMs))),
        busyMs: round1(median(ext.map((r) => r.busyMs))),
        completeMs: round1(median(ext.map((r) => r.completeMs))),
        completeBusyMs: round1(median(ext.map((r) => r.completeBusyMs))),
        longestTaskMs: round1(Math.max(...ext.map((r) => r.longestTaskMs))),
        markjsMs: round1(markjsMs),
        markjsMatches: mk[0]!.matches,
        ratio: round1(markjsMs / extensionMs),
        extensionMutations: Math.max(...ext.map((r) => r.mutations)),
        parts: [...ext].sort((a, b) => a.ms - b.ms)[Math.floor(ext.length / 2)]!.parts,
      });
    }
    const popupMs = await popupRuns(session, `http://${NEWS_HOST}/bench/seed-article.html`, 5);
    const file = join(DIST, 'src/content/index.js');
    const code = readFileSync(file);
    return {
      chromium: session.context.browser()?.version() ?? 'unknown',
      pages: figures,
      popupMs,
      contentScript: { file: 'dist/src/content/index.js', bytes: statSync(file).size, gzipBytes: gzipSync(code, { level: 9 }).length },
    };
  } finally {
    await session.close();
    await server.close();
  }
}

// `npx tsx bench/browser.ts` prints the figures on their own.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchBrowser(), null, 2));
}
