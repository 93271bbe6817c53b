// Sentence boundaries for the rewording and the popup: end punctuation followed by space and a
// capital, quote or digit, unless the word before is a known abbreviation or an initial.
// A hand-written scan: this runs on every paragraph that holds a finding.
import type { Span } from './context';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'jr', 'sr', 'prof', 'rep', 'sen', 'gov',
  'brig', 'adm', 'cpl', 'pvt', 'amb', 'cmdr', 'lt.col', 'rev',
  'u.s', 'u.k', 'e.g', 'i.e', 'vs', 'etc', 'no', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'approx',
  'гг', 'ул', 'им', 'т.е', 'т.д', 'т.п', 'т.н', 'др', 'тыс', 'млн', 'млрд', 'руб', 'грн', 'обл', 'пос', 'см',
  'ім', 'зв', 'т.зв', 'вул', 'просп', 'пл', 'пр',
]);

/** A known abbreviation ("Gen", "Lt", "ул"), the full stop after it left out. */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word.toLowerCase());

const isOpener = (ch: string) => '"\'«“‘„(['.includes(ch);
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00a0' || ch === '\t' || ch === '\n' || ch === '\r' || (ch !== undefined && ch > '\u007f' && /\s/.test(ch));
const startsSentence = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase() || (ch !== undefined && ch >= '0' && ch <= '9');

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).toLowerCase();
}

/** Sentence spans of one paragraph (no line breaks inside), trimmed. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Codes first: most characters are neither a line break nor end punctuation, and a
    // Cyrillic character read as a string is a new string.
    const code = text.charCodeAt(i);
    if (code === NL) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!isEndCode(code)) continue;
    const j = sentenceEndAfter(text, i);
    if (j < 0) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, text.length);
  return spans;
}

/**
 * Where a sentence ends when the end punctuation at `i` ends one (past further end marks and
 * closing quotes), or -1: it must be followed by a space and a capital, digit or opening quote,
 * and a full stop must not end a known abbreviation or an initial ("U.S.", "Mr.", "т.е.").
 */
export function sentenceEndAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && isEndCode(text.charCodeAt(j))) j++;
  while (j < text.length && isCloserCode(text.charCodeAt(j))) j++;
  let k = j;
  if (!isSpace(text[k])) return -1;
  while (isSpace(text[k]) && text[k] !== '\n') k++;
  if (isOpener(text[k] ?? '')) k++;
  if (!startsSentence(text[k])) return -1;
  if (text.charCodeAt(i) === 0x2e) {
    const before = wordBefore(text, i);
    if (ABBREVIATIONS.has(before) || initialsAt(text, i - before.length, before)) return -1;
  }
  return j;
}

/**
 * Initials, and one-letter abbreviations, end no sentence: "J.", "С.В.", "г. Москва", "в 2014 г.
 * Россия…" (which also stops "2022 г. Президент…" from ending one). A code's last letter does
 * ("бомби УМПБ-5Р. Аналітики…").
 */
function initialsAt(text: string, at: number, before: string): boolean {
  return /^(?:\p{L}\.)*\p{L}$/u.test(before) && !/[\p{N}-]/u.test(text[at - 1] ?? ' ');
}

/** Where the sentence holding `pos` ends: at the first sentence end or line break in [pos, to), else `to`. */
export function sentenceEndFrom(text: string, pos: number, to: number): number {
  for (let i = pos; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NL || (isEndCode(c) && sentenceEndAfter(text, i) >= 0)) return i;
  }
  return to;
}

/** Whether a sentence ends within [from, to): a line break, or end punctuation that ends one. */
export function crossesSentence(text: string, from: number, to: number): boolean {
  return sentenceEndFrom(text, from, to) < to;
}

/** Where the sentence holding `pos` starts: past the last sentence end in [from, pos), else `from`. */
export function sentenceStartBefore(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    if (!isEndCode(text.charCodeAt(i))) continue;
    let j = sentenceEndAfter(text, i);
    if (j < 0 || j > pos) continue;
    while (j < pos && /\s/.test(text[j]!)) j++;
    return j;
  }
  return from;
}

/** The sentence holding `span`, looked for up to `reach` characters each side and within its line. */
export function sentenceAround(text: string, span: { start: number; end: number }, reach: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return {
    start: sentenceStartBefore(text, Math.max(lineStart, span.start - reach), span.start),
    end: sentenceEndFrom(text, span.end, Math.min(text.length, span.end + reach)),
  };
}

/**
 * Whether `pos` starts a sentence: only spaces and opening quotes since a sentence's end or a
 * line, or since a colon that opens a quotation ("He said: “Grim days…”").
 */
export function startsSentenceAt(text: string, pos: number): boolean {
  let k = pos - 1;
  let opened = false;
  for (; k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || isOpener(text[k]!)); k--) opened ||= isOpener(text[k]!);
  if (k < 0 || text.charCodeAt(k) === NL || (opened && text.charCodeAt(k) === 0x3a)) return true;
  // Back over closing quotes and end marks to the first end mark.
  while (k >= 0 && isCloserCode(text.charCodeAt(k))) k--;
  if (k < 0 || !isEndCode(text.charCodeAt(k))) return false;
  while (k > 0 && isEndCode(text.charCodeAt(k - 1))) k--;
  return sentenceEndAfter(text, k) >= 0;
}

/** A clause after a semicolon starts at `pos` («…льготы; СВО продолжается»): its subject may open it. */
export function opensClauseAt(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k >= 0 && k < pos - 1 && text[k] === ';';
}

/**
 * A sentence starts at `pos`, and not merely a line of hard-wrapped copy: a line break after a
 * word or a comma ("ветераны и участники⏎СВО получат льготы") goes on with the sentence.
 */
export function opensSentenceAt(text: string, pos: number): boolean {
  if (!startsSentenceAt(text, pos)) return false;
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k--;
  if (k < 0 || text.charCodeAt(k) !== NL) return true;
  k--;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t' || text[k] === '\r')) k--;
  return k < 0 || text.charCodeAt(k) === NL || !/[\p{L}\d,;-]/u.test(text[k]!);
}

// The sentence around a match, for context rules (words.ts: WordWindow.fillInSentence): words
// are read within it only, so a year or a word in the next sentence neither hides nor makes a
// flag. Looser than sentenceSpans (no abbreviation list): it runs for every candidate with a rule.
// Char codes, not one-character strings: a Cyrillic character read as a string is a new string
// each time.

/** A sentence starts right after `k`: a line break, or a space after end punctuation (and a closing quote). */
export function sentenceBreakAt(text: string, k: number): boolean {
  const ch = text.charCodeAt(k);
  if (ch === NL) return true;
  return (ch === 0x20 || ch === 0xa0) && (isEndCode(text.charCodeAt(k - 1)) || (isCloserCode(text.charCodeAt(k - 1)) && isEndCode(text.charCodeAt(k - 2))));
}

/** A sentence ends at `k`: a line break, or end punctuation followed (past a closing quote) by a space or the end. */
export function sentenceEndAt(text: string, k: number): boolean {
  const ch = text.charCodeAt(k);
  if (ch === NL) return true;
  if (!isEndCode(ch)) return false;
  const after = isCloserCode(text.charCodeAt(k + 1)) ? k + 2 : k + 1;
  return after >= text.length || isSpace(text[after]);
}

/** How far a sentence is looked for on each side of a match. */
export const SENTENCE_LOOK = 600;

const NL = 0x0a;
const isEndCode = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const CLOSERS = new Set([...'"\'»”’)]'].map((ch) => ch.charCodeAt(0)));
const isCloserCode = (c: number) => CLOSERS.has(c);
