// The single pass over the text: find word starts, let the automaton walk from each, and send
// words that mix scripts down the slow path. Everything else in the engine works on the few
// candidates this returns, never on the whole text again.
import { CLASS, CYRILLIC, FOLD, LATIN, LETTER, SCRIPT, SKIP } from './chars';
import { hash4, shortHash, type Automaton, type RawMatch } from './automaton';
import { mixedScriptReadings } from './mixed-script';

export type Candidate = RawMatch;

const MIXED = LATIN | CYRILLIC;

export function scan(text: string, automaton: Automaton): Candidate[] {
  const found: Candidate[] = [];
  const n = text.length;
  const { prefixes, shortWords } = automaton;
  const shortStems = automaton.shortStems.length > 0;
  let i = 0;
  while (i < n) {
    // Between words: skip to the next letter.
    let c = text.charCodeAt(i);
    while (CLASS[c] !== LETTER) {
      if (++i >= n) return found;
      c = text.charCodeAt(i);
    }
    const start = i;
    // Most words begin with four letters: one hashed lookup decides. Shorter words are
    // looked up whole among the patterns' short first words, unless a hyphen or an invisible
    // character follows (they may join or split a word: the general check decides). The
    // lookups are inline: this runs for every word of the page. (charCodeAt past the end gives
    // NaN, which is no letter.)
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    let may: boolean;
    if (CLASS[c1] === LETTER && CLASS[c2] === LETTER && CLASS[c3] === LETTER) {
      const h = hash4(FOLD[c]!, FOLD[c1]!, FOLD[c2]!, FOLD[c3]!);
      may = (prefixes[h >>> 5]! & (1 << (h & 31))) !== 0 ||
        (shortStems && automaton.hasLetterPrefix(FOLD[c]!, FOLD[c1]!, FOLD[c2]!, FOLD[c3]!));
    } else {
      const letters = CLASS[c1] !== LETTER ? 1 : CLASS[c2] !== LETTER ? 2 : 3;
      const after = text.charCodeAt(i + letters);
      if (CLASS[after] === SKIP || after === 0x2d || after === 0x2010 || automaton.shortWordsUnfiltered) {
        may = automaton.mayMatchAt(text, i);
      } else {
        const h = shortHash(FOLD[c]!, letters > 1 ? FOLD[c1]! : 0, letters > 2 ? FOLD[c2]! : 0);
        may = (shortWords[h >>> 5]! & (1 << (h & 31))) !== 0;
      }
    }
    if (may) automaton.walk(text, i, found);
    // Through the word, noting its scripts.
    let scripts = SCRIPT[c]!;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      const cls = CLASS[c];
      if (cls === LETTER) scripts |= SCRIPT[c]!;
      else if (cls !== SKIP) break;
    }
    if (scripts === MIXED) matchMixed(text, start, i, automaton, found);
  }
  return found;
}

function foldWord(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLASS[c] === LETTER) out += String.fromCharCode(FOLD[c]!);
  }
  return out;
}

function matchMixed(text: string, start: number, end: number, automaton: Automaton, out: Candidate[]): void {
  for (const reading of mixedScriptReadings(foldWord(text, start, end))) {
    const found: RawMatch[] = [];
    automaton.walk(reading, 0, found);
    const whole = found.filter((m) => m.end === reading.length);
    if (whole.length === 0) continue;
    for (const m of whole) out.push({ target: m.target, start, end, stemEnd: -1, mixed: true });
    return;
  }
}
