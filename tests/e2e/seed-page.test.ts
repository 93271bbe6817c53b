// The seed article on a news site the outlet lexicon knows: the extension starts by itself,
// highlights exactly what the engine finds, shows the card on hover, counts on the badge, and
// changes no node of the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import {
  DEMO_URL, MUTATION_PROBE, NEWS_HOST, ROOT, UNKNOWN_HOST, cardText, countRanges, readHighlights, serveDemo, tabState, until,
  useExtension, waitForHighlights, wordCentre,
} from './support/harness';
import { SEED_ARTICLE } from '../support/seed-article';

const expected = createEngine().analyze(SEED_ARTICLE).findings;

// The demo page with a page-side MutationObserver in front of everything else.
const env = useExtension((server) => serveDemo(server, (html) => html.replace('<head>', `<head>${MUTATION_PROBE}`)));

describe('seed article on a news host', () => {
  it('the outlet lexicon lists the host, so the manifest matches it', () => {
    const domains = JSON.parse(readFileSync(join(ROOT, 'src/lexicon/generated/outlet-domains.json'), 'utf8')) as string[];
    expect(domains).toContain(NEWS_HOST.replace(/^www\./, ''));
  });

  it('highlights exactly the engine findings, each in its category', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    const got = await waitForHighlights(page, expected.length);
    await page.waitForTimeout(300); // nothing more should arrive
    const dump = await readHighlights(page);
    for (const category of ['loaded-term', 'place-name', 'unnamed-source', 'editorializing'] as const) {
      const want = expected.filter((f) => f.category === category).map((f) => f.text).sort();
      expect((dump[`framing-lens-${category}`] ?? []).slice().sort(), category).toEqual(want);
    }
    // Not vacuous: the seed's well-known framing is there.
    expect(got['framing-lens-loaded-term']).toContain('liberation');
    expect(got['framing-lens-unnamed-source']?.join('|')).toMatch(/military correspondent/);
    await page.close();
  });

  it('causes zero DOM mutations in the page', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page, expected.length);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations)).toEqual([]);
    await page.close();
  });

  it('the badge counts the findings of the report', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    const dump = await waitForHighlights(page, expected.length);
    const state = await until(async () => {
      const s = await tabState(env.session.sw, DEMO_URL);
      return s?.report ? s : undefined;
    }, 10_000, 'a report in the background');
    expect(state.report!.findings.length).toBe(expected.length);
    expect(state.badge).toBe(String(expected.length));
    expect(countRanges(dump)).toBe(expected.length);
    // The tooltip says it in words and names the party; the colour is that party's, from the lexicon.
    const action = await env.session.sw.evaluate(async (tabId) => {
      const { action } = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      return { title: await action.getTitle({ tabId }), colour: await action.getBadgeBackgroundColor({ tabId }) };
    }, state.tabId);
    expect(action.title).toBe(`Framing Lens: ${expected.length} flagged words on this page; mostly Russian official vocabulary`);
    expect(action.colour).toEqual([0xc6, 0x28, 0x28, 255]);

    // Navigating the tab elsewhere (a host the extension does not scan) clears the badge.
    await page.goto(`http://${UNKNOWN_HOST}/live.html`);
    await until(
      async () => ((await env.session.sw.evaluate((id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.action.getBadgeText({ tabId: id }), state.tabId)) === '' ? true : undefined),
      5_000,
      'badge cleared after navigation',
    );
    expect(await tabState(env.session.sw, DEMO_URL)).toBeUndefined();
    await page.close();
  });

  it('hovering a highlighted word shows its card with the neutral alternative', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page, expected.length);
    const target = expected.find((f) => f.text === 'liberation')!;
    const point = await wordCentre(page, target.text);
    expect(point).not.toBeNull();
    expect(await cardText(page)).toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const text = await until(async () => (await cardText(page)) ?? undefined, 5_000, 'the card');
    expect(text).toContain(target.neutral!);
    expect(text).toContain('Loaded term');
    expect(text).toContain(target.explanation);
    await page.keyboard.press('Escape');
    await until(async () => ((await cardText(page)) === null ? true : undefined), 3_000, 'the card to close');
    await page.close();
  });

  it('next-finding and scrollToFinding (relayed by the background) show findings in reading order and by report id', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page, expected.length);
    const { tabId } = (await until(() => tabState(env.session.sw, DEMO_URL), 10_000, 'tab state'))!;
    // What the background sends on the command: the same message, from the service worker.
    const step = (direction: 1 | -1) =>
      env.session.sw.evaluate(
        ([id, d]) => (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.sendMessage(id, { type: 'nextFinding', payload: { direction: d } }, { frameId: 0 }),
        [tabId, direction] as const,
      );
    const focused = async () => (await readHighlights(page))['framing-lens-focus'] ?? [];

    expect(await step(1)).toEqual({ ok: true });
    expect(await focused()).toEqual(['liberation']); // the first flagged word of the article
    expect(await cardText(page)).toContain('liberation');
    expect(await step(1)).toEqual({ ok: true });
    expect(await focused()).toEqual(['Krasny Armeysk']);
    expect(await step(-1)).toEqual({ ok: true });
    expect(await focused()).toEqual(['liberation']);
    await page.keyboard.press('Escape');
    expect(await focused()).toEqual([]);
    expect(await cardText(page)).toBeNull();

    // scrollToFinding (the popup's sentence click, relayed by the background) by report id.
    const report = (await tabState(env.session.sw, DEMO_URL))!.report as unknown as { findings: { id: string; text: string }[] };
    const last = report.findings[report.findings.length - 1]!;
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    const answer = await env.session.sw.evaluate(
      ([id, findingId]) => (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.sendMessage(id, { type: 'scrollToFinding', payload: { findingId } }, { frameId: 0 }),
      [tabId, last.id] as const,
    );
    expect(answer).toEqual({ ok: true });
    expect(await focused()).toEqual([last.text]);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(scrolledBefore);
    expect(await cardText(page)).toContain(last.text);
    await page.keyboard.press('Escape');

    // A message that is not ours, or malformed, gets no answer and changes nothing.
    const bad = await env.session.sw.evaluate(
      (id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.tabs.sendMessage(id, { type: 'nextFinding', payload: { direction: 5 } }, { frameId: 0 }).catch((e: Error) => e.message),
      tabId,
    );
    expect(bad).not.toEqual({ ok: true });
    expect(await focused()).toEqual([]);
    await page.close();
  });
});
