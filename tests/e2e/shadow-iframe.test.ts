// An article rendered in an open shadow root and a story in a same-origin iframe are both
// scanned; the iframe's highlights live in the iframe's own registry.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEWS_HOST, launch, readHighlights, startServer, until, waitForHighlights, type PageServer, type Session } from './support/harness';

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

it('highlights inside an open shadow root and a same-origin iframe', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/shadow-iframe.html`);
  const top = await waitForHighlights(page);
  expect(top['framing-lens-place-name']).toEqual(['Kiev']);
  const inShadow = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('framing-lens-place-name')!].every(
      (r) => r.startContainer.getRootNode() instanceof ShadowRoot,
    ),
  );
  expect(inShadow).toBe(true);

  const frame = page.frame({ url: /frame-content\.html$/ })!;
  expect(frame).toBeTruthy();
  const inFrame = await until(async () => {
    const d = await readHighlights(frame);
    return d['framing-lens-place-name']?.length ? d : undefined;
  }, 10_000, 'iframe highlights');
  expect(inFrame['framing-lens-place-name']).toEqual(['Donbass']);
  // Styled there too (adopted sheet, no node added to the frame).
  expect(await frame.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
  expect(await frame.evaluate(() => document.querySelectorAll('style, link').length)).toBe(0);
  await page.close();
});
