// The toolbar badge: how many findings the tab's page has, coloured by whose vocabulary
// dominates (report.summary.lean). The number carries the meaning; the colour is a hint, and
// the tooltip says both in words, in the reader's language.
import { pluralKey, type Translate } from '../shared/i18n';
import { partyColour, partyLabel } from '../shared/parties';
import type { Report } from '../shared/report';

/** No party dominates (or the party is unknown): a grey that takes no side. */
const NO_LEAN_COLOUR = '#5f6368';

export function badgeColour(lean: string | null): string {
  return (lean && partyColour(lean)) || NO_LEAN_COLOUR;
}

export function badgeText(report: Report | null): string {
  if (!report) return '';
  const n = report.findings.length;
  if (n === 0) return '';
  return n > 999 ? '999+' : String(n);
}

/** `t` and `lang` must agree: the plural form is chosen by `lang`'s rules among `t`'s messages. */
export function badgeTitle(report: Report | null, t: Translate, lang: 'en' | 'ru' | 'uk'): string {
  if (!report) return t('badgeTitleIdle');
  const n = report.findings.length;
  const count = t(pluralKey('badgeTitleCount', n, lang), [n]);
  const { lean } = report.summary;
  return lean ? t('badgeTitleLean', [count, partyLabel(lean, lang)]) : count;
}
