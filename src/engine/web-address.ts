// Web and e-mail addresses written out in the text ("https://lenta.ru/news/artemovsk/",
// "press@kiev.example.com"): a place's name in one is part of an address the reader cannot
// reword, not the outlet's usage. Outlets are still read in them: a link to lenta.ru cites it.

/** How far an address is read each side of a match: a longer run without spaces is no prose. */
const REACH = 300;

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;

/** An address's shape: a scheme, "www.", an e-mail's "@", or a dotted host followed by a path. */
const ADDRESS = /^[\p{Ps}\p{Pi}"'<]*(?:[a-z][a-z\d+.-]*:\/\/|www\.|[^\s@]+@[^\s@]+\.\p{L}{2})|^[\p{Ps}\p{Pi}"'<]*(?:[\p{L}\d-]+\.)+\p{L}{2,}\//iu;

/** Whether [start, end) lies inside a web or e-mail address: the run of text without spaces around it. */
export function inWebAddress(text: string, start: number, end: number): boolean {
  let from = start;
  const stop = Math.max(0, start - REACH);
  while (from > stop && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  const limit = Math.min(text.length, end + REACH);
  while (to < limit && !isSpaceCode(text.charCodeAt(to))) to++;
  // A word alone, or with its punctuation, is prose: most matches end here.
  if (to - from === end - start) return false;
  return ADDRESS.test(text.slice(from, to));
}
