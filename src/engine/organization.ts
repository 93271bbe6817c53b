// An organization's name right after experts or analysts: "according to analysts at Goldman
// Sachs", «по мнению экспертов ISW», «за оцінками експертів Інституту вивчення війни». The
// reader can look up what the organization published, so the source is named; "according to
// analysts from Ukraine" names a country, not who spoke.
import type { Span } from './context';
import { isUpperAt } from './chars';
import type { NotPersonWords } from './not-person';
import { nameBefore, notAName } from './names';
import { overlapsAny, spansWithin } from './spans';
import { wordsAfter, type Word } from './words';

/**
 * English links a name with a preposition ("analysts at", "experts from the"); Russian and
 * Ukrainian put it in the genitive, right after the noun («экспертов ISW»).
 */
const LINK = / (?:at|from|of|with) (?:the )?/iuy;
const GENITIVE = / /y;

/** Words of a name read past a place's ("experts at the Kyiv School of Economics"). */
const NAME_WORDS = 3;

/**
 * The seats of power whose watchers are no one's experts ("observers of the Kremlin", «экспертов
 * Кремля»); not place words, which would take "Кремль: …" from a headline's speaker.
 */
const SEATS = new Set(['kremlin', 'washington', 'кремля', 'кремлю', 'кремль', 'кремлі', 'вашингтона', 'вашингтону']);

/** States and unions by their initials: "US Intelligence Analysts Believe…" names no one's analysts. */
const UNIONS = new Set(['us', 'uk', 'eu', 'usa', 'сша', 'ес', 'єс']);

/**
 * What a capitalised word is to an organization's name: no part of one (a day, a month, a
 * sentence's first words: `stop`), a place ("West Point", "the Washington Institute", «Балтийского
 * завода»: `place`, allowed, but no name alone), or a `name`.
 */
function kind(text: string, w: Word, places: readonly Span[], countries: Set<number>): 'stop' | 'place' | 'name' {
  if (!isUpperAt(text, w.start) || notAName(w.text) || UNIONS.has(w.text)) return 'stop';
  return overlapsAny(places, w) || countries.has(w.start) || SEATS.has(w.text) ? 'place' : 'name';
}

/**
 * Whether an organization's name follows `end`: a known outlet, or a capitalised word of a name
 * past any place's (`kind`: "analysts from Ukraine", «аналитиков Украины» name no one; "experts
 * at the Washington Institute" do). Quotation marks may open it («экспертов „Газпрома“»).
 */
export function organizationAfter(text: string, end: number, places: readonly Span[], outlets: readonly Span[], placeWords: NotPersonWords): boolean {
  // "according to experts Monday": an English noun needs its preposition.
  const link = (end > 0 && text.charCodeAt(end - 1) < 0x80 ? LINK : GENITIVE);
  link.lastIndex = end;
  if (!link.test(text)) return false;
  let at = link.lastIndex;
  if (/[«„“"]/.test(text[at] ?? '')) at++;
  // A known outlet, written as a name ("analysts at Time", not "at the time").
  if (isUpperAt(text, at) && spansWithin(outlets, at, at + 1).some((o) => o.start === at)) return true;
  const words = wordsAfter(text, at, NAME_WORDS);
  const countries = placeWords.covered(text, words);
  for (const w of words) {
    if (w.start !== at && text.slice(at, w.start).trim() !== '') return false;
    const k = kind(text, w, places, countries);
    if (k !== 'place') return k === 'name';
    at = w.end;
  }
  return false;
}

/**
 * Whether an organization's name stands right before `start`: "Goldman Sachs analysts said",
 * "RBC Capital Markets analysts said", "West Point analysts said" (two capitalised words at
 * least, the last no place's: "Western analysts", "United States analysts", "Wall Street
 * analysts" name nobody), or a known outlet ("ISW analysts").
 */
export function organizationBefore(text: string, start: number, places: readonly Span[], outlets: readonly Span[], placeWords: NotPersonWords): boolean {
  if (!/[ \u00a0]$/.test(text.slice(start - 1, start))) return false;
  if (spansWithin(outlets, start - 80, start).some((o) => isUpperAt(text, o.start) && /^[ \u00a0]$/.test(text.slice(o.end, start)))) return true;
  const name = nameBefore(text, start - 1, NAME_WORDS);
  if (!name || name.end !== start - 1) return false;
  const countries = placeWords.covered(text, name.tokens);
  // Read back from the noun: its own word is a name's ("West Point", "Gulf News"; not "Wall
  // Street", "United States"), places may come before it.
  let run = 0;
  for (let k = name.tokens.length - 1; k >= 0; k--) {
    const what = kind(text, name.tokens[k]!, places, countries);
    if (what === 'stop' || (run === 0 && what === 'place')) break;
    run++;
  }
  return run >= 2;
}
