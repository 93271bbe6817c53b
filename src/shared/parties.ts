// Parties as the reader sees them (src/lexicon/parties.yaml): a label in the reader's
// language, the other side of a conflict, and the badge colour. Used by the popup, the hover
// card and the toolbar badge. Only the `parties` key of the compiled lexicon is imported, so a
// bundle need not carry the rest.
import { parties } from '../lexicon/generated/lexicon.json';
import type { Report } from './report';

type PartyData = { id: string; counterpart?: string; colour: string; label: { en: string; ru: string; uk: string } };
const PARTIES = parties as PartyData[];

export function partyLabel(id: string, lang: 'en' | 'ru' | 'uk'): string {
  return PARTIES.find((p) => p.id === id)?.label[lang] ?? id;
}

/** Every party the lexicon knows, in its order (the custom-term form offers them). */
export const PARTY_IDS: readonly string[] = PARTIES.map((p) => p.id);

/**
 * The other side of a party, shown at 0 when the article uses none of its words, so
 * "Russian official: 7" is read next to "Ukrainian official: 0" and not alone.
 */
export function counterpartOf(id: string): string | undefined {
  return PARTIES.find((p) => p.id === id)?.counterpart;
}

/**
 * The counts by party as a report shows them, in the popup and in Markdown alike: most used
 * first, then the dominant party's counterpart at 0 when the article has none of its words;
 * and how many findings no party owns (editorializing, most unnamed sources).
 */
/**
 * The counts by party as the reader sees them, most used first, the dominant party's
 * counterpart at 0; then the findings no party owns, and those in quotation (a speaker's words,
 * which the parties' counts leave out): together they add up to the findings.
 */
export function partyCounts(report: Pick<Report, 'summary' | 'findings'>): { rows: [string, number][]; noParty: number; quoted: number } {
  const { parties, lean } = report.summary;
  const rows = Object.entries(parties).sort((a, b) => b[1] - a[1]);
  const other = lean ? counterpartOf(lean) : undefined;
  if (other && !(other in parties)) rows.push([other, 0]);
  const quoted = report.findings.filter((f) => f.quoted).length;
  return { rows, noParty: report.findings.filter((f) => f.party === null && !f.quoted).length, quoted };
}

/** The badge background for a page where this party's vocabulary dominates (white text reads on it). */
export function partyColour(id: string): string | undefined {
  return PARTIES.find((p) => p.id === id)?.colour;
}
