// Quoted speech: words inside quotation marks are a speaker's, not the outlet's own voice.
// Quotes are paired within a paragraph; an unclosed quote marks nothing, since guessing its
// end would mark the outlet's own words as someone else's. Russian and Ukrainian set direct
// speech off with dashes as often as with quotes (dialogueSpans).
import { APOSTROPHE, CLASS, isUpperAt, LETTER, SPACE } from './chars';
import type { Span } from './context';
import { sentenceStartBefore } from './sentences';

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && CLASS[text.charCodeAt(i)] === LETTER;

/** The closer expected for each opener. */
const PAIRS = new Map<number, number>(
  [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’'], ['"', '"'], ["'", "'"], ['‹', '›'], ['「', '」']].map(([o, c]) => [
    o!.charCodeAt(0),
    c!.charCodeAt(0),
  ]),
);
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const QUOTE = 1;
const DASH = 2;
/**
 * Every quote mark and dash, as a table: this is read for each character of a paragraph with
 * findings, so the one pass also notes the dashes and dialogueSpans reads only those.
 */
const MARKS = new Uint8Array(0x10000);
for (const c of [...PAIRS.keys(), ...PAIRS.values()]) MARKS[c] = QUOTE;
MARKS[EM_DASH] = MARKS[EN_DASH] = DASH;
const RIGHT_SINGLE = 0x2019;

/** What a paragraph's quote marks left unpaired: an opener still open at its end, a closer with no opener. */
export interface Unpaired {
  open: boolean;
  stray: boolean;
}

/**
 * Passages in quotation marks or dialogue dashes, by start (`dialogue` false: quotation marks
 * only); `unpaired` learns what was left unpaired.
 */
export function quoteSpans(text: string, from = 0, to = text.length, unpaired?: Unpaired, dialogue = true): Span[] {
  const spans: Span[] = [];
  const open: { ch: number; at: number }[] = [];
  let dashes: number[] | undefined;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    const mark = MARKS[ch];
    if (mark === 0) continue;
    if (mark === DASH) {
      (dashes ??= []).push(i);
      continue;
    }
    const top = open[open.length - 1];
    const single = ch === RIGHT_SINGLE || ch === APOSTROPHE;
    const between = single && isLetterAt(text, i - 1) && isLetterAt(text, i + 1);
    if (top && PAIRS.get(top.ch) === ch && !between) {
      open.pop();
      spans.push({ start: top.at, end: i + 1 });
      continue;
    }
    // An apostrophe (city’s, п'ять) or a closer without an opener is not a quote mark.
    if (single && (between || isLetterAt(text, i - 1))) continue;
    if (PAIRS.has(ch)) open.push({ ch, at: i });
    else if (unpaired && !single) unpaired.stray = true;
  }
  if (unpaired && open.some((o) => o.ch !== APOSTROPHE && o.ch !== 0x2018)) unpaired.open = true;
  if (dashes && dialogue) spans.push(...dialogueSpans(text, from, to, dashes));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Quotes that a single line break splits (hard-wrapped copy: "«Освобождение … недель.⏎Мы уже в
 * пригородах», — заявил Пушилин."): read over the paragraph and the line before or after it
 * when the paragraph left an opener open or a closer unpaired, and kept when they cross that
 * one line break. Quotation marks only: a dialogue dash opens its own paragraph.
 */
export function wrappedQuoteSpans(text: string, from: number, to: number, unpaired: Unpaired): Span[] {
  const lo = unpaired.stray && from >= 2 && text.charCodeAt(from - 1) === 0x0a && text.charCodeAt(from - 2) !== 0x0a ? text.lastIndexOf('\n', from - 2) + 1 : from;
  let hi = to;
  if (unpaired.open && to + 1 < text.length && text.charCodeAt(to) === 0x0a && text.charCodeAt(to + 1) !== 0x0a) {
    const next = text.indexOf('\n', to + 1);
    hi = next < 0 ? text.length : next;
  }
  if (lo === from && hi === to) return [];
  return quoteSpans(text, lo, hi, undefined, false).filter((q) => (q.start < from && q.end > from) || (q.start < to && q.end > to));
}

/** Typeset text often has a no-break space beside a dialogue dash. */
const isBlank = (c: number) => c === SPACE || c === 0xa0 || c === 0x202f || c === 0x09;
const COMMA = 0x2c;
const STOP = 0x2e;
const COLON = 0x3a;

/** `,` `!` `?` `…` (or `..`) at `p`: how speech ends before the author's words. */
function closesSpeech(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c === COMMA || c === 0x21 || c === 0x3f || c === 0x2026 || (c === STOP && text.charCodeAt(p - 1) === STOP);
}

/**
 * Direct speech set off with dashes (`dashes`: where the paragraph's — and – are):
 *   — Мы освободим Донбасс, — заявил Путин. — Это наша земля.
 *   Путин заявил: — Мы освободим Донбасс.
 * Past the opening, only a dash with a space after it and punctuation before it counts: a dash
 * between words ("Город — освобождённый, по словам…") never does. A paragraph opening with a
 * dash is speech only once an author dash (`, — `, `! — `, `? — `, `… — ` and a letter) closes
 * it: a list bullet opens with the same dash ("— освобождение Херсона, по данным Минобороны;"),
 * and taking the outlet's own list for a speaker's words would hide its framing. After the
 * author's words speech resumes at `. — `, `: — ` or `, — ` (a sentence split by them: "— Мы,
 * — сказал он, — освободим") and runs to the next author dash or the paragraph's end. A colon
 * opens speech outside dialogue only before a capital ("заявил: — Мы"): a colon announces the
 * speech, so there is no closing to wait for.
 */
function dialogueSpans(text: string, from: number, to: number, dashes: readonly number[]): Span[] {
  const spans: Span[] = [];
  let first = from;
  while (first < to && isBlank(text.charCodeAt(first))) first++;
  const opened = first + 1 < to && dashes[0] === first && isBlank(text.charCodeAt(first + 1));
  let speech = opened ? first : -1; // where the speech being read began
  let author = false; // reading the author's words after speech
  for (let k = opened ? 1 : 0; k < dashes.length; k++) {
    const d = dashes[k]!;
    if (d + 1 >= to || !isBlank(text.charCodeAt(d + 1))) continue;
    let p = d - 1; // the punctuation before the dash
    while (p > from && isBlank(text.charCodeAt(p))) p--;
    let next = d + 2; // the first word after it
    while (next < to && isBlank(text.charCodeAt(next))) next++;
    const c = text.charCodeAt(p);
    if (speech >= 0) {
      if (closesSpeech(text, p) && isLetterAt(text, next)) {
        spans.push({ start: speech, end: p + 1 });
        speech = -1;
        author = true;
      }
    } else if (author ? c === STOP || c === COLON || c === COMMA : c === COLON && isUpperAt(text, next)) {
      speech = d;
      author = false;
    } else if (!author && !spans.length && closesSpeech(text, p) && isLetterAt(text, next)) {
      // Speech without an opening dash: "Мы освободим Донбасс, — заявил Пушилин." The speech
      // is the sentence before the author dash, unless a dash in it opened a pause that this
      // one closes ("Город — освобождённый, по словам военкоров, — снова под обстрелом").
      const start = sentenceStartBefore(text, first, p);
      if (k > 0 && dashes[k - 1]! >= start) continue;
      spans.push({ start, end: p + 1 });
      author = true;
    }
  }
  // Speech still open at the paragraph's end is speech, unless it is an opening dash no author
  // dash ever closed.
  if (speech >= 0 && !(opened && speech === first)) {
    let end = to;
    while (end > speech && (text.charCodeAt(end - 1) <= SPACE || isBlank(text.charCodeAt(end - 1)))) end--;
    spans.push({ start: speech, end });
  }
  return spans;
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
