// Context rules: what makes an ambiguous entry precise ("liberation" next to a place or troops,
// not after "women's"; "Dimitrov" near the front, not near "tennis"). Rules are lexicon data;
// this file only knows how to read them.
import type { ContextRule } from '../lexicon/schema';
import { CLASS, LETTER, SEP, isUpperAt } from './chars';
import { datedBefore, type DigitsNear } from './dated';
import { foldText } from './fold';
import { nameBefore, nameRightAfter, notAName, speakerRightAfter, surnameRightAfter } from './names';
import type { NotPersonWords } from './not-person';
import { organizationAfter, organizationBefore } from './organization';
import type { Candidate } from './scan';
import { startsSentenceAt } from './sentences';
import { overlapsAny, spansWithin } from './spans';
import { WordList } from './word-list';
import { WordWindow, isConjunction, wordsBefore } from './words';

interface CompiledRule {
  near?: { words: WordList; places: boolean; within: number; after: boolean };
  notNear?: { words: WordList; within: number };
  notBefore?: WordList;
  notAfter?: WordList;
  matchCase: boolean;
  capitalized: boolean;
  lowerCase: boolean;
  unlessNamed: boolean;
  outletAfter: boolean;
  /** Folded nouns after which an organization's name names the source (organization.ts). */
  unlessOrganization?: Set<string>;
  partyBy?: { party: string; words: WordList; within: number; forms?: Map<string, string> };
  officialUntil?: number;
}

export function compileRule(rule: ContextRule): CompiledRule {
  return {
    near: rule.near && { words: new WordList(rule.near.words), places: rule.near.places, within: rule.near.within, after: rule.near.after ?? false },
    notNear: rule.notNear && { words: new WordList(rule.notNear.words), within: rule.notNear.within },
    notBefore: rule.notBefore && new WordList(rule.notBefore),
    notAfter: rule.notAfter && new WordList(rule.notAfter),
    matchCase: rule.matchCase ?? false,
    capitalized: rule.capitalized ?? false,
    lowerCase: rule.lowerCase ?? false,
    unlessNamed: rule.unlessNamed ?? false,
    outletAfter: rule.outletAfter ?? false,
    unlessOrganization: rule.unlessOrganization && new Set(rule.unlessOrganization.map(foldText)),
    partyBy: rule.partyBy && {
      party: rule.partyBy.party,
      words: new WordList(rule.partyBy.words),
      within: rule.partyBy.within,
      forms: rule.partyBy.forms && new Map(Object.entries(rule.partyBy.forms).map(([form, neutral]) => [foldText(form), neutral])),
    },
    officialUntil: rule.officialUntil,
  };
}

export interface Span {
  start: number;
  end: number;
}

/** Upper-case flags of the letters of a string, in order (a char loop: this runs per match). */
function capitals(s: string): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CLASS[c] !== LETTER) continue;
    out.push(isUpperAt(s, i));
  }
  return out;
}

/**
 * The text has the pattern's capitals: "RT" matches RT, not "rt" or "Rt". A pattern's first
 * letter in lower case may be a capital at a sentence start ("Телеканал «Дождь» лишили…").
 */
function casesMatch(original: string, display: string): boolean {
  const a = capitals(original);
  const b = capitals(display);
  return b.every((upper, k) => a[k] !== undefined && (a[k] === upper || (k === 0 && !upper)));
}

/** Whether each word's first letter is a capital ("Krasny Armeysk" → [true, true]). */
function wordCapitals(s: string): boolean[] {
  const out: boolean[] = [];
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SEP) {
      inWord = false;
      continue;
    }
    if (inWord || cls !== LETTER) continue;
    inWord = true;
    out.push(isUpperAt(s, i));
  }
  return out;
}

const patternCapitals = new Map<string, { words: boolean[]; any: boolean }>();

/**
 * Words the pattern writes with a capital start with one in the text ("островов Сиша" needs
 * the capital С only); a pattern written all in lower case needs a capital first letter.
 */
function capitalsKept(original: string, display: string): boolean {
  let pattern = patternCapitals.get(display);
  if (!pattern) patternCapitals.set(display, (pattern = { words: wordCapitals(display), any: capitals(display).some(Boolean) }));
  const text = wordCapitals(original);
  if (!pattern.any) return text[0] === true;
  return pattern.words.every((upper, k) => !upper || text[k] === true);
}

const WINDOW = new WordWindow();

/** The spans a rule may ask for: places (near.places) and outlets (outletAfter), in text order. */
export interface ContextSpans {
  places: readonly Span[];
  outlets(): readonly Span[];
  /** Whether the text has four digits in a row (years, perhaps) overlapping a stretch. */
  digitsNear: DigitsNear;
  /** The lexicon's place words (countries, regions), for the words after a match. */
  placeWords(): NotPersonWords;
  /** The text's speech cues ("said", «сообщил»), in text order. */
  speech(): readonly Span[];
}

/** Where the outlet's name that follows `end` ends (spaces and an opening quotation mark alone between), or -1. */
function outletRightAfter(text: string, end: number, outlets: readonly Span[]): number {
  let i = end;
  while (i < text.length && i - end < 3 && /[\s«"“„']/.test(text[i]!)) i++;
  const outlet = i > end ? spansWithin(outlets, i, i + 1).find((o) => o.start === i) : undefined;
  return outlet ? outlet.end : -1;
}

/** Digits only ("12"): read by code, as most words after a match are no number. */
function isCount(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((text.charCodeAt(i) - 0x30) >>> 0 > 9) return false;
  return end > start;
}

/**
 * An organization's experts: its name after the match's last word ("according to analysts at
 * Goldman Sachs") or before its first ("Goldman Sachs analysts said"), when that word is one of
 * `nouns`.
 */
function namedOrganization(text: string, c: Candidate, end: number, nouns: Set<string>, spans: ContextSpans): boolean {
  const words = text.slice(c.start, c.end).split(/\s+/);
  if (nouns.has(foldText(words.at(-1)!)) && organizationAfter(text, end, spans.places, spans.outlets(), spans.placeWords())) return true;
  return nouns.has(foldText(words[0]!)) && organizationBefore(text, c.start, spans.places, spans.outlets(), spans.placeWords());
}

/** The apposition's end: its comma, past a few words that go on with it ("a military correspondent for Komsomolskaya Pravda,"). */
const APPOSITION_END = /^[^,.;:!?\n]{0,60}?,[ \u00a0]*/;

/**
 * "Andrei Kots, a military correspondent, reported", «Андрей Коц, военкор, сообщил», "Rybar, a
 * military blogger, reported": the source the match describes is the person or channel before
 * it, when the match is a noun's (no speech verb in it: "Vladimir Saldo, officials said,
 * announced" and "Ukrainska Pravda, citing sources" give others' words) and a speech verb
 * follows its apposition. The name opens the sentence, or is a full name of no place or time:
 * not "Like Rybar, military bloggers…", "On Sunday, military bloggers…", "Near Nova Kakhovka, …".
 */
function namedBefore(text: string, start: number, end: number, spans: ContextSpans): boolean {
  const after = APPOSITION_END.exec(text.slice(end, end + 70));
  if (!after) return false;
  const speech = spans.speech();
  const at = end + after[0].length;
  if (!spansWithin(speech, at, at + 1).some((s) => s.start === at) || spansWithin(speech, start, end).some((s) => s.start < end && s.end > start)) return false;
  // The comma that opens the apposition, and the name before it: a channel, or a full name.
  const from = Math.max(0, start - 4);
  const opens = /,[ \u00a0]*$/.exec(text.slice(from, start));
  if (!opens) return false;
  const comma = from + opens.index;
  if (spansWithin(spans.outlets(), comma - 60, comma).some((o) => o.end === comma && isUpperAt(text, o.start) && startsSentenceAt(text, o.start))) return true;
  const name = nameBefore(text, comma, 2);
  if (!name || name.words < 2 || name.end !== comma) return false;
  if (name.tokens.some((w) => notAName(w.text)) || spans.placeWords().covered(text, name.tokens).size) return false;
  if (overlapsAny(spans.places, name) || overlapsAny(spans.outlets(), name)) return false;
  // The name is the clause's subject: it opens the sentence or follows "and" ("According to
  // Ukrainska Pravda, military bloggers…", "Following Andrei Kots, military bloggers…" are others').
  const prev = wordsBefore(text, name.start, 1)[0];
  return startsSentenceAt(text, name.start) || (prev !== undefined && isConjunction(text, prev.start, prev.end) && /^\s+$/.test(text.slice(prev.end, name.start)));
}

function namedBySurname(text: string, end: number, spans: ContextSpans): boolean {
  const surname = surnameRightAfter(text, end) ?? speakerRightAfter(text, end, spans.speech());
  return surname !== null && !overlapsAny(spans.places, surname) && !overlapsAny(spans.outlets(), surname);
}

export function passesContext(text: string, c: Candidate, display: string, rule: CompiledRule, spans: ContextSpans): boolean {
  // The source's words end after the outlet's name: "источник РБК Михаил Петров" is named.
  const end = rule.outletAfter ? outletRightAfter(text, c.end, spans.outlets()) : c.end;
  if (end < 0) return false;
  if (rule.matchCase || rule.capitalized) {
    const original = text.slice(c.start, c.end);
    if (rule.matchCase && !casesMatch(original, display)) return false;
    if (rule.capitalized && !capitalsKept(original, display)) return false;
  }
  // "The Notorious B.I.G.": a capital inside a sentence makes the word part of a name or title.
  if (rule.lowerCase && isUpperAt(text, c.start) && !startsSentenceAt(text, c.start)) return false;
  // "a source, John Smith, said": a personal name right after the phrase names the source, as
  // a bare surname after a title does («военкор Поддубный сообщил»).
  if (rule.unlessNamed && (nameRightAfter(text, end) || namedBySurname(text, end, spans) || namedBefore(text, c.start, end, spans))) return false;
  if (rule.unlessOrganization && namedOrganization(text, c, end, rule.unlessOrganization, spans)) return false;
  if (rule.officialUntil !== undefined && datedBefore(text, c, rule.officialUntil, spans.digitsNear)) return false;
  // One window of words on each side serves every rule of the entry.
  const reach = Math.max(rule.near?.within ?? 0, rule.notNear?.within ?? 0, rule.notBefore?.longest ?? 0, rule.notAfter ? rule.notAfter.longest + 1 : 0);
  if (reach === 0) return true;
  const win = WINDOW.fillInSentence(text, c.start, c.end, reach);
  const { split, length } = win;
  if (rule.notBefore && rule.notBefore.endsAtWindow(win, split)) return false;
  if (rule.notAfter) {
    // A count is read past: "liberated 12 civilians" as "liberated civilians".
    const from = split < length && isCount(text, win.starts[split]!, win.ends[split]!) ? split + 1 : split;
    if (rule.notAfter.startsAtWindow(win, from, Math.min(length, from + rule.notAfter.longest))) return false;
  }
  if (rule.notNear) {
    const w = rule.notNear.within;
    if (rule.notNear.words.anyInWindow(win, Math.max(0, split - w), Math.min(length, split + w))) return false;
  }
  if (rule.near) {
    const w = rule.near.within;
    const lo = rule.near.after ? split : Math.max(0, split - w);
    const hi = Math.min(length, split + w);
    if (rule.near.words.anyInWindow(win, lo, hi)) return true;
    if (rule.near.places) {
      const from = lo < split ? win.starts[lo]! : c.start;
      const to = hi > split ? win.ends[hi - 1]! : c.end;
      if (spansWithin(spans.places, from, to).some((p) => p.end <= c.start || p.start >= c.end)) return true;
    }
    // A phrase holding a word of its own context is in it: "reunification of Crimea with Russia",
    // «очистили от противника» (the window is read again, over the phrase's own words).
    return display.includes(' ') && rule.near.words.anyInWindow(WINDOW.fill(text, c.end, c.end, 8, c.start, c.end), 0, WINDOW.split);
  }
  return true;
}

/** Whose usage the match is: the entry's party, or its rule's `partyBy` party after the subject that says so. */
export function partyOf(text: string, c: Candidate, rule: CompiledRule | null, party: string | null): string | null {
  const by = rule?.partyBy;
  if (!by) return party;
  const win = WINDOW.fillInSentence(text, c.start, c.end, by.within);
  return by.words.anyInWindow(win, 0, win.split) ? by.party : party;
}
