// Sentence boundaries for the rewording and the popup: end punctuation followed by space and a
// capital, quote or digit, unless the word before is a known abbreviation or an initial.
import type { Span } from './context';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'jr', 'sr', 'prof', 'rep', 'sen', 'gov',
  'u.s', 'u.k', 'e.g', 'i.e', 'vs', 'etc', 'no', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'approx',
  'г', 'гг', 'ул', 'им', 'т.е', 'т.д', 'т.п', 'др', 'тыс', 'млн', 'млрд', 'руб', 'грн', 'обл', 'пос', 'с', 'см',
]);

const END = /[.!?…]+["'»”’)\]]*(?=\s+["'«“‘„(\[]?[\p{Lu}\p{N}])/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    start = paragraph.index;
    const para = paragraph[0];
    for (const m of para.matchAll(END)) {
      const cut = paragraph.index + m.index;
      const before = /([\p{L}.]+)$/u.exec(text.slice(start, cut))?.[1]?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before))) continue;
      push(cut + m[0].length);
      start = cut + m[0].length;
    }
    push(paragraph.index + para.length);
  }
  return spans;
}
