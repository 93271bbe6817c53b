// Character tables for the single pass over UTF-16 code units, filled once per process or page
// (ensureTables): every code unit gets a class and a folded form, so the scanner does two array
// reads per character instead of regex tests, lower-casing or normalisation.
//
//   code unit ──CLASS──▶ LETTER | SEP | APOS | SKIP | OTHER
//             ──FOLD───▶ lower-case base letter (é→e, ё→е, й→и, ї→і, Ё→е)
//             ──SCRIPT─▶ LATIN | CYRILLIC | none   (for mixed-script words)

import { finish } from './steps';

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

const INVISIBLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x034f];
const APOSTROPHES = [0x27, 0x2019, 0x2018, 0x02bc, 0x02b9, 0x0060, 0x00b4, 0x2032];
/** Letters below this fold by lower-casing and dropping diacritics (Latin, Greek, Cyrillic). */
const FOLDED_BELOW = 0x2000;

// The tables are filled when the engine is first compiled (ensureTables), not when the content
// script loads: it loads on every page of a news site, and a section front without article text
// never needs them (filling them took about 7 ms of each such page load). One regex pass per
// class over a string of all code units, instead of a regex test per code unit.

/** Fills `table` with `value` over every run of code units the pattern matches. */
function fill(all: string, table: Uint8Array | Uint16Array, re: RegExp, value: number): void {
  for (const m of all.matchAll(re)) table.fill(value, m.index, m.index + m[0].length);
}

let built = false;
let filling: Generator<void, void> | null = null;
/** How long the tables took to fill (reported by the benchmark; paid once per process or page). */
export let TABLES_BUILD_MS = 0;

/** Fills the tables, once. The engine's entry points call it before anything reads them. */
export function ensureTables(): void {
  if (!built) finish(tableSteps());
}

/**
 * The same in steps of a few ms each (cold on a page: one step was a 15–30 ms slice of the
 * lexicon compile), for the compile to run in its slices. A fill left halfway, by a compile a
 * settings change cancelled, goes on where it stopped.
 */
export function* tableSteps(): Generator<void, void> {
  filling ??= fillSteps();
  for (;;) {
    const t = performance.now();
    const next = filling.next();
    TABLES_BUILD_MS += performance.now() - t;
    if (next.done) return;
    yield;
  }
}

function* fillSteps(): Generator<void, void> {
  const units = new Uint16Array(SIZE);
  for (let c = 0; c < SIZE; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c; // lone surrogates: no class
  const all = new TextDecoder('utf-16le').decode(units);
  for (let c = 0; c < SIZE; c++) FOLD[c] = c; // punctuation ("Lenta.ru", "AT&T") is matched as itself
  fill(all, CLASS, /\p{M}+/gu, SKIP);
  fill(all, CLASS, /[\s\p{Zs}\p{Pd}\u2212]+/gu, SEP);
  fill(all, FOLD, /[\s\p{Zs}\p{Pd}\u2212]+/gu, SPACE);
  yield;
  fill(all, CLASS, /[\p{L}\p{N}]+/gu, LETTER);
  yield;
  // Only letters' scripts are ever read.
  fill(all, SCRIPT, /\p{Script=Latin}+/gu, LATIN);
  fill(all, SCRIPT, /\p{Script=Cyrillic}+/gu, CYRILLIC);
  yield;
  for (let c = 0; c < FOLDED_BELOW; c++) {
    if (CLASS[c] === LETTER) FOLD[c] = String.fromCharCode(c).toLowerCase().normalize('NFD').charCodeAt(0);
  }
  yield;
  // Above, capitals still fold to lower case (fullwidth Ａ, the Kelvin sign), but nothing is
  // decomposed: a Hangul syllable's decomposition would fold it to its first consonant.
  for (const m of all.slice(FOLDED_BELOW).matchAll(/[\p{Lu}\p{Lt}]/gu)) {
    FOLD[m.index + FOLDED_BELOW] = m[0].toLowerCase().charCodeAt(0);
  }
  for (const c of INVISIBLE) CLASS[c] = SKIP;
  for (const c of APOSTROPHES) {
    CLASS[c] = APOS;
    FOLD[c] = APOSTROPHE;
  }
  built = true;
}

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Spaces, dashes, commas, colons and brackets: what may stand between a name and the words
 * that say more of it ("a source, John Smith,", "Artemovsk (now Bakhmut)").
 */
export function isJoinerCode(c: number): boolean {
  return CLASS[c] === SEP || c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29;
}

/** Nothing but joiners (isJoinerCode) in text[from, to). */
export function onlyJoiners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJoinerCode(text.charCodeAt(i))) return false;
  return true;
}

/** text[from, to) is words and the spaces between them, no more than `most` words. */
export function fewWordsOnly(text: string, from: number, to: number, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === SEP) inWord = false;
    else if (cls === OTHER) return false;
    else if (!inWord && cls === LETTER) {
      inWord = true;
      if (++words > most) return false;
    }
  }
  return true;
}

/** Letters in text[from, to), all of them capitals: an abbreviation ("IMF", "ОВА"), a headline. */
export function inCapitals(text: string, from = 0, to = text.length): boolean {
  let letters = false;
  for (let i = from; i < to; i++) {
    if (CLASS[text.charCodeAt(i)] !== LETTER) continue;
    if (!isUpperAt(text, i)) return false;
    letters = true;
  }
  return letters;
}

/** An English possessive ending at `i`: an apostrophe, "s", and no further letter ("Kiev's"). */
export function possessiveAt(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return CLASS[text.charCodeAt(i)] === APOS && (s === 0x73 || s === 0x53) && !(i + 2 < text.length && CLASS[text.charCodeAt(i + 2)] === LETTER);
}

/**
 * Whether the code unit at `i` is a capital letter. ASCII and basic Cyrillic by their ranges,
 * the rest by case mapping: no `\p{Lu}` regex, whose compile alone cost the first page a few ms.
 */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x45f) return c < 0x430;
  return i < text.length && isUpperChar(text[i]!);
}
