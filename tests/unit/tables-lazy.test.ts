// The character tables cost a few ms to fill; the content script loads on every page of a news
// site, most of which (section fronts, search pages) never scan. Loading the engine must not
// fill them; its first compile does.
import { expect, it } from 'vitest';
import { CLASS, FOLD, LETTER } from '../../src/engine/chars';

it('loading the content script engine leaves the character tables empty; the first compile fills them', async () => {
  const { prepareEngine } = await import('../../src/engine/without-descriptions');
  expect(CLASS[0x61]).toBe(0);
  const preparation = prepareEngine();
  while (!preparation.step(() => 5));
  expect(CLASS[0x61]).toBe(LETTER);
  expect(FOLD[0x41]).toBe(0x61); // "A" folds to "a"
});
