// The toolbar badge: how many findings the tab's page has, coloured by whose vocabulary
// dominates (report.summary.lean). The number carries the meaning; the colour is a hint.
import type { Report } from '../shared/report';

/** Badge colours by party family; a party not listed gets a neutral grey. */
const PARTY_COLOURS: [RegExp, string][] = [
  [/^ru-/, '#c62828'],
  [/^ua-/, '#1565c0'],
  [/^il-/, '#6a1b9a'],
  [/^pro-palestinian/, '#2e7d32'],
  [/^us-/, '#37474f'],
];
const NO_LEAN_COLOUR = '#5f6368';

export function badgeColour(lean: string | null): string {
  if (!lean) return NO_LEAN_COLOUR;
  return PARTY_COLOURS.find(([re]) => re.test(lean))?.[1] ?? '#795548';
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
