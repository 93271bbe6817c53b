// Names the UI shows for report values: categories, severities, how an outlet was cited, parties (the
// last are lexicon data, read through src/shared/parties.ts).
import { PARTY_IDS, partyCounts, partyLabel as sharedPartyLabel } from '../shared/parties';
import { CATEGORY_KEYS, HOW_KEYS } from '../shared/label-keys';
import type { Category, MentionHow, Severity } from '../shared/report';
import { t, uiLanguage } from './i18n';

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

export function howLabel(how: MentionHow): string {
  return t(HOW_KEYS[how]);
}

export function partyLabel(id: string): string {
  return sharedPartyLabel(id, uiLanguage());
}

export { PARTY_IDS, partyCounts };

/** A country's name in the interface's language ("US" → "United States", «США»); the code where the browser has no name. */
export function countryLabel(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
