// Counts by category and by party, and whose vocabulary dominates. Quoted findings are counted
// by category but not for the lean: a speaker's words say nothing of the outlet's own voice.
import { CATEGORIES, type Category, type Finding, type Summary } from '../shared/report';

export function summarize(findings: readonly Finding[]): Summary {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const parties: Record<string, number> = {};
  for (const f of findings) {
    counts[f.category]++;
    if (f.party && !f.quoted) parties[f.party] = (parties[f.party] ?? 0) + 1;
  }
  const ranked = Object.entries(parties).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const lean = first && (!second || first[1] > second[1]) ? first[0] : null;
  return { counts, parties, lean };
}
