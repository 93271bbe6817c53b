// The words of the Markdown report. The popup fills them from _locales in the reader's language
// (src/popup/markdown-labels.ts); the CLI prints these English ones, which are the same words as
// _locales/en (a popup test compares the two copies), kept here so src/shared needs no browser.
import { partyLabel } from './parties';
import type { Category, MentionHow } from './report';

export interface MarkdownLabels {
  title: string;
  /** Before the counts by category: "**Findings:** Loaded terms: 5 · …". */
  counts: string;
  /** Before the counts by party: "**Vocabulary by party:** Russian official: 10 …". */
  parties: string;
  /** No party's words at all. */
  none: string;
  /** Before the party whose words dominate. */
  dominant: string;
  caveat: string;
  sentences: string;
  original: string;
  neutral: string;
  flags: string;
  findings: string;
  outlets: string;
  people: string;
  unnamed: string;
  columns: {
    text: string; category: string; party: string; neutral: string; why: string; reference: string;
    outlet: string; country: string; owner: string; stateControlled: string; citedAs: string;
  };
  quoted: string;
  mixedScript: string;
  unknownOutlet: string;
  yes: string;
  no: string;
  unknown: string;
  /** A category's name in the counts: "Loaded terms". */
  categories: Record<Category, string>;
  /** The category of one finding: "Loaded term". */
  category: Record<Category, string>;
  /** How an outlet was cited: "“according to”", "a link". */
  how: Record<MentionHow, string>;
  /** A party id as the reader knows the party: "Russian official" for ru-official. */
  party(id: string): string;
}

export const ENGLISH_MARKDOWN_LABELS: MarkdownLabels = {
  title: 'Framing Lens report',
  counts: 'Findings',
  parties: 'Vocabulary by party',
  none: 'none',
  dominant: 'dominant',
  caveat: 'Counts show whose words the article uses, not whether its facts are right.',
  sentences: 'Flagged sentences',
  original: 'Original',
  neutral: 'Neutral',
  flags: 'Flags',
  findings: 'Findings',
  outlets: 'Outlets cited',
  people: 'People cited',
  unnamed: 'Unnamed sources',
  columns: {
    text: 'text', category: 'category', party: 'party', neutral: 'neutral', why: 'why', reference: 'reference',
    outlet: 'outlet', country: 'country', owner: 'owner', stateControlled: 'state-controlled', citedAs: 'cited as',
  },
  quoted: 'quoted',
  mixedScript: 'mixed script',
  unknownOutlet: 'unknown outlet',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  categories: {
    'loaded-term': 'Loaded terms',
    'place-name': 'Place names',
    'unnamed-source': 'Unnamed sources',
    editorializing: 'Editorializing',
  },
  category: {
    'loaded-term': 'Loaded term',
    'place-name': 'Place name',
    'unnamed-source': 'Unnamed source',
    editorializing: 'Editorializing',
  },
  how: {
    'according to': '“according to”',
    'quoted by': '“quoted by”',
    reported: '“reported”',
    told: '“told”',
    'cited by': '“cited by”',
    link: 'a link',
    name: 'named only',
  },
  party: (id) => partyLabel(id, 'en'),
};
