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

/** A reply's quotation marks ("> "), which a wrapped e-mail repeats on every line. */
const QUOTED = /^[ \t]*((?:>[ \t]?)+)/;
/**
 * A list item's opening, where a list may begin (after a sentence's end, a colon, a blank line
 * or another item): «заявил⏎- как сообщил военкор» is a dash going on with its sentence, and
 * "…the region.⏎12. Officials said" a number.
 */
const ITEM = /^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]/;
/**
 * Words a sentence cannot end with ("…near the⏎Russian border", «…в районе⏎Покровска»): a
 * block with a line ending in one is prose, not a list of headlines.
 */
const MID_PHRASE_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'from', 'with', 'as', 'that', 'near',
  'в', 'во', 'на', 'с', 'со', 'и', 'о', 'об', 'по', 'к', 'у', 'из', 'за', 'от', 'для', 'что', 'а', 'но', 'под', 'при', 'до', 'районе',
  'з', 'із', 'і', 'й', 'та', 'що', 'але', 'від', 'під', 'біля']);

/** An e-mail's or a document's header ("Subject: …", "Date: …"): a line of its own. */
const HEADER = /^[A-Z][A-Za-z-]{1,24}:\s/;
/** A line that ends a sentence: a dialogue's dash or a heading may follow it. */
const ENDS_SENTENCE = /[.!?…:»"”]\s*$/;

interface Line {
  /** Where the line starts in the text, and its length without the line break (and a '\r'). */
  start: number;
  length: number;
  /** The reply's quotation marks opening the line (">>"), their length with their spaces, and the text after them. */
  quote: string;
  prefix: number;
  body: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const quote = QUOTED.exec(line)?.[0] ?? '';
    lines.push({ start, length: line.length, quote: quote.replace(/[ \t]/g, ''), prefix: quote.length, body: line.slice(quote.length) });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * The wrap width: the length most lines followed by another line reach, or 0 when the file is
 * not wrapped. Wrapped prose also carries its sentences over: many of its lines go on with a
 * lower-case word (headlines one a line never do).
 */
function wrapWidth(lines: readonly Line[]): number {
  const inner: number[] = [];
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.body.trim() || !lines[i + 1]!.body.trim()) continue;
    inner.push(lines[i]!.body.trimEnd().length);
    if (/^\s*\p{Ll}/u.test(lines[i + 1]!.body)) lower++;
  }
  if (inner.length < 4 || lower < inner.length * 0.25) return 0;
  const width = [...inner].sort((a, b) => a - b)[Math.floor(inner.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return 0;
  // Most lines run close to the width: a file of short lines (a poem, a list) is not wrapped.
  return inner.filter((n) => n >= width * 0.75).length >= inner.length * 0.6 ? width : 0;
}

/** Which lines are in a list: an item (ITEM where a list may begin), or an indented line going on with one. */
function inList(lines: readonly Line[]): { item: boolean[]; list: boolean[] } {
  const item: boolean[] = [];
  const list: boolean[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const opens = !prev || !prev.body.trim() || ENDS_SENTENCE.test(prev.body) || list[i - 1] === true;
    item.push(ITEM.test(line.body) && opens);
    list.push(item[i]! || (list[i - 1] === true && /^[ \t]/.test(line.body) && line.body.trim() !== ''));
  });
  return { item, list };
}

/** Whether a line ends where a sentence must go on: a comma or a word such as "the", «в». */
const endsMidPhrase = (line: Line) => /,\s*$/.test(line.body) || MID_PHRASE_WORDS.has(line.body.trimEnd().split(/\s+/).pop()!.toLowerCase());

/**
 * Per line, whether its block (the lines between blank ones) reads as a list of headlines: no
 * line goes on in lower case, and none ends mid-phrase. Wrapped prose always has some.
 */
function headlineBlocks(lines: readonly Line[]): boolean[] {
  const headlines: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let prose = false;
    while (j < lines.length && lines[j]!.body.trim()) {
      if ((j > i && /^\s*\p{Ll}/u.test(lines[j]!.body)) || endsMidPhrase(lines[j]!)) prose = true;
      j++;
    }
    for (let k = i; k < j; k++) headlines[k] = j - i > 1 && !prose;
    i = Math.max(j, i + 1);
  }
  return headlines;
}

/** Whether the break after line `i` is a wrap inside a paragraph, the next line going on with it. */
function soft(lines: readonly Line[], i: number, width: number, list: { item: boolean[]; list: boolean[] }, headlines: boolean[]): boolean {
  const line = lines[i]!;
  const next = lines[i + 1]!;
  if (!line.body.trim() || !next.body.trim() || line.quote !== next.quote) return false;
  if (line.body.trimEnd().length < width * NEAR_WIDTH || list.item[i + 1] || HEADER.test(next.body) || HEADER.test(line.body)) return false;
  // An item goes on only on an indented line; after a sentence's end, a dash opens a reply.
  if (list.list[i] && !list.list[i + 1]) return false;
  // Headlines one a line stay apart; inside prose a capital goes on ("…quoted by Responsible⏎Statecraft").
  if (headlines[i]) return false;
  return !(ENDS_SENTENCE.test(line.body) && /^\s*[—–-]/.test(next.body));
}

/** The text with its soft line breaks as spaces (and a reply's "> " on the lines they join), or the text itself when it is not hard-wrapped. */
export function unwrapLines(text: string): string {
  const lines = linesOf(text);
  const width = wrapWidth(lines);
  if (!width) return text;
  const out = text.split('');
  const list = inList(lines);
  const headlines = headlineBlocks(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!soft(lines, i, width, list, headlines)) continue;
    // The break (with its '\r') and the next line's quotation marks become spaces.
    for (let k = line.start + line.length; k < next.start; k++) out[k] = ' ';
    for (let k = next.start; k < next.start + next.prefix; k++) out[k] = ' ';
  }
  return out.join('');
}

/**
 * The report of the unwrapped text, its quoted words as the file has them: a finding's text, a
 * source's and a sentence's original are the file's characters at their offsets. A rewording
 * reads as one line: the spaces a break and its quotation marks left are one.
 */
export function asWritten(report: Report, text: string): Report {
  const slice = <T extends { start: number; end: number }>(x: T, key: 'text' | 'original'): T => ({ ...x, [key]: text.slice(x.start, x.end) });
  return {
    ...report,
    findings: report.findings.map((f) => slice(f, 'text')),
    sentences: report.sentences.map((s) => ({ ...slice(s, 'original'), neutral: s.neutral.replace(/[ \t]{2,}/g, ' ') })),
    sources: report.sources.map((s) => slice(s, 'text')),
  };
}
