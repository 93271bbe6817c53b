// The lexicon a page's detector needs: the matcher's data without the per-form replacements,
// which only the report reads (the neutral of each finding and the rewording). The service
// worker completes every page's report with the whole lexicon, so the content script carries
// these 10 KB gzip of its 100 KB budget for nothing (and a party's own forms, partyBy.forms). Editorializing keeps its forms: whether a
// word would be dropped (a neutral of "") decides on the page whether reported speech quotes it.
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
      return { ...item, entry };
    }
    if (item.kind === 'place') {
      return { ...item, entry: { ...item.entry, names: item.entry.names.map(({ forms: _forms, ...group }) => group) } };
    }
    return item;
  });
  return { ...data, entries };
}
