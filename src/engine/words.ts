// Reading the words around a match, for context rules and attribution. These run only on
// candidates, so plain string work is fine here.
import { APOS, CLASS, FOLD, LETTER, SKIP } from './chars';

export interface Word {
  /** Folded text ("women's"). */
  text: string;
  start: number;
  end: number;
}

function isWordChar(text: string, i: number): boolean {
  const cls = CLASS[text.charCodeAt(i)];
  if (cls === LETTER || cls === SKIP) return true;
  // An apostrophe between letters belongs to the word ("women's", "п'ять").
  return cls === APOS && i > 0 && i + 1 < text.length &&
    CLASS[text.charCodeAt(i - 1)] === LETTER && CLASS[text.charCodeAt(i + 1)] === LETTER;
}

/** Folded, with an English possessive dropped: context word "Kyiv" counts in "Kyiv's". */
function fold(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLASS[c] !== SKIP) out += String.fromCharCode(FOLD[c]!);
  }
  return dropPossessive(out);
}

export function dropPossessive(word: string): string {
  return word.length > 3 && word.endsWith("'s") ? word.slice(0, -2) : word;
}

const LOOK = 600;

/**
 * The sentence around [start, end): context rules read words within it only, so a year or a
 * word in the next sentence neither hides nor makes a flag.
 */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const low = Math.max(0, start - LOOK);
  while (from > low) {
    const c = text.charCodeAt(from - 1);
    if (c === 0x0a) break;
    // A space after end punctuation, or after end punctuation and a closing quote.
    if ((c === 0x20 || c === 0xa0) && (isEnd(text.charCodeAt(from - 2)) || (isCloser(text.charCodeAt(from - 2)) && isEnd(text.charCodeAt(from - 3))))) break;
    from--;
  }
  let to = end;
  const high = Math.min(text.length, end + LOOK);
  while (to < high) {
    const c = text.charCodeAt(to);
    if (c === 0x0a) break;
    if (isEnd(c)) {
      const next = text.charCodeAt(to + 1);
      const after = isCloser(next) ? text.charCodeAt(to + 2) : next;
      if (Number.isNaN(after) || after === 0x20 || after === 0xa0 || after === 0x0a || after === 0x09) break;
    }
    to++;
  }
  return { from, to };
}

/** . ! ? … */
const isEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** Closing quotes and brackets: " ' » ” ’ ) */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29;

/** Up to `count` words ending at or before `pos`, nearest last. Stops at `stop` characters. */
export function wordsBefore(text: string, pos: number, count: number, stop = 0): Word[] {
  const words: Word[] = [];
  let i = pos - 1;
  while (words.length < count && i >= stop) {
    while (i >= stop && !isWordChar(text, i)) i--;
    if (i < stop) break;
    const end = i + 1;
    while (i >= stop && isWordChar(text, i)) i--;
    words.push({ text: fold(text, i + 1, end), start: i + 1, end });
  }
  return words.reverse();
}

/** Up to `count` words starting at or after `pos`, nearest first. Stops at `stop`. */
export function wordsAfter(text: string, pos: number, count: number, stop = text.length): Word[] {
  const words: Word[] = [];
  let i = pos;
  while (words.length < count && i < stop) {
    while (i < stop && !isWordChar(text, i)) i++;
    if (i >= stop) break;
    const start = i;
    while (i < stop && isWordChar(text, i)) i++;
    words.push({ text: fold(text, start, i), start, end: i });
  }
  return words;
}

