// Folding of lexicon strings (patterns, context words) with the same tables the scanner uses on
// page text, so both sides of every comparison are folded identically.
import { CLASS, FOLD, SEP, SKIP, SPACE, ensureTables } from './chars';

/** Marks "a stem: any further letters of this word" inside a folded pattern. */
export const STEM = 0xffff;

/** Folds a pattern into the code sequence the trie stores: separators collapse to one space. */
export function foldPattern(pattern: string): number[] {
  ensureTables();
  const out: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 0x2a /* * */) {
      out.push(STEM);
      continue;
    }
    const cls = CLASS[c];
    if (cls === SKIP) continue;
    if (cls === SEP) {
      if (out.length && out[out.length - 1] !== SPACE) out.push(SPACE);
      continue;
    }
    out.push(FOLD[c]!);
  }
  while (out.length && out[out.length - 1] === SPACE) out.pop();
  return out;
}

/**
 * Folds a word or phrase to a plain string, as foldPattern folds it: "Women’s  Liberation" →
 * "women's liberation" (a `*` stays a `*`). Also keys a matched text into a forms table.
 */
export function foldText(text: string): string {
  ensureTables();
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SKIP) continue;
    if (cls === SEP) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(FOLD[c]!);
  }
  return out;
}

/** The folded characters of text[start, end), invisible ones left out (a word of the text). */
export function foldRange(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLASS[c] !== SKIP) out += String.fromCharCode(FOLD[c]!);
  }
  return out;
}
