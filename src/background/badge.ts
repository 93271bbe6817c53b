// The toolbar badge: how many findings the tab's page has, coloured by whose vocabulary
// dominates (report.summary.lean). The number carries the meaning; the colour is a hint.
import { partyColour } from '../shared/parties';
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

export function badgeTitle(report: Report | null): string {
  const base = 'Framing Lens';
  if (!report) return `${base}: click to scan this page`;
  const n = report.findings.length;
  const lean = report.summary.lean ? `; mostly ${report.summary.lean} vocabulary` : '';
  return `${base}: ${n} flagged ${n === 1 ? 'word' : 'words'} on this page${lean}`;
}
