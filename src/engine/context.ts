// Context rules: what makes an ambiguous entry precise ("liberation" next to a place or troops,
// not after "women's"; "Dimitrov" near the front, not near "tennis"). Rules are lexicon data;
// this file only knows how to read them.
import type { ContextRule } from '../lexicon/schema';
import { isUpperChar } from './chars';
import type { Candidate } from './scan';
import { spansWithin } from './spans';
import { WordList } from './word-list';
import { wordsAfter, wordsBefore, type Word } from './words';

interface CompiledRule {
  near?: { words: WordList; places: boolean; within: number };
  notNear?: { words: WordList; within: number };
  notBefore?: WordList;
  notAfter?: WordList;
  matchCase: boolean;
  capitalized: boolean;
  unlessNamed: boolean;
}

export function compileRule(rule: ContextRule): CompiledRule {
  return {
    near: rule.near && { words: new WordList(rule.near.words), places: rule.near.places, within: rule.near.within },
    notNear: rule.notNear && { words: new WordList(rule.notNear.words), within: rule.notNear.within },
    notBefore: rule.notBefore && new WordList(rule.notBefore),
    notAfter: rule.notAfter && new WordList(rule.notAfter),
    matchCase: rule.matchCase ?? false,
    capitalized: rule.capitalized ?? false,
    unlessNamed: rule.unlessNamed ?? false,
  };
}

export interface Span {
  start: number;
  end: number;
}

function letters(s: string): string[] {
  return [...s].filter((ch) => /\p{L}/u.test(ch));
}

/** The text has the pattern's capitals: "RT" matches RT, not "rt" or "Rt". */
function casesMatch(original: string, display: string): boolean {
  const a = letters(original);
  const b = letters(display.replace(/\*/g, ''));
  return b.every((ch, k) => a[k] !== undefined && isUpperChar(a[k]!) === isUpperChar(ch));
}

/**
 * Words the pattern writes with a capital start with one in the text ("островов Сиша" needs
 * the capital С only); a pattern written all in lower case needs a capital first letter.
 */
function capitalsKept(original: string, display: string): boolean {
  const textWords = original.split(/[\s\-–—]+/u);
  const patternWords = display.split(/[\s\-–—]+/u);
  if (!/\p{Lu}/u.test(display)) return isUpperChar(letters(original)[0] ?? '');
  return patternWords.every((w, k) => !isUpperChar(letters(w)[0] ?? '') || isUpperChar(letters(textWords[k] ?? '')[0] ?? ''));
}

/** "a source, John Smith, said": a personal name right after the phrase names the source. */
function followedByName(text: string, end: number): boolean {
  const rest = text.slice(end, end + 80);
  return /^[\s,:—–-]*\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{L}+/u.test(rest);
}

export function passesContext(text: string, c: Candidate, display: string, rule: CompiledRule, places: readonly Span[]): boolean {
  if (rule.matchCase || rule.capitalized) {
    const original = text.slice(c.start, c.end);
    if (rule.matchCase && !casesMatch(original, display)) return false;
    if (rule.capitalized && !capitalsKept(original, display)) return false;
  }
  if (rule.unlessNamed && followedByName(text, c.end)) return false;
  // One window of words on each side serves every rule of the entry.
  const reach = Math.max(rule.near?.within ?? 0, rule.notNear?.within ?? 0, rule.notBefore?.longest ?? 0, rule.notAfter?.longest ?? 0);
  if (reach === 0) return true;
  const before = wordsBefore(text, c.start, reach);
  const after = wordsAfter(text, c.end, reach);
  const texts = (words: Word[]) => words.map((w) => w.text);
  if (rule.notBefore && rule.notBefore.endsWith(texts(before.slice(-rule.notBefore.longest)))) return false;
  if (rule.notAfter && rule.notAfter.startsWith(texts(after.slice(0, rule.notAfter.longest)))) return false;
  if (rule.notNear) {
    const w = rule.notNear.within;
    if (rule.notNear.words.anyIn([...texts(before.slice(-w)), ...texts(after.slice(0, w))])) return false;
  }
  if (rule.near) {
    const w = rule.near.within;
    const nearBefore = before.slice(-w);
    const nearAfter = after.slice(0, w);
    if (rule.near.words.anyIn([...texts(nearBefore), ...texts(nearAfter)])) return true;
    if (!rule.near.places) return false;
    const from = nearBefore[0]?.start ?? c.start;
    const to = nearAfter[nearAfter.length - 1]?.end ?? c.end;
    return spansWithin(places, from, to).some((p) => p.end <= c.start || p.start >= c.end);
  }
  return true;
}
