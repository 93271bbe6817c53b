// Two builds of the extension on one benchmark page, in one run: each loads the page in turn
// (A B, B A, A B, …) in a Chromium of its own, so whatever the machine does meanwhile falls on
// both alike. On this project's 2-core VM one build's scan of the 1 MB page ranges over ±20%
// from one load to the next, and two builds measured minutes apart differ by more than most
// changes do: a change must beat the spread this prints.
//
//   git worktree add /tmp/base HEAD~1 && (cd /tmp/base && npm ci && npm run build)
//   npm run build && npx tsx bench/ab-page.ts /tmp/base/dist dist [--runs 10] [--page 1mb|seed|many-nodes]
//
// Prints, per build, the median and range over the runs of each framing-lens measure the
// content script recorded (summed over its slices: scan, engine, walk, analyze, paint, complete).
import { NEWS_HOST, launch, startServer, until, type Session } from '../tests/e2e/support/harness';
import { manyNodesPage } from '../tests/e2e/support/large-pages';
import { html, largePage } from './browser';
import { SEED } from './corpus';
import { median } from './stats';

const PAGES: Record<string, () => string> = {
  '1mb': () => html('~1 MB news page', largePage(1_000_000, 1_000)),
  seed: () => html('seed article', SEED),
  'many-nodes': manyNodesPage,
};

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]! : fallback;
}

const [distA, distB] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const runs = Number(option('runs', '10'));
const pageName = option('page', '1mb');
if (!distA || !distB || !PAGES[pageName] || !(runs > 0)) {
  console.error(`usage: npx tsx bench/ab-page.ts DIST_A DIST_B [--runs N] [--page ${Object.keys(PAGES).join('|')}]`);
  process.exit(2);
}

/** One load of the page: each framing-lens measure, summed over its entries. */
async function load(session: Session, url: string): Promise<Record<string, number>> {
  const page = await session.context.newPage();
  try {
    await page.goto(url);
    await until(async () => ((await page.evaluate(() => performance.getEntriesByName('framing-lens:complete').length)) ? true : undefined), 60_000, 'framing-lens:complete');
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('measure').filter((m) => m.name.startsWith('framing-lens:')).map((m) => [m.name.slice(13), m.duration] as const),
    );
    const sums: Record<string, number> = {};
    for (const [name, ms] of entries) sums[name] = (sums[name] ?? 0) + ms;
    return sums;
  } finally {
    await page.close();
  }
}

const server = await startServer();
server.set('/bench/ab.html', PAGES[pageName]!());
const url = `http://${NEWS_HOST}/bench/ab.html`;
const builds = { A: distA, B: distB };
const sessions: Record<string, Session> = {};
try {
  for (const [k, dist] of Object.entries(builds)) sessions[k] = await launch(server.port, undefined, true, undefined, dist);
  const figures: Record<string, Record<string, number[]>> = { A: {}, B: {} };
  for (let r = 0; r < runs; r++) {
    for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) {
      for (const [name, ms] of Object.entries(await load(sessions[k]!, url))) (figures[k]![name] ??= []).push(ms);
    }
  }
  console.log(`${pageName} page, ${runs} loads each; median [range] in ms`);
  for (const [k, dist] of Object.entries(builds)) {
    const row = Object.entries(figures[k]!).map(([name, xs]) => `${name} ${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}]`);
    console.log(`${k} ${dist}\n  ${row.join('  ')}`);
  }
} finally {
  for (const s of Object.values(sessions)) await s.close();
  await server.close();
}
