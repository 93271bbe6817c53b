// Names the UI shows for report values: categories, severities, how an outlet was cited, parties (the
// last are lexicon data, read through src/shared/parties.ts).
import { counterpartOf, PARTY_IDS, partyLabel as sharedPartyLabel } from '../shared/parties';
import type { Category, MentionHow, Severity } from '../shared/report';
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

const SEVERITY_KEYS: Record<Severity, string> = {
  low: 'severityLow',
  medium: 'severityMedium',
  high: 'severityHigh',
};

export function severityLabel(s: Severity): string {
  return t(SEVERITY_KEYS[s]);
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

export function partyLabel(id: string): string {
  return sharedPartyLabel(id, uiLanguage());
}

export { counterpartOf, PARTY_IDS };
