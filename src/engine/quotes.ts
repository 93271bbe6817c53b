// Quoted speech: words inside quotation marks are a speaker's, not the outlet's own voice.
// Quotes are paired within a paragraph; an unclosed quote marks nothing, since guessing its
// end would mark the outlet's own words as someone else's.
import { CLASS, LETTER } from './chars';
import type { Span } from './context';

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && CLASS[text.charCodeAt(i)] === LETTER;

/** The closer expected for each opener. */
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"', "'": "'", '‹': '›', '「': '」' };

export function quoteSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const open: { ch: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      open.length = 0;
      continue;
    }
    const top = open[open.length - 1];
    const between = isLetterAt(text, i - 1) && isLetterAt(text, i + 1);
    if (top && PAIRS[top.ch] === ch && !((ch === '’' || ch === "'") && between)) {
      open.pop();
      spans.push({ start: top.at, end: i + 1 });
      continue;
    }
    if (ch === '’' || ch === "'") {
      // An apostrophe (city’s, п'ять) or a closer without an opener: not a quote mark.
      if (between || isLetterAt(text, i - 1)) continue;
    }
    if (ch === '”' || ch === '»') continue; // closer without opener
    if (PAIRS[ch] !== undefined) open.push({ ch, at: i });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
