// An organization's name right after experts or analysts: "according to analysts at Goldman
// Sachs", «по мнению экспертов ISW», «за оцінками експертів Інституту вивчення війни». The
// reader can look up what the organization published, so the source is named; "according to
// analysts from Ukraine" names a country, not who spoke.
import type { Span } from './context';
import { isUpperAt } from './chars';
import type { NotPersonWords } from './not-person';
import { overlapsAny, spansWithin } from './spans';
import { wordsAfter, wordsBefore, type Word } from './words';

/**
 * English links a name with a preposition ("analysts at", "experts from the"); Russian and
 * Ukrainian put it in the genitive, right after the noun («экспертов ISW»).
 */
const LINK = / (?:at|from|of|with) (?:the )?/iuy;
const GENITIVE = / /y;

/** Words of a name read past a place's ("experts at the Kyiv School of Economics"). */
const NAME_WORDS = 3;

/**
 * Capitalised words that name no organization: a sentence's first words ("On Monday analysts
 * said", "Some EU analysts"), days, months and feasts ("experts at Wednesday's panel"), an era,
 * and the seats of power whose watchers are no one's experts ("observers of the Kremlin",
 * «экспертов Кремля»; not place words: "Кремль: …" opens a headline as its speaker).
 */
const NOT_NAMES = new Set([
  'on', 'in', 'at', 'by', 'after', 'before', 'last', 'next', 'this', 'that', 'these', 'those', 'some', 'several', 'many', 'most',
  'top', 'other', 'few', 'over', 'during', 'since', 'until', 'both', 'all', 'two', 'three', 'four', 'leading', 'independent',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'soviet',
  'kremlin', 'washington', 'кремля', 'кремлю', 'кремль', 'кремлі', 'вашингтона', 'вашингтону',
]);

/** A capitalised word that may be part of an organization's name: not a place's, a country's, nor one of NOT_NAMES. */
function nameWord(text: string, w: Word, places: readonly Span[], countries: Set<number>): boolean {
  return isUpperAt(text, w.start) && !NOT_NAMES.has(w.text.replace(/['’]s$/, '').split('-')[0]!) && !overlapsAny(places, w) && !countries.has(w.start);
}

/**
 * Whether an organization's name follows `end`: a known outlet, or a capitalised word that is
 * not a place's name alone, the lexicon's or a country's (`placeWords`: "analysts from Ukraine",
 * «аналитиков Украины»). Quotation marks may open it («экспертов „Газпрома“»).
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
    if (!isUpperAt(text, w.start)) return false;
    if (nameWord(text, w, places, countries)) return true;
    at = w.end;
  }
  return false;
}

/**
 * Whether an organization's name stands right before `start`: "Goldman Sachs analysts said",
 * "RBC Capital Markets analysts said" (two capitalised words at least, no place's or country's
 * among them: "Western analysts", "United States analysts" name nobody), or a known outlet
 * ("ISW analysts").
 */
export function organizationBefore(text: string, start: number, places: readonly Span[], outlets: readonly Span[], placeWords: NotPersonWords): boolean {
  if (!/[ \u00a0]$/.test(text.slice(start - 1, start))) return false;
  if (spansWithin(outlets, start - 80, start).some((o) => isUpperAt(text, o.start) && /^[ \u00a0]$/.test(text.slice(o.end, start)))) return true;
  const words = wordsBefore(text, start, NAME_WORDS);
  const countries = placeWords.covered(text, words);
  let names = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    const next = k === words.length - 1 ? start : words[k + 1]!.start;
    if (!/^[ \u00a0]$/.test(text.slice(w.end, next)) || !nameWord(text, w, places, countries)) break;
    names++;
  }
  return names >= 2;
}
