// Capitalised word runs ("Volodymyr Zelenskyy", "Responsible Statecraft"): the shape of a name
// next to an attribution cue. Reads the original text, since capitals are folded away elsewhere.
import { APOS, CLASS, LETTER, SKIP, inCapitals, isJoinerCode, isUpperAt, possessiveAt } from './chars';
import type { Span } from './context';
import { isAbbreviation, startsSentenceAt } from './sentences';
import { spansWithin } from './spans';
import { wordsAfter, wordsBefore, type Word } from './words';

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'von', 'van', 'der', 'da', 'dos', 'al', 'bin', 'ibn', 'del', 'la', 'le', 'und']);
/**
 * Prepositions before a place: they open a sentence before one ("На Донбассе заявили", "In
 * Gaza, officials said"), and a single capitalised word after one is a place, not a speaker
 * ("officials in Kherson said", attribution.ts).
 */
export const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'on', 'of', 'from', 'near', 'outside', 'на', 'в', 'во', 'у', 'из', 'по', 'под', 'при', 'від', 'під', 'з', 'із',
  'біля', 'після',
]);
// Capitalised at a sentence start without being names.
const NOT_NAMES = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their',
  'its', 'our', 'such', 'some', 'many', 'most', 'both', 'one', 'there', 'then', 'when', 'while', 'as', 'but', 'and',
  'он', 'она', 'оно', 'они', 'мы', 'я', 'это', 'этот', 'эта', 'там', 'тогда', 'но', 'и', 'він', 'вона', 'воно',
  'вони', 'ми', 'це', 'цей', 'ця', 'але', 'та', 'тоді', 'потім', 'також', 'проте', 'однак', 'потом', 'также',
  'однако', 'also', 'later',
  ...PLACE_PREPOSITIONS,
]);

/**
 * Capitalised words of time and quantity that open a clause without being a name ("On Monday,
 * analysts said", "Late Sunday, military bloggers", "Some EU analysts").
 */
const TIME_WORDS = new Set([
  'on', 'in', 'at', 'by', 'after', 'before', 'last', 'next', 'late', 'early', 'earlier', 'overnight', 'across', 'yesterday',
  'today', 'tonight', 'meanwhile', 'over', 'during', 'since', 'until', 'top', 'several', 'few', 'other', 'all', 'two', 'three',
  'four', 'leading', 'independent', 'soviet', 'like', 'unlike', 'citing', 'according', 'speaking',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
]);

/** A folded word that names no one and nothing: a pronoun, a preposition, a day, a month. */
export function notAName(word: string): boolean {
  return NOT_NAMES.has(word) || TIME_WORDS.has(word);
}

export interface NameRun extends Span {
  words: number;
  /** The run's words in text order, connectors included. */
  tokens: readonly Word[];
}

const capitalised = (text: string, w: Word) => isUpperAt(text, w.start);
/** Words of one name are apart by spaces, or joined by one hyphen ("Jean-Pierre", "Rimsky-Korsakov"). */
function gapIsSpace(text: string, a: number, b: number): boolean {
  if (b === a + 1 && (text.charCodeAt(a) === 0x2d || text.charCodeAt(a) === 0x2010)) return true;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return b > a;
}

function toRun(text: string, run: Word[]): NameRun | null {
  while (run.length && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
  while (run.length && (CONNECTORS.has(run[0]!.text) || NOT_NAMES.has(run[0]!.text))) run.shift();
  if (run.length === 0) return null;
  const start = run[0]!.start;
  return {
    start,
    end: run[run.length - 1]!.end,
    // A hyphen joins one word: «Хан-Юниса» alone is no full name.
    words: run.filter((w, k) => !CONNECTORS.has(w.text) && (k === 0 || /\s/.test(text.slice(run[k - 1]!.end, w.start)))).length,
    tokens: run,
  };
}

/** The capitalised run starting at the first word after `pos`. */
export function nameAfter(text: string, pos: number, limit = 6): NameRun | null {
  const words = wordsAfter(text, pos, limit);
  // Abbreviated ranks and titles before the name: "according to Lt. Gen. Kyrylo Budanov".
  while (words.length > 1 && text[words[0]!.end] === '.' && isAbbreviation(text.slice(words[0]!.start, words[0]!.end))) words.shift();
  const run: Word[] = [];
  for (const w of words) {
    if (run.length && !gapIsSpace(text, run[run.length - 1]!.end, w.start)) break;
    if (capitalised(text, w) || (run.length && CONNECTORS.has(w.text)) || givenNameSyllable(text, run, w)) run.push(w);
    else break;
  }
  if (run.length && NOT_NAMES.has(run[0]!.text)) run.shift();
  // One capitalised word before a lower-case one is an adjective ("Ukrainian commanders"), but
  // for a Russian or Ukrainian surname («сказав Зеленський під час звернення»).
  const next = words[run.length];
  if (run.length === 1 && next && gapIsSpace(text, run[0]!.end, next.start) && !capitalised(text, next) && !cyrillicSurname(text, run[0]!, true)) return null;
  return toRun(text, run);
}

/**
 * The lower-case second syllable of a hyphenated Chinese or Korean given name ("Lai Ching-te",
 * "Kim Jong-un", "Ban Ki-moon"): short, after a short capitalised syllable that is not the
 * name's first word, as "Kremlin-linked" and "Kyiv-based" are.
 */
function givenNameSyllable(text: string, run: readonly Word[], w: Word): boolean {
  const last = run[run.length - 1];
  return run.length >= 2 && last !== undefined && capitalised(text, run[0]!) && capitalised(text, last) && w.start === last.end + 1 && /^[a-z]{2,4}$/.test(text.slice(w.start, w.end)) &&
    last.end - last.start <= 5 && /^[-\u2010]$/.test(text[last.end]!);
}

/**
 * A name of two words or more right after `pos`, past spaces, dashes, commas, colons and
 * brackets only: "a source, John Smith, said" names its source; "a source. John Smith said"
 * does not. Or a name in quotation marks, a channel's or a blog's ("военкор «Рыбарь»").
 */
export function nameRightAfter(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isJoinerCode(text.charCodeAt(i))) i++;
  if (/[«“„"]/.test(text[i] ?? '') && isUpperAt(text, i + 1)) return true;
  const run = nameAfter(text, i);
  return run !== null && run.start === i && run.words >= 2;
}

/**
 * The endings of a Russian or Ukrainian surname in the cases a source stands in («военкор
 * Поддубный сообщил», «по словам военкора Поддубного»); an institution's genitive («источник
 * Сбера», «военкоры Донбасса») has none of them.
 */
const CYRILLIC_SURNAME = /(?:[оеёиы]в|[иы]н|[сц]ь?кий|[сц]кой|[иы]й|ой|енко|[юу]к|швили|дзе|ян|[оеёиы]ва|[иы]на|ая|[ое]го|[ое]му|[оеи]вым|[иы]ным)$/iu;

/**
 * A surname's endings in the nominative alone, where an adjective's («Краснодарского края»,
 * «Московского центра») are not: a speaker's case.
 */
const CYRILLIC_SURNAME_NOMINATIVE = /(?:[оеё]в|[иы]н|[сц]ь?кий|енко|[юу]к|швили|дзе|ян|[оеё]ва|[иы]на|[сц]ь?ка|[сц]кая)$/iu;

/**
 * A capitalised Cyrillic word with a surname's ending (`nominative`: a speaker's, in the
 * nominative), not in capitals and not a ministry («Минфин»).
 */
export function cyrillicSurname(text: string, w: Span, nominative = false): boolean {
  const word = text.slice(w.start, w.end);
  return isCyrillicUpperAt(text, w.start) && w.end - w.start >= 4 && !inCapitals(text, w.start, w.end) &&
    (nominative ? CYRILLIC_SURNAME_NOMINATIVE : CYRILLIC_SURNAME).test(word) && !/^(?:Мин|Мін)/u.test(word);
}

/**
 * One Cyrillic surname right after `pos`, then a lower-case word: Russian and Ukrainian put a
 * title before a bare surname («военкор Поддубный сообщил»). Places and outlets the caller rules out.
 */
export function surnameRightAfter(text: string, pos: number): Span | null {
  if (text[pos] !== ' ' || !isCyrillicUpperAt(text, pos + 1)) return null;
  const [w] = wordsAfter(text, pos + 1, 1);
  if (!w || !cyrillicSurname(text, w)) return null;
  return /^,?\s+\p{Ll}/u.test(text.slice(w.end, w.end + 4)) ? { start: w.start, end: w.end } : null;
}

/**
 * A capitalised Cyrillic word right after `pos` and then speech: «военкор Коц сообщил», «военный
 * блогер Рыбарь сообщил», a surname or a channel's name of no surname's ending. Not an
 * institution's genitive («источник Кремля сообщил», «источник Генштаба заявил»): its endings
 * are a noun's cases, in which a speaker is not.
 */
export function speakerRightAfter(text: string, pos: number, speech: readonly Span[]): Span | null {
  if (text[pos] !== ' ' || !isCyrillicUpperAt(text, pos + 1)) return null;
  const [w] = wordsAfter(text, pos + 1, 1);
  if (!w || w.end - w.start < 3 || inCapitals(text, w.start, w.end) || /[аяыиуюеої]$/iu.test(w.text)) return null;
  return spansWithin(speech, w.end, w.end + 3).some((c) => c.start > w.end && /^[ \u00a0]+$/.test(text.slice(w.end, c.start))) ? w : null;
}

/** The capitalised run that ends right before `pos`. */
export function nameBefore(text: string, pos: number, limit = 5): NameRun | null {
  // Most "said" follow a lower-case word ("officials said"): nothing to read there.
  if (!capitalBefore(text, pos)) return null;
  const words = wordsBefore(text, pos, limit).reverse();
  if (!words.length || !/^[\s’'"»”]*$/u.test(text.slice(words[0]!.end, pos))) return null;
  const run: Word[] = [];
  for (const [k, w] of words.entries()) {
    // "Lai Ching-te said": the given name's lower-case syllable ends the run.
    if (k === 0 && words.length >= 3 && givenNameSyllable(text, [words[2]!, words[1]!], w)) {
      run.unshift(w);
      continue;
    }
    // "Marks & Spencer said": a firm's name, not Spencer.
    if (run.length && /^\s*&\s*$/.test(text.slice(w.end, run[0]!.start))) return null;
    if (run.length && !gapIsSpace(text, w.end, run[0]!.start)) break;
    if (capitalised(text, w) || (run.length && CONNECTORS.has(w.text))) run.unshift(w);
    else break;
  }
  return toRun(text, run);
}

/** The word before `pos` (past spaces, commas and closing quotes) starts with a capital. */
function capitalBefore(text: string, pos: number): boolean {
  // Char codes: this runs before every "said" of a page.
  let i = pos - 1;
  while (i >= 0 && SKIPPED_BEFORE_CUE.has(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  let start = i;
  while (start > 0 && inName(text.charCodeAt(start - 1))) start--;
  return isUpperAt(text, start);
}

// No comma: in "Troops took Bakhmut, said Smith" the word before the comma ends the reported
// words, and the speaker follows the verb (attribution.ts reads it there).
const SKIPPED_BEFORE_CUE = new Set([...' \t\n\r\u00a0’\'"»”'].map((ch) => ch.charCodeAt(0)));
/** Letters, marks, apostrophes and hyphens: what a name's word is made of. */
function inName(c: number): boolean {
  const cls = CLASS[c];
  return (cls === LETTER && !(c >= 0x30 && c <= 0x39)) || cls === SKIP || cls === APOS || c === 0x2d;
}

/**
 * The personal name within a capitalised run, or null when the run names something else. A run
 * often carries a descriptor before the name ("Кремля Дмитрий Песков", "ОВА Олександр Прокудін",
 * "Russia's Sergei Lavrov") or, joined by "of", after it ("Kristalina Georgieva of the IMF"); a
 * run that is all descriptor ("European Commission", "Минобороны России") holds no name.
 * `notName` says which words the lexicon knows are no part of a name (institutions, places,
 * titles); abbreviations and possessives are told by their spelling here.
 */
export function personalName(text: string, run: NameRun, notName: (w: Word) => boolean): NameRun | null {
  const tokens = run.tokens;
  const bad = tokens.map((w) => notName(w) || abbreviation(text, w) || possessive(text, w));
  const last = bad.lastIndexOf(true);
  if (last < 0) return toRun(text, lastNames(text, [...tokens]));
  // The name right after its descriptor; a connector between makes the words the
  // descriptor's own ("Bank of England", "Institute for the Study of War").
  const after = tokens.slice(last + 1);
  if (after.length && !CONNECTORS.has(after[0]!.text)) return toRun(text, lastNames(text, after));
  // The name, then "of" and its institution.
  const before = tokens.slice(0, bad.indexOf(true));
  if (before.length > 1 && CONNECTORS.has(before[before.length - 1]!.text)) return toRun(text, lastNames(text, before));
  return null;
}

// Roman numerals end names ("Charles III") and are no abbreviation.
const ROMAN = /^[IVX]{2,4}$/;
/** All capitals ("ОВА", "IMF", "ЗСУ"), or one capital letter ("В Крыму"): no word of a personal name. */
function abbreviation(text: string, w: Word): boolean {
  return !ROMAN.test(text.slice(w.start, w.end)) && inCapitals(text, w.start, w.end);
}

/** "Ukraine's", "Canada’s": the owner of what follows, not a name's word. */
function possessive(text: string, w: Word): boolean {
  return w.end - w.start > 3 && possessiveAt(text, w.end - 2);
}

const PATRONYMIC = /(?:вич|ич|вна|ична|івна|ївна)$/;
/**
 * Russian and Ukrainian put the office's genitive before the name ("министр иностранных дел
 * России Сергей Лавров", "мэр Москвы Сергей Собянин"): of three Cyrillic words or more, the name
 * is the last two, or three with a patronymic ("Сергей Викторович Лавров"). Hyphenated words
 * count as one ("Жан-Пьер Дюпон").
 */
function lastNames(text: string, tokens: Word[]): Word[] {
  const first = tokens[0];
  if (!first || text.charCodeAt(first.start) < 0x400 || text.charCodeAt(first.start) > 0x4ff) return tokens;
  const groups: Word[][] = [];
  for (const w of tokens) {
    const group = groups[groups.length - 1];
    if (group && w.start === group[group.length - 1]!.end + 1 && !/\s/.test(text[w.start - 1]!)) group.push(w);
    else groups.push([w]);
  }
  // Short syllables are one East Asian name ("Ким Чен Ын"), not an office's genitive.
  if (groups.length < 3 || groups[0]!.every((w) => w.end - w.start <= 3)) return tokens;
  const beforeLast = groups[groups.length - 2]!;
  const keep = PATRONYMIC.test(text.slice(beforeLast[0]!.start, beforeLast[beforeLast.length - 1]!.end).toLowerCase()) ? 3 : 2;
  return groups.slice(-keep).flat();
}

/**
 * The endings of surnames made from a place ("Артемовский", "Артемівського"), which the noun
 * ("Лиманом", "Артемовском") and a place's adjective in the prepositional ("на Красноармейском
 * направлении") do not share.
 */
const SURNAME_ENDING = /(?:[сц]к(?:ий|ого|ому|им|ая|ой|ую)|[сц]ьк(?:ий|ого|ому|им|а|ої|у|ою))$/iu;

/** A Cyrillic capital: the scripts whose prose never writes headlines in title case. */
const isCyrillicUpperAt = (text: string, i: number) => /[А-ЯЁІЇЄҐ]/.test(text[i] ?? '');

/**
 * A first name before a surname; `here`: read from weaker signs (a sentence's start, where a
 * headline's capitals could mislead), so it names a person at this place in the text only.
 */
export interface FirstName extends Span {
  here?: boolean;
}

/**
 * The word that makes a place's other name text[start, end) part of a person's name, or null:
 * a surname's ending, and a capitalised word and a hyphen before it ("Гулака-Артемовского", the
 * composer) or, in Russian and Ukrainian prose, a capitalised word that opens no sentence
 * ("писатель Иван Артемовский").
 * All-capital words ("ДНР Артемовск") and a sentence's first word ("Освобожденный Артемовск")
 * are no first names; the caller rules out places ("называют Бахмут Артемовском").
 */
export function firstNameBefore(text: string, start: number, end: number): FirstName | null {
  if (isLatinUpperAt(text, start)) return latinFirstNameBefore(text, start, end);
  if (!isCyrillicUpperAt(text, start) || !SURNAME_ENDING.test(text.slice(Math.max(start, end - 6), end))) return null;
  const before = text.charCodeAt(start - 1);
  const hyphen = before === 0x2d || before === 0x2010;
  if (!hyphen && before !== 0x20 && before !== 0xa0) return null;
  const wordEnd = start - 1;
  let from = wordEnd;
  while (from > 0 && CLASS[text.charCodeAt(from - 1)] === LETTER) from--;
  if (from === wordEnd || !isCyrillicUpperAt(text, from) || inCapitals(text, from, wordEnd)) return null;
  return hyphen || !startsSentenceAt(text, from) ? { start: from, end: wordEnd } : null;
}

const isLatinUpperAt = (text: string, i: number) => /[A-Z]/.test(text[i] ?? '');

/**
 * Capitalised words before a town's name that are no first names: a part of the town ("Western
 * Lvov", "Greater Kiev"), its era or rulers ("Soviet Lvov", "Habsburg Lvov"). Nationalities
 * (-ian, -ish, -ese) too; a building's or a club's word ("the Hotel Lvov", "Metalist Kharkov")
 * is the lexicon's (not-person cues), which the caller asks.
 */
const NOT_FIRST_NAMES = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'greater', 'old', 'new', 'downtown', 'upper',
  'lower', 'inner', 'outer', 'soviet', 'habsburg', 'tsarist', 'imperial', 'interwar', 'prewar', 'postwar', 'wartime', 'medieval',
  'occupied', 'liberated', 'besieged']);
const NATIONALITY = /(?:ian|ish|ese)$/;

/**
 * Whether a Latin word has the ending of a Slavic surname a renamed town's name can be
 * ("Orekhov", "Dimitrov", "Chuguyev"): six letters at least ("the Dynamo Kiev" is a club, and a
 * short name is a town's more often), or four ending in -ov ("politician Lev Lvov"). String
 * ends, not a regex: person-use.ts asks it of every party name of a place.
 */
export function latinSurnameShape(name: string): boolean {
  const n = name.length;
  if (n >= 4 && name.endsWith('ov')) return true;
  return n >= 6 && (name.endsWith('ev') || name.endsWith('in') || name.endsWith('sky') || name.endsWith('skiy'));
}

/**
 * In English a capitalised word before a name is a first name only after a lower-case word
 * ("Russian officer Pavel Orekhov", "player Grigor Dimitrov"): headlines capitalise every word
 * ("Russian Troops Enter Dimitrov") and open sentences with any word. The name must end like a
 * Slavic surname.
 */
function latinFirstNameBefore(text: string, start: number, end: number): FirstName | null {
  if (!latinSurnameShape(text.slice(start, end))) return null;
  const before = wordsBefore(text, start, 2);
  const first = before[before.length - 1];
  const prev = before.length > 1 ? before[0] : undefined;
  if (!first || text.slice(first.end, start) !== ' ') return null;
  if (first.end - first.start < 3 || !isLatinUpperAt(text, first.start) || inCapitals(text, first.start, first.end)) return null;
  const given = text.slice(first.start, first.end).toLowerCase();
  // "Tchaikovsky's Kharkov tour": an owner, not a first name.
  if (NOT_FIRST_NAMES.has(given) || NATIONALITY.test(given) || /['’]s$/.test(given)) return null;
  // At a sentence's start ("Lev Lvov was elected", "Politician Lev Lvov, 61,"), a lower-case
  // word or a comma after the name tells it from a headline in title case ("Missiles Hit Lvov As
  // Air Defences Fail").
  const proseAfter = /^(?: \p{Ll}|,)/u.test(text.slice(end, end + 2));
  if (!prev || startsSentenceAt(text, first.start)) return proseAfter ? { start: first.start, end: first.end, here: true } : null;
  // After the lower-case word, a space or an apposition's comma: "Her coach, Boris Lvov, said".
  if (!/^,? $/.test(text.slice(prev.end, first.start))) return null;
  if (/[a-z]/.test(text[prev.start] ?? '')) return { start: first.start, end: first.end };
  return startsSentenceAt(text, prev.start) && proseAfter ? { start: first.start, end: first.end, here: true } : null;
}

