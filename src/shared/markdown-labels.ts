// The words of the Markdown report, from _locales through a translator: the popup's, in the
// reader's language; the CLI's, in the language it is asked for (src/cli/labels.ts). One set of
// keys, so the two cannot drift apart.
import type { Translate } from './i18n';
import { CATEGORY_KEYS, HOW_KEYS } from './label-keys';
import { partyLabel } from './parties';
import { CATEGORIES, MENTION_HOWS, type Category, type MentionHow } from './report';

export interface MarkdownLabels {
  title: string;
  /** Before the counts by category: "**Findings:** Loaded terms: 5 · …". */
  counts: string;
  /** Before the counts by party: "**Vocabulary by party:** Russian official: 10 …". */
  parties: string;
  /** No party's words at all. */
  none: string;
  /** Findings no party owns (editorializing, most unnamed sources): "no party: 3". */
  noParty: string;
  /** Findings in quotation, left out of the parties' counts: "quoted, not counted: 2". */
  partyQuoted: string;
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
  /** A word of the article in the language's quotation marks: “reportedly”, «якобы». */
  quote(word: string): string;
}

// One finding's category; CATEGORY_KEYS name a category of many ("Loaded terms").
const ONE_FINDING_KEYS: Record<Category, string> = {
  'loaded-term': 'mdCategoryLoadedTerm',
  'place-name': 'mdCategoryPlaceName',
  'unnamed-source': 'mdCategoryUnnamedSource',
  editorializing: 'mdCategoryEditorializing',
};

function each<K extends string>(keys: readonly K[], label: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}

/** The words from a translator and the language it speaks (party labels are lexicon data). */
export function markdownLabels(t: Translate, lang: 'en' | 'ru' | 'uk'): MarkdownLabels {
  return {
    title: t('markdownTitle'),
    counts: t('mdCounts'),
    parties: t('mdParties'),
    none: t('mdNone'),
    noParty: t('partyNone'),
    partyQuoted: t('partyQuoted'),
    dominant: t('mdDominant'),
    caveat: t('mdCaveat'),
    sentences: t('mdSentences'),
    original: t('mdOriginal'),
    neutral: t('mdNeutral'),
    flags: t('mdFlags'),
    findings: t('mdFindings'),
    outlets: t('outletsHeading'),
    people: t('peopleHeading'),
    unnamed: t('unnamedHeading'),
    columns: {
      text: t('mdColText'), category: t('mdColCategory'), party: t('mdColParty'), neutral: t('mdColNeutral'),
      why: t('mdColWhy'), reference: t('mdColReference'), outlet: t('mdColOutlet'), country: t('mdColCountry'),
      owner: t('mdColOwner'), stateControlled: t('mdColStateControlled'), citedAs: t('mdColCitedAs'),
    },
    quoted: t('tagQuoted'),
    mixedScript: t('tagMixedScript'),
    unknownOutlet: t('mdUnknownOutlet'),
    yes: t('mdYes'),
    no: t('mdNo'),
    unknown: t('mdUnknown'),
    categories: each(CATEGORIES, (c) => t(CATEGORY_KEYS[c])),
    category: each(CATEGORIES, (c) => t(ONE_FINDING_KEYS[c])),
    how: each(MENTION_HOWS, (h) => t(HOW_KEYS[h])),
    party: (id) => partyLabel(id, lang),
    quote: (word) => t('quotedWord', [word]),
  };
}
