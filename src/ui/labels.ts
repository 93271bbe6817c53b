// Names the UI shows for report values: categories, how an outlet was cited, parties.
// Party labels are lexicon data (src/lexicon/parties.yaml, en/ru/uk); only that key of the
// compiled lexicon is imported, and vite's JSON named exports let the bundle drop the rest.
import { parties } from '../lexicon/generated/lexicon.json';
import type { Category, MentionHow } from '../shared/report';
import { t, uiLanguage } from './i18n';

const CATEGORY_KEYS: Record<Category, string> = {
  'loaded-term': 'categoryLoadedTerm',
  'place-name': 'categoryPlaceName',
  'unnamed-source': 'categoryUnnamedSource',
  editorializing: 'categoryEditorializing',
};

export function categoryLabel(c: Category): string {
  return t(CATEGORY_KEYS[c]);
}

const HOW_KEYS: Record<MentionHow, string> = {
  'according to': 'howAccordingTo',
  'quoted by': 'howQuotedBy',
  reported: 'howReported',
  told: 'howTold',
  'cited by': 'howCitedBy',
  link: 'howLink',
  name: 'howName',
};

export function howLabel(how: MentionHow): string {
  return t(HOW_KEYS[how]);
}

type PartyData = { id: string; counterpart?: string; label: { en: string; ru: string; uk: string } };

export function partyLabel(id: string): string {
  const p = (parties as PartyData[]).find((x) => x.id === id);
  return p ? p.label[uiLanguage()] : id;
}

/** Every party the lexicon knows, in its order (the custom-term form offers them). */
export const PARTY_IDS: readonly string[] = (parties as PartyData[]).map((p) => p.id);

/**
 * The other side of a party (parties.yaml), shown at 0 when the article uses none of its
 * words, so "Russian official: 7" is read next to "Ukrainian official: 0" and not alone.
 */
export function counterpartOf(id: string): string | undefined {
  return (parties as PartyData[]).find((p) => p.id === id)?.counterpart;
}
