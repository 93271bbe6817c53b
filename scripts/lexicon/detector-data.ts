// The lexicon a page's detector needs: the matcher's data without what only the report reads.
// The service worker completes every page's report with the whole lexicon, so the content
// script would carry these for nothing: the per-form replacements (the neutral of each finding
// and the rewording; 10 KB gzip of its 100 KB budget), a party's own forms (partyBy.forms), the
// prepositions a neutral governs (governs) and the outlets' context rules (below). Editorializing keeps its forms: whether a word would be
// dropped (a neutral of "") decides on the page whether reported speech quotes it.
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';

export function detectorData(data: LexiconData): LexiconData {
  const entries = data.entries.map((item): DataEntry => {
    if (item.kind === 'term' && item.category !== 'editorializing') {
      const { forms: _forms, ...entry } = item.entry;
      const partyBy = entry.context?.partyBy;
      if (partyBy?.forms) {
        const { forms: _partyForms, ...rest } = partyBy;
        entry.context = { ...entry.context, partyBy: rest };
      }
      if (entry.context?.governs) {
        const { governs: _governs, ...rest } = entry.context;
        entry.context = rest;
      }
      return { ...item, entry };
    }
    if (item.kind === 'place') {
      return { ...item, entry: { ...item.entry, names: item.entry.names.map(({ forms: _forms, ...group }) => group) } };
    }
    // An outlet's context rule ("CCTV footage" is no CGTN) decides whether its name is kept as an
    // outlet, and the page reports no outlets: the service worker lists them, with the whole
    // lexicon. The rules' words were 4.7 KB gzip of the page's budget; without them the findings
    // of the 2,126 fixture and probe texts are the same. Outlet names stay: rules read them
    // ("источник РБК") and a longer one keeps the words inside it from being flagged.
    if (item.kind === 'outlet' && item.entry.context) {
      const { context: _context, ...entry } = item.entry;
      return { ...item, entry };
    }
    return item;
  });
  return { ...data, entries };
}
