// The single pass over the text: find word starts, let the automaton walk from each, and send
// words that mix scripts down the slow path. Everything else in the engine works on the few
// candidates this returns, never on the whole text again.
import { CLASS, CYRILLIC, FOLD, LATIN, LETTER, SCRIPT, SKIP } from './chars';
import type { Automaton, RawMatch } from './automaton';
import { mixedScriptReadings } from './mixed-script';

export type Candidate = RawMatch;

const MIXED = LATIN | CYRILLIC;

export function scan(text: string, automaton: Automaton): Candidate[] {
  const found: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Between words: skip to the next letter.
    let c = text.charCodeAt(i);
    while (CLASS[c] !== LETTER) {
      if (++i >= n) return found;
      c = text.charCodeAt(i);
    }
    const start = i;
    // Most words begin with four letters: one hashed lookup decides (charCodeAt past the end
    // gives NaN, which is no letter, and falls to the general check).
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    const may = CLASS[c1] === LETTER && CLASS[c2] === LETTER && CLASS[c3] === LETTER
      ? automaton.hasLetterPrefix(FOLD[c]!, FOLD[c1]!, FOLD[c2]!, FOLD[c3]!)
      : automaton.mayMatchAt(text, i);
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
