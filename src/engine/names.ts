// Capitalised word runs ("Volodymyr Zelenskyy", "Responsible Statecraft"): the shape of a name
// next to an attribution cue. Reads the original text, since capitals are folded away elsewhere.
import { APOS, CLASS, LETTER, SKIP, isJoinerCode, isUpperAt } from './chars';
import type { Span } from './context';
import { startsSentenceAt } from './sentences';
import { wordsAfter, wordsBefore, type Word } from './words';

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'von', 'van', 'al', 'bin', 'ibn', 'del', 'la', 'le', 'und']);
// Capitalised at a sentence start without being names.
const NOT_NAMES = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their',
  'its', 'our', 'such', 'some', 'many', 'most', 'both', 'one', 'there', 'then', 'when', 'while', 'as', 'but', 'and',
  'он', 'она', 'оно', 'они', 'мы', 'я', 'это', 'этот', 'эта', 'там', 'тогда', 'но', 'и', 'він', 'вона', 'воно',
  'вони', 'ми', 'це', 'цей', 'ця', 'але', 'та',
]);

export interface NameRun extends Span {
  words: number;
  sentenceInitial: boolean;
}

const capitalised = (text: string, w: Word) => isUpperAt(text, w.start);
/** Words of one name are apart by spaces, or joined by one hyphen ("Jean-Pierre", "Rimsky-Korsakov"). */
function gapIsSpace(text: string, a: number, b: number): boolean {
  if (b === a + 1 && (text.charCodeAt(a) === 0x2d || text.charCodeAt(a) === 0x2010)) return true;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return b > a;
}

function toRun(text: string, run: Word[]): NameRun | null {
  while (run.length && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
  while (run.length && CONNECTORS.has(run[0]!.text)) run.shift();
  if (run.length === 0) return null;
  if (run.length === 1 && NOT_NAMES.has(run[0]!.text)) return null;
  const start = run[0]!.start;
  return {
    start,
    end: run[run.length - 1]!.end,
    words: run.filter((w) => !CONNECTORS.has(w.text)).length,
    sentenceInitial: startsSentenceAt(text, start),
  };
}

/** The capitalised run starting at the first word after `pos`. */
export function nameAfter(text: string, pos: number, limit = 6): NameRun | null {
  const words = wordsAfter(text, pos, limit);
  const run: Word[] = [];
  for (const w of words) {
    if (run.length && !gapIsSpace(text, run[run.length - 1]!.end, w.start)) break;
    if (capitalised(text, w) || (run.length && CONNECTORS.has(w.text))) run.push(w);
    else break;
  }
  if (run.length && NOT_NAMES.has(run[0]!.text)) run.shift();
  // One capitalised word before a lower-case one is an adjective ("Ukrainian commanders").
  const next = words[run.length];
  if (run.length === 1 && next && gapIsSpace(text, run[0]!.end, next.start) && !capitalised(text, next)) return null;
  return toRun(text, run);
}

/**
 * A name of two words or more right after `pos`, past spaces, dashes, commas, colons and
 * brackets only: "a source, John Smith, said" names its source; "a source. John Smith said"
 * does not.
 */
export function nameRightAfter(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isJoinerCode(text.charCodeAt(i))) i++;
  const run = nameAfter(text, i);
  return run !== null && run.start === i && run.words >= 2;
}

/** The capitalised run that ends right before `pos`. */
export function nameBefore(text: string, pos: number, limit = 5): NameRun | null {
  // Most "said" follow a lower-case word ("officials said"): nothing to read there.
  if (!capitalBefore(text, pos)) return null;
  const words = wordsBefore(text, pos, limit).reverse();
  if (!words.length || !/^[\s,’'"»”]*$/u.test(text.slice(words[0]!.end, pos))) return null;
  const run: Word[] = [];
  for (const w of words) {
    if (run.length && !gapIsSpace(text, w.end, run[0]!.start)) break;
    if (capitalised(text, w) || (run.length && CONNECTORS.has(w.text))) run.unshift(w);
    else break;
  }
  return toRun(text, run);
}

/** The word before `pos` (past spaces, commas and closing quotes) starts with a capital. */
function capitalBefore(text: string, pos: number): boolean {
  // Char codes: this runs before every "said" of a page.
  let i = pos - 1;
  while (i >= 0 && SKIPPED_BEFORE_CUE.has(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  let start = i;
  while (start > 0 && inName(text.charCodeAt(start - 1))) start--;
  return isUpperAt(text, start);
}

const SKIPPED_BEFORE_CUE = new Set([...' \t\n\r\u00a0,’\'"»”'].map((ch) => ch.charCodeAt(0)));
/** Letters, marks, apostrophes and hyphens: what a name's word is made of. */
function inName(c: number): boolean {
  const cls = CLASS[c];
  return (cls === LETTER && !(c >= 0x30 && c <= 0x39)) || cls === SKIP || cls === APOS || c === 0x2d;
}
