// An article rendered in an open shadow root and a story in a same-origin iframe are both
// scanned; the iframe's highlights live in the iframe's own registry.
import { expect, it } from 'vitest';
import { cardText, highlightCentre, NEWS_HOST, readHighlights, until, useExtension, waitForHighlights } from './support/harness';

const env = useExtension();

it('highlights inside an open shadow root and a same-origin iframe', async () => {
  const page = await env.session.context.newPage();
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

it('hovering a word in the shadow root or in the iframe shows its card', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/shadow-iframe.html`);
  await waitForHighlights(page);
  await until(async () => ((await readHighlights(page.frame({ url: /frame-content\.html$/ })!))['framing-lens-place-name'] ? true : undefined), 10_000, 'iframe highlights');

  const inShadow = await highlightCentre(page, 'framing-lens-place-name');
  await page.mouse.move(inShadow.x, inShadow.y);
  expect(await until(async () => (await cardText(page)) ?? undefined, 5_000, 'card for the shadow-root word')).toContain('Kyiv');

  // The open card may cover the iframe's word (moving onto a card keeps it open): close it.
  await page.keyboard.press('Escape');
  expect(await cardText(page)).toBeNull();
  const inFrame = await highlightCentre(page.frame({ url: /frame-content\.html$/ })!, 'framing-lens-place-name');
  await page.mouse.move(inFrame.x, inFrame.y);
  expect(await until(async () => {
    const t = await cardText(page);
    return t?.includes('Donbass') ? t : undefined;
  }, 5_000, 'card for the iframe word')).toContain('Donbas');
  await page.close();
});

it('an iframe that navigates later is scanned again', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/shadow-iframe.html`);
  await waitForHighlights(page);
  await page.evaluate(() => ((document.getElementById('frame') as HTMLIFrameElement).src = 'frame-content-2.html'));
  const frame = await until(async () => page.frame({ url: /frame-content-2\.html$/ }) ?? undefined, 10_000, 'second frame');
  const d = await until(async () => {
    const dump = await readHighlights(frame);
    return dump['framing-lens-place-name']?.length ? dump : undefined;
  }, 10_000, 'highlights in the new frame document');
  expect(d['framing-lens-place-name']).toEqual(['Artemovsk']);
  // The top page keeps exactly its own highlight.
  expect((await readHighlights(page))['framing-lens-place-name']).toEqual(['Kiev']);
  await page.close();
});

