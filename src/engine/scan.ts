// The single pass over the text: find word starts, let the automaton walk from each, and send
// words that mix scripts down the slow path. Everything else in the engine works on the few
// candidates this returns, never on the whole text again.
import { CLASS, CYRILLIC, FOLD, LATIN, LETTER, SCRIPT, SKIP, SPACE } from './chars';
import { hash4, shortHash, type Automaton, type RawMatch } from './automaton';
import { foldRange } from './fold';
import { inOneScript, mixedScriptReadings } from './mixed-script';

export type Candidate = RawMatch;

const MIXED = LATIN | CYRILLIC;

export function scan(text: string, automaton: Automaton): Candidate[] {
  const found: Candidate[] = [];
  const n = text.length;
  const { prefixes, shortWords, shortFirst } = automaton;
  let i = 0;
  while (i < n) {
    // Between words: skip to the next letter.
    let c = text.charCodeAt(i);
    while (CLASS[c] !== LETTER) {
      if (++i >= n) return found;
      c = text.charCodeAt(i);
    }
    const start = i;
    const foundBefore = found.length;
    // Most words begin with four letters: one hashed lookup decides. Shorter words are
    // looked up whole among the patterns' short first words, unless a hyphen or an invisible
    // character follows (they may join or split a word: the general check decides). The
    // lookups are inline: this runs for every word of the page. Past the end reads as 0, no
    // letter: a read out of bounds (NaN) would throw away the optimized code of this loop
    // (a deopt at the end of every text the page hands over), making the next text run cold.
    const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c2 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    const c3 = i + 3 < n ? text.charCodeAt(i + 3) : 0;
    // The word's scripts, noted for the letters read here and then on through the word.
    let scripts: number;
    if (CLASS[c1] === LETTER && CLASS[c2] === LETTER && CLASS[c3] === LETTER) {
      const a = FOLD[c]!;
      const b = FOLD[c1]!;
      const d = FOLD[c2]!;
      const e = FOLD[c3]!;
      const h = hash4(a, b, d, e);
      if ((prefixes[h >>> 5]! & (1 << (h & 31))) !== 0) {
        // Four letters lead straight to their node of the trie.
        const node = automaton.quad(h, a, b, d, e);
        if (node >= 0) {
          // A fifth letter no pattern goes on with ends it here, as a walk would (a word's end,
          // a hyphen or an invisible character are the walk's to judge).
          const c4 = i + 4 < n ? text.charCodeAt(i + 4) : 0;
          if (CLASS[c4] !== LETTER || automaton.mayStep(node, FOLD[c4]!)) automaton.walkFrom(text, start, node, start + 4, found);
        }
      }
      scripts = SCRIPT[c]! | SCRIPT[c1]! | SCRIPT[c2]! | SCRIPT[c3]!;
      i += 4;
    } else {
      const letters = CLASS[c1] !== LETTER ? 1 : CLASS[c2] !== LETTER ? 2 : 3;
      scripts = SCRIPT[c]! | (letters > 1 ? SCRIPT[c1]! : 0) | (letters > 2 ? SCRIPT[c2]! : 0);
      const after = start + letters < n ? text.charCodeAt(start + letters) : 0;
      let may: boolean;
      if (CLASS[after] === SKIP || after === 0x2d || after === 0x2010) {
        may = automaton.mayMatchAt(text, start);
      } else {
        const h = shortHash(FOLD[c]!, letters > 1 ? FOLD[c1]! : 0, letters > 2 ? FOLD[c2]! : 0);
        const bit = 1 << (h & 31);
        may = (shortWords[h >>> 5]! & bit) !== 0;
        // Or a phrase begins here, if any begins with this word: its first four codes are this
        // word, one space and the next word's first letters. Anything less plain is left to the
        // general check.
        if (!may && (shortFirst[h >>> 5]! & bit) !== 0) {
          may = after === 0x20 ? phraseMay(text, start, letters, prefixes, automaton) : automaton.mayMatchAt(text, start);
        }
      }
      if (may) automaton.walk(text, start, found);
      i += letters;
    }
    // Through the word. Lower-case ASCII and Cyrillic letters, most of any word, are told by
    // their range alone; the tables decide the rest.
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if ((c - 0x61) >>> 0 < 26) scripts |= LATIN;
      else if ((c - 0x430) >>> 0 < 0x30) scripts |= CYRILLIC;
      else {
        const cls = CLASS[c];
        if (cls === LETTER) scripts |= SCRIPT[c]!;
        else if (cls !== SKIP) break;
      }
    }
    if (scripts === MIXED) {
      // A stem may have swallowed letters of the other script ("Красноармейскe", a Latin e):
      // the word's reading in one script, when one matches, stands instead.
      const plain = found.length;
      matchMixed(text, start, i, automaton, found);
      if (found.length > plain) {
        for (let k = plain - 1; k >= foundBefore; k--) if (found[k]!.end === i && endingChangesScript(text, found[k]!.stemEnd, i)) found.splice(k, 1);
      }
    }
  }
  return found;
}

/** Whether a stem's ending text[stemEnd, end) has letters of another script than the stem's last. */
function endingChangesScript(text: string, stemEnd: number, end: number): boolean {
  if (stemEnd <= 0) return false;
  const stem = SCRIPT[text.charCodeAt(stemEnd - 1)]!;
  for (let k = stemEnd; k < end; k++) {
    const script = SCRIPT[text.charCodeAt(k)]!;
    if (script !== 0 && script !== stem) return true;
  }
  return false;
}

/** The four-code check for a short word followed by one space ("в Иудее", "the Hill"). */
function phraseMay(text: string, start: number, letters: number, prefixes: Uint32Array, automaton: Automaton): boolean {
  // Codes: the word's letters, a space, then the next word's letters up to four codes in all.
  const a = FOLD[text.charCodeAt(start)]!;
  let b = SPACE;
  let c: number;
  let d: number;
  if (letters === 1) {
    const x = codeAt(text, start + 2);
    const y = codeAt(text, start + 3);
    if (CLASS[x] !== LETTER || CLASS[y] !== LETTER) return automaton.mayMatchAt(text, start);
    c = FOLD[x]!;
    d = FOLD[y]!;
  } else {
    b = FOLD[text.charCodeAt(start + 1)]!;
    if (letters === 2) {
      c = SPACE;
      const x = codeAt(text, start + 3);
      if (CLASS[x] !== LETTER) return automaton.mayMatchAt(text, start);
      d = FOLD[x]!;
    } else {
      c = FOLD[text.charCodeAt(start + 2)]!;
      d = SPACE;
    }
  }
  const h = hash4(a, b, c, d);
  return (prefixes[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** The code unit at `i`, or 0 (no letter) past the end: never a read out of bounds (see scan). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/** How far a phrase through a mixed-script word is read: words before it on its line, characters after it. */
const PHRASE_BEFORE = 60;
const PHRASE_AFTER = 80;

/**
 * The first reading with whole-word matches (mixed-script.ts orders them by the word's main
 * script). A reading as long as the word keeps its stem's end ("Kиеву" → Киеву), and is read in
 * its place in the text, so a phrase may run through it: "Kiеv regime", «киевский рeжим».
 */
function matchMixed(text: string, start: number, end: number, automaton: Automaton, out: Candidate[]): void {
  for (const reading of mixedScriptReadings(foldRange(text, start, end))) {
    const sameLength = reading.text.length === end - start;
    // The reading with the text around it; its offsets are the text's less `from`.
    const from = sameLength ? lineWordsBefore(text, start) : start;
    const to = sameLength ? lineEndAfter(text, end) : end;
    const probe = sameLength ? text.slice(from, start) + reading.text + text.slice(end, to) : reading.text;
    const found: RawMatch[] = [];
    for (let k = 0; k <= start - from; k++) {
      if (k === start - from || (CLASS[probe.charCodeAt(k)] === LETTER && (k === 0 || CLASS[probe.charCodeAt(k - 1)] !== LETTER))) automaton.walk(probe, k, found);
    }
    // Whole words through the mixed word: no match ends inside it. A reading of another length
    // (a soft hyphen or a combining accent folded away) is the probe alone.
    const word = sameLength ? { start: start - from, end: end - from } : { start: 0, end: reading.text.length };
    const whole = found.filter((m) => m.start <= word.start && (m.end === word.end || (sameLength && m.end > word.end)));
    if (whole.length === 0) continue;
    const unmixed = reading.script && sameLength ? inOneScript(text.slice(start, end), reading.script) : undefined;
    for (const m of whole) {
      // A reading of another length covers the word, whose offsets it cannot give letter by letter.
      out.push({
        target: m.target,
        start: sameLength ? from + m.start : start,
        end: sameLength ? from + m.end : end,
        stemEnd: sameLength && m.stemEnd >= 0 ? from + m.stemEnd : -1,
        mixed: true,
        unmixed: unmixed === undefined ? undefined : text.slice(from + m.start, start) + unmixed + text.slice(end, from + m.end),
      });
    }
    return;
  }
}

/**
 * Where the paragraph holding `end` ends, PHRASE_AFTER characters on at most: a phrase goes on
 * over one line break, as in the plain spelling ("Krasny⏎Armeysk"), not past a blank line.
 */
function lineEndAfter(text: string, end: number): number {
  // Read only as far as a phrase can reach: a search of the rest of the text for each mixed
  // word made the 5 MB corpus's scan quadratic.
  const to = Math.min(text.length, end + PHRASE_AFTER);
  let breaks = 0;
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++breaks === 2) return i;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) breaks = 0;
  }
  return to;
}

/** Where the words before `start` on its line begin, up to PHRASE_BEFORE characters back. */
function lineWordsBefore(text: string, start: number): number {
  let from = start;
  while (from > 0 && start - from < PHRASE_BEFORE && text.charCodeAt(from - 1) !== 0x0a) from--;
  // Not from inside a word.
  while (from < start && CLASS[text.charCodeAt(from)] === LETTER && from > 0 && CLASS[text.charCodeAt(from - 1)] === LETTER) from++;
  return from;
}
