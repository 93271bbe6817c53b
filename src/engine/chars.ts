// Character tables for the single pass over UTF-16 code units. Built once per process: every
// code unit gets a class and a folded form, so the scanner does two array reads per character
// instead of regex tests, lower-casing or normalisation.
//
//   code unit ──CLASS──▶ LETTER | SEP | APOS | SKIP | OTHER
//             ──FOLD───▶ lower-case base letter (é→e, ё→е, й→и, ї→і, Ё→е)
//             ──SCRIPT─▶ LATIN | CYRILLIC | none   (for mixed-script words)

export const OTHER = 0;
/** Letters and digits: the stuff of words. */
export const LETTER = 1;
/** Spaces, line breaks, hyphens and dashes: one phrase separator, however many. */
export const SEP = 2;
/** Apostrophes: inside a phrase they match `'`; they also end a word (Kiev's). */
export const APOS = 3;
/** Combining marks, soft hyphens and zero-width characters: invisible, skipped by matching. */
export const SKIP = 4;

export const LATIN = 1;
export const CYRILLIC = 2;

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;

const SIZE = 0x10000;
export const CLASS = new Uint8Array(SIZE);
export const FOLD = new Uint16Array(SIZE);
export const SCRIPT = new Uint8Array(SIZE);

const LETTER_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /[\s\p{Zs}]/u;
const DASH_RE = /\p{Pd}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const INVISIBLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x034f];
const APOSTROPHES = [0x27, 0x2019, 0x2018, 0x02bc, 0x02b9, 0x0060, 0x00b4, 0x2032];

function foldLetter(ch: string): number {
  const base = ch.toLowerCase().normalize('NFD');
  return base.charCodeAt(0);
}

const buildStart = performance.now();
for (let c = 0; c < SIZE; c++) {
  // Punctuation ("Lenta.ru", "AT&T") is matched as itself; surrogate halves end words.
  FOLD[c] = c;
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (LETTER_RE.test(ch)) {
    CLASS[c] = LETTER;
    FOLD[c] = foldLetter(ch);
    if (LATIN_RE.test(ch)) SCRIPT[c] = LATIN;
    else if (CYRILLIC_RE.test(ch)) SCRIPT[c] = CYRILLIC;
  } else if (MARK_RE.test(ch)) {
    CLASS[c] = SKIP;
  } else if (SPACE_RE.test(ch) || DASH_RE.test(ch) || c === 0x2212) {
    CLASS[c] = SEP;
    FOLD[c] = SPACE;
  }
}
for (const c of INVISIBLE) CLASS[c] = SKIP;
for (const c of APOSTROPHES) {
  CLASS[c] = APOS;
  FOLD[c] = APOSTROPHE;
}
/** How long the tables took to build (reported by the benchmark; paid once per process). */
export const TABLES_BUILD_MS = performance.now() - buildStart;

export function isLetterCode(c: number): boolean {
  return CLASS[c] === LETTER;
}

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
