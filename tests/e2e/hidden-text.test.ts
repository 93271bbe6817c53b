// Only text the page shows is marked: display: none (of a block or of a word inside a
// paragraph), visibility: hidden, the hidden attribute, the contents of a content-visibility:
// hidden box and of a closed <details> are left alone; display: contents, text below the fold
// in a content-visibility: auto box, and text nested deeper than the walk asks
// checkVisibility() for (walk.ts) are read. Real Chromium decides what renders here, not a
// test's own visibility rule.
import { expect, it } from 'vitest';
import { NEWS_HOST, readHighlights, useExtension, waitForHighlights } from './support/harness';

const env = useExtension();

it('marks the text the page shows and none of the text it hides', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/hidden.html`);
  const shown = ['Artemovsk', 'Artemovsk', 'Donbass', 'Kiev', 'liberation', 'sources say'];
  await waitForHighlights(page, shown.length);
  await page.waitForTimeout(300);
  const texts = Object.entries(await readHighlights(page))
    .filter(([name]) => name !== 'framing-lens-focus')
    .flatMap(([, ranges]) => ranges)
    .sort();
  expect(texts).toEqual(shown);
  // Each mark lies in text that renders: none inside a hidden element or a closed <details>.
  const hiddenAncestors = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) =>
      [...h].map((r) => (r.startContainer.parentElement as HTMLElement).checkVisibility({ visibilityProperty: true })),
    ),
  );
  expect(hiddenAncestors.every(Boolean)).toBe(true);
  await page.close();
});
