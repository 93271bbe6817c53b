// The Markdown report's words in the reader's language, from _locales: what the popup's
// "Copy as Markdown" writes. Category, party and citation names are the ones the popup shows.
import type { MarkdownLabels } from '../shared/markdown-labels';
import { CATEGORIES, MENTION_HOWS, type Category } from '../shared/report';
import { t } from '../ui/i18n';
import { categoryLabel, howLabel, partyLabel } from '../ui/labels';

// One finding's category; the popup's categoryLabel names a category of many ("Loaded terms").
const ONE_FINDING_KEYS: Record<Category, string> = {
  'loaded-term': 'mdCategoryLoadedTerm',
  'place-name': 'mdCategoryPlaceName',
  'unnamed-source': 'mdCategoryUnnamedSource',
  editorializing: 'mdCategoryEditorializing',
};

function each<K extends string>(keys: readonly K[], label: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}

export function markdownLabels(): MarkdownLabels {
  return {
    title: t('markdownTitle'),
    counts: t('mdCounts'),
    parties: t('mdParties'),
    none: t('mdNone'),
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
    categories: each(CATEGORIES, categoryLabel),
    category: each(CATEGORIES, (c) => t(ONE_FINDING_KEYS[c])),
    how: each(MENTION_HOWS, howLabel),
    party: partyLabel,
  };
}
