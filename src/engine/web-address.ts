// Web and e-mail addresses written out in the text ("https://lenta.ru/news/artemovsk/",
// "press@kiev.example.com"): a place's name in one is part of an address the reader cannot
// reword, not the outlet's usage. Outlets are still read in them: a link to lenta.ru cites it.

/** How far an address is read each side of a match: a longer run without spaces is no prose. */
const REACH = 300;

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;

/**
 * An address's shape, its brackets and end punctuation taken off: a scheme, "www.", an e-mail's
 * or a handle's "@", an identifier's "_" ("artemovsk_today"; not Markdown's "_Kiev_"), or a host in
 * lower case, a path after it or not ("artemovsk-wine.ru"; not "Krasnoarmeysk.The" nor "Artemovsk.in a
 * statement", a missing space).
 */
const SCHEME_OR_MARK = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)|@|[\p{L}\d]_[\p{L}\d]/iu;
const HOST = /^(?:[\p{Ll}\d-]+\.)+(?:[a-z]{2,6}|рф|укр)(?:[/:?#]|$)/u;
const TRIM = /^[\p{Ps}\p{Pi}"'<]+|[\p{Pe}\p{Pf}\p{Po}"'>]+$/gu;

/** Whether [start, end) lies inside a web or e-mail address: the run of text without spaces around it. */
export function inWebAddress(text: string, start: number, end: number): boolean {
  // Asked of every flagged match: the run is read for an address's marks (. / : @ _) first, and
  // only a run with one is sliced and tested.
  let marks = false;
  let from = start;
  const stop = Math.max(0, start - REACH);
  for (let c = text.charCodeAt(from - 1); from > stop && !isSpaceCode(c); c = text.charCodeAt(--from - 1)) marks ||= isMark(c);
  let to = end;
  const limit = Math.min(text.length, end + REACH);
  for (let c = text.charCodeAt(to); to < limit && !isSpaceCode(c); c = text.charCodeAt(++to)) marks ||= isMark(c);
  if (!marks) return false;
  const token = text.slice(from, to).replace(TRIM, '');
  return SCHEME_OR_MARK.test(token) || HOST.test(token);
}

const isMark = (c: number): boolean => c === 0x2e || c === 0x2f || c === 0x3a || c === 0x40 || c === 0x5f;
