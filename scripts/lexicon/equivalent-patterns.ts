// Spellings the matcher cannot tell apart ("RIA Novosti" and "RIA-Novosti", "Лента.ру" and
// "Лента.Ру", "лакей" and "лакеи"): the lexicon sources keep both, for the reader of
// docs/lexicon.md and for the next editor, but the matcher's data needs one. Each extra costs
// the content script bytes of its 100 KB budget and the scan a duplicate candidate per match.
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import { foldPattern } from '../../src/engine/fold';

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

/** The lexicon with every pattern list holding one spelling of each way to match. */
export function withoutEquivalentPatterns(data: LexiconData): LexiconData {
  const entries = data.entries.map((item): DataEntry => {
    const e = item.entry as unknown as Record<string, unknown> & { context?: { matchCase?: boolean; capitalized?: boolean } };
    const readsCase = Boolean(e.context?.matchCase || e.context?.capitalized);
    const entry: Record<string, unknown> = { ...e };
    if (Array.isArray(e.patterns)) entry.patterns = distinct(e.patterns as string[], readsCase);
    if (Array.isArray(e.canonicalPatterns)) entry.canonicalPatterns = distinct(e.canonicalPatterns as string[], readsCase);
    if (Array.isArray(e.names)) entry.names = (e.names as { patterns: string[] }[]).map((g) => ({ ...g, patterns: distinct(g.patterns, readsCase) }));
    return { ...item, entry } as DataEntry;
  });
  return { ...data, entries };
}
