// Spellings the matcher cannot tell apart ("RIA Novosti" and "RIA-Novosti", "Лента.ру" and
// "Лента.Ру", "лакей" and "лакеи"): the lexicon sources keep both, for the reader of
// docs/lexicon.md and for the next editor, but the matcher's data needs one. Each extra costs
// the content script bytes of its 100 KB budget and the scan a duplicate candidate per match.
// Context word lists likewise: "Assad's" reads as "Assad", and "war*" answers for "wars".
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import { foldPattern, foldText } from '../../src/engine/fold';
import { dropPossessive } from '../../src/engine/words';

/**
 * The key a pattern matches by: its folding, and where a rule reads the pattern's capitals
 * (matchCase, capitalized), its letters as written too, separators aside.
 */
function matchKey(pattern: string, readsCase: boolean): string {
  return foldPattern(pattern).join(',') + (readsCase ? '|' + pattern.replace(/[\s\-‐]+/g, ' ') : '');
}

function distinct(patterns: readonly string[], readsCase: boolean): string[] {
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const key = matchKey(p, readsCase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Context words as a rule reads them (src/engine/word-list.ts): folded, a possessive dropped ("Assad's" is "Assad"). */
function distinctWords(words: readonly string[]): string[] {
  const keyOf = (w: string) => foldText(w).split(' ').map(dropPossessive).join(' ');
  // A one-word stem answers for every word it begins ("украин*" for "украинск*" and "украина").
  const stems = words.map(keyOf).filter((k) => k.endsWith('*') && !k.includes(' ')).map((k) => k.slice(0, -1));
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = keyOf(w);
    const stem = key.endsWith('*');
    const bare = stem ? key.slice(0, -1) : key;
    if (seen.has(key) || (!key.includes(' ') && stems.some((s) => bare.startsWith(s) && (!stem || bare !== s)))) return false;
    seen.add(key);
    return true;
  });
}

type Context = Record<string, unknown> & { near?: { words: string[] }; notNear?: { words: string[] }; notBefore?: string[]; notAfter?: string[]; partyBy?: { words: string[] } };

function distinctContext(c: Context): Context {
  const out: Context = { ...c };
  if (c.near) out.near = { ...c.near, words: distinctWords(c.near.words) };
  if (c.notNear) out.notNear = { ...c.notNear, words: distinctWords(c.notNear.words) };
  if (c.notBefore) out.notBefore = distinctWords(c.notBefore);
  if (c.notAfter) out.notAfter = distinctWords(c.notAfter);
  if (c.partyBy) out.partyBy = { ...c.partyBy, words: distinctWords(c.partyBy.words) };
  return out;
}

/** The lexicon with every pattern and context list holding one spelling of each way to match. */
export function withoutEquivalentPatterns(data: LexiconData): LexiconData {
  const entries = data.entries.map((item): DataEntry => {
    const e = item.entry as unknown as Record<string, unknown> & { context?: { matchCase?: boolean; capitalized?: boolean } };
    const readsCase = Boolean(e.context?.matchCase || e.context?.capitalized);
    const entry: Record<string, unknown> = { ...e };
    if (e.context) entry.context = distinctContext(e.context as Context);
    if (Array.isArray(e.patterns)) entry.patterns = distinct(e.patterns as string[], readsCase);
    if (Array.isArray(e.canonicalPatterns)) entry.canonicalPatterns = distinct(e.canonicalPatterns as string[], readsCase);
    if (Array.isArray(e.names)) entry.names = (e.names as { patterns: string[] }[]).map((g) => ({ ...g, patterns: distinct(g.patterns, readsCase) }));
    return { ...item, entry } as DataEntry;
  });
  return { ...data, entries };
}
