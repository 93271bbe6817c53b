// The character tables cost a few ms to fill; the content script loads on every page of a news
// site, most of which (section fronts, search pages) never scan. Loading the engine must not
// fill them; its first compile does.
import { expect, it, vi } from 'vitest';
import { CLASS, FOLD, LETTER } from '../../src/engine/chars';

it('loading the content script engine leaves the character tables empty; the first compile fills them', async () => {
  const { prepareDetector } = await import('../../src/engine/page-detector');
  expect(CLASS[0x61]).toBe(0);
  const preparation = prepareDetector();
  while (!preparation.step(() => 5));
  expect(CLASS[0x61]).toBe(LETTER);
  expect(FOLD[0x41]).toBe(0x61); // "A" folds to "a"
});

it('a compile cancelled halfway through the tables leaves them to the next, which finishes them', async () => {
  vi.resetModules();
  const chars = await import('../../src/engine/chars');
  const { prepareDetector } = await import('../../src/engine/page-detector');
  // A compile that goes one step at a time is dropped while the tables are half filled (a
  // settings change restarts the content script's scan): letters have their class, capitals
  // do not fold yet.
  const first = prepareDetector();
  while (chars.CLASS[0x61] !== chars.LETTER) expect(first.step(() => 0)).toBeNull();
  expect(chars.FOLD[0x41]).toBe(0x41);
  // The next compile (or any fold) finishes them: "Ё" folds to "е", a soft hyphen is invisible.
  const second = prepareDetector();
  while (!second.step(() => 5));
  expect(chars.FOLD[0x41]).toBe(0x61);
  expect(chars.FOLD[0x401]).toBe(0x435);
  expect(chars.CLASS[0xad]).toBe(chars.SKIP);
  expect(second.step(() => 5)!.detect('Officials in Kiev said').findings.map((f) => f.text)).toEqual(['Kiev']);
});
