// Quoted speech: words inside quotation marks are a speaker's, not the outlet's own voice.
// Quotes are paired within a paragraph; an unclosed quote marks nothing, since guessing its
// end would mark the outlet's own words as someone else's.
import { APOSTROPHE, CLASS, LETTER } from './chars';
import type { Span } from './context';

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && CLASS[text.charCodeAt(i)] === LETTER;

/** The closer expected for each opener. */
const PAIRS = new Map<number, number>(
  [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’'], ['"', '"'], ["'", "'"], ['‹', '›'], ['「', '」']].map(([o, c]) => [
    o!.charCodeAt(0),
    c!.charCodeAt(0),
  ]),
);
/** Every quote mark, as a table: this is read for each character of a paragraph with findings. */
const QUOTE_CHARS = new Uint8Array(0x10000);
for (const c of [...PAIRS.keys(), ...PAIRS.values()]) QUOTE_CHARS[c] = 1;
const RIGHT_SINGLE = 0x2019;

export function quoteSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const open: { ch: number; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (QUOTE_CHARS[ch] === 0) continue;
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
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
