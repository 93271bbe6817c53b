// What a page can learn about the extension (docs/SECURITY.md): the traces below are the whole
// list, and this test fails when a new one appears. Read from the page's own world, as a page
// would: highlight names in CSS.highlights (and the ranges, so the flagged words), the
// `framing-lens:*` measures in its performance timeline, and, while a card is open, one host
// element whose shadow root is closed. No global, no style sheet, no attribute, no other node.
import { expect, it } from 'vitest';
import { highlightCentre, NEWS_HOST, useExtension, waitForHighlights } from './support/harness';

const env = useExtension();

it('a page sees only the highlight names, the measures, and a closed card host while it is open', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/adversarial/presence.html`);
  await waitForHighlights(page, 4);
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __before: { globals: string[]; sheets: number }; __probe: { mutations: string[] } };
    const now = Object.getOwnPropertyNames(window);
    return {
      highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort(),
      measures: [...new Set(performance.getEntriesByType('measure').map((e) => e.name))].sort(),
      marks: performance.getEntriesByType('mark').map((e) => e.name),
      globals: now.filter((g) => !w.__before.globals.includes(g) && !['__before', '__probe'].includes(g)),
      sheets: document.styleSheets.length - w.__before.sheets,
      adopted: document.adoptedStyleSheets.length,
      mutations: w.__probe.mutations,
      attributes: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /framing|lens/i.test(n)),
    };
  });
  console.log(`presence: ${JSON.stringify(seen)}`);
  expect(seen.highlights.every((n) => /^framing-lens-(loaded-term|place-name|unnamed-source|editorializing|focus)$/.test(n))).toBe(true);
  expect(seen.measures.every((n) => /^framing-lens:(engine|walk|analyze|paint|scan|complete)$/.test(n))).toBe(true);
  expect(seen.marks).toEqual([]);
  expect(seen.globals).toEqual([]);
  expect(seen.sheets).toBe(0);
  expect(seen.adopted).toBe(0);
  expect(seen.mutations).toEqual([]);
  expect(seen.attributes).toEqual([]);

  // Hovering a flagged word opens the card: one element in the page, its shadow root closed.
  const p = await highlightCentre(page, 'framing-lens-loaded-term');
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(500);
  const card = await page.evaluate(() => {
    const w = window as unknown as { __probe: { mutations: string[] } };
    const hosts = [...document.querySelectorAll('body *, html > *')].filter((el) => el.tagName.includes('-'));
    return { mutations: w.__probe.mutations, hosts: hosts.map((h) => ({ tag: h.tagName.toLowerCase(), shadowRoot: h.shadowRoot === null ? 'closed' : 'open', text: h.textContent })) };
  });
  console.log(`presence with the card open: ${JSON.stringify(card)}`);
  expect(card.hosts).toEqual([{ tag: 'framing-lens-card', shadowRoot: 'closed', text: '' }]);
  expect(card.mutations).toEqual(['childList HTML +1 -0 ']); // the host, added to <html> once
  await page.close();
});
