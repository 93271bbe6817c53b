// Splits the validated lexicon into the matcher's data and the descriptions a reader is shown.
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import type { Description, Descriptions } from '../../src/shared/describe';

// An outlet's domains go too: the content script needs them only for the links of a page with
// article text, and asks the service worker for them then (src/content/index.ts): 1.6 KB gzip
// of its 100 KB budget.
const DESCRIPTIVE = ['explanation', 'reference', 'country', 'owner', 'stateControlled', 'domains', 'localNames'] as const;

export function splitDescriptions(data: LexiconData): { matching: LexiconData; descriptions: Descriptions } {
  const descriptions: Descriptions = { entries: {}, outlets: {} };
  const entries = data.entries.map((item) => {
    const entry: Record<string, unknown> = { ...item.entry };
    const about: Record<string, unknown> = {};
    for (const key of DESCRIPTIVE) {
      if (key in entry) {
        about[key] = entry[key];
        delete entry[key];
      }
    }
    descriptions.entries[item.entry.id] = about as unknown as Description;
    if (item.kind === 'outlet') {
      descriptions.outlets[item.entry.name] = item.entry.id;
      entry.domains = [];
    }
    return { ...item, entry } as DataEntry;
  });
  return { matching: { ...data, entries }, descriptions };
}
