// Hard-wrapped plain text (an e-mail, a text export broken at a fixed width): the engine reads
// every line break as a paragraph's end, so "so-called⏎liberation" lost its distance and a
// sentence across two lines was two fragments. Such a file is read with its soft breaks as
// spaces: one character for one, so every offset still points into the file as written.
import type { Report } from '../shared/report';

/** Lines of a wrapped file are at most this long, and at least this long. */
const MAX_WIDTH = 120;
const MIN_WIDTH = 40;
/** A line ends at the wrap when it reaches this share of the file's width. */
const NEAR_WIDTH = 0.6;

/** A line that opens a list item or a quoted reply, after which a break is a real one. */
const ITEM = /^\s*(?:[-*•—–>]|\d{1,3}[.)])\s/;

/** The wrap width: the length most lines followed by another line reach, or 0 when the file is not wrapped. */
function wrapWidth(lines: readonly string[]): number {
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.trim() && lines[i + 1]!.trim()) inner.push(lines[i]!.trimEnd().length);
  if (inner.length < 4) return 0;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return 0;
  // Most lines run close to the width: a file of short lines (a poem, a list) is not wrapped.
  const near = inner.filter((n) => n >= width * 0.75).length;
  return near >= inner.length * 0.6 ? width : 0;
}

/** The text with its soft line breaks as spaces, or the text itself when it is not hard-wrapped. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const width = wrapWidth(lines.map((l) => l.replace(/\r$/, '')));
  if (!width) return text;
  const out = text.split('');
  let at = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    at += lines[i]!.length;
    const next = lines[i + 1]!;
    if (line.trim() && next.trim() && line.trimEnd().length >= width * NEAR_WIDTH && !ITEM.test(next)) {
      out[at] = ' ';
      if (lines[i]!.endsWith('\r')) out[at - 1] = ' ';
    }
    at += 1; // the '\n'
  }
  return out.join('');
}

/**
 * The report of the unwrapped text, its quoted words as the file has them: a finding's text, a
 * source's and a sentence's original are the file's characters at their offsets.
 */
export function asWritten(report: Report, text: string): Report {
  const slice = <T extends { start: number; end: number }>(x: T, key: 'text' | 'original'): T => ({ ...x, [key]: text.slice(x.start, x.end) });
  return {
    ...report,
    findings: report.findings.map((f) => slice(f, 'text')),
    sentences: report.sentences.map((s) => slice(s, 'original')),
    sources: report.sources.map((s) => slice(s, 'text')),
  };
}
