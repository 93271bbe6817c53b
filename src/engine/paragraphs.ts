// The paragraphs of a text (between line breaks), each read once for what several steps ask of
// it: its language (the same-span choice, the rewording) and its quotation marks (`quoted`).
// Matches are visited in text order, so the paragraph asked for is nearly always the last one.
import type { Span } from './context';
import { languageOf, type Lang } from './language';
import { quoteSpans, wrappedQuoteSpans } from './quotes';

export class Paragraph implements Span {
  private language: Lang | undefined;
  private quoteList: Span[] | undefined;
  constructor(private readonly text: string, readonly start: number, readonly end: number) {}

  get lang(): Lang {
    return (this.language ??= languageOf(this.text.slice(this.start, this.end)));
  }

  /** Quoted passages, as spans of the whole text (one split by a single line break too). */
  get quotes(): readonly Span[] {
    if (!this.quoteList) {
      const unpaired = { open: false, stray: false };
      this.quoteList = quoteSpans(this.text, this.start, this.end, unpaired);
      if (unpaired.open || unpaired.stray) this.quoteList.push(...wrappedQuoteSpans(this.text, this.start, this.end, unpaired));
    }
    return this.quoteList;
  }
}

export class Paragraphs {
  private readonly byStart = new Map<number, Paragraph>();
  private last: Paragraph | null = null;
  constructor(readonly text: string) {}

  /** The paragraph holding `pos` (a line break belongs to the paragraph it ends). */
  at(pos: number): Paragraph {
    const last = this.last;
    if (last && pos >= last.start && pos <= last.end) return last;
    const { text } = this;
    // lastIndexOf(…, -1) reads index 0: a text that opens with a line break gave [1, 0].
    const start = pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
    let p = this.byStart.get(start);
    if (!p) {
      const nl = text.indexOf('\n', pos);
      p = new Paragraph(text, start, nl < 0 ? text.length : nl);
      this.byStart.set(start, p);
    }
    return (this.last = p);
  }
}
