// What a reader is told about an entry (why it is flagged, the reference, an outlet's owner)
// is kept apart from what the matcher needs, so the content script injected into every news
// page carries the matcher alone; the service worker fills the descriptions into each report.
import { inLanguage, type Language, type Localized } from './localized';
import type { Report } from './report';

export interface Description {
  explanation: Localized;
  reference: string;
  country?: string;
  owner?: Localized;
  /** An outlet's name as Russian- and Ukrainian-language readers know it. */
  localNames?: { ru: string; uk: string };
  stateControlled?: boolean;
  /** An outlet's web domains, for links to it. */
  domains?: string[];
}

export interface Descriptions {
  /** By lexicon entry id. */
  entries: Record<string, Description>;
  /** Outlet name → entry id (a report names its outlets, not their entries). */
  outlets: Record<string, string>;
}

/** Fills in what a report built without descriptions lacks, in the reader's language; the report is changed in place. */
export function describeReport(report: Report, descriptions: Descriptions, lang: Language): Report {
  for (const f of report.findings) {
    const d = descriptions.entries[f.entryId];
    if (!d) continue;
    if (!f.explanation) f.explanation = inLanguage(d.explanation, lang);
    if (!f.reference) f.reference = d.reference;
  }
  for (const o of report.outlets) {
    const id = o.known ? descriptions.outlets[o.name] : undefined;
    const d = id ? descriptions.entries[id] : undefined;
    if (!d) continue;
    o.country ??= d.country ?? null;
    o.owner ??= d.owner === undefined ? null : inLanguage(d.owner, lang);
    o.localName ??= localName(d, lang);
    o.stateControlled ??= d.stateControlled ?? null;
    o.reference ??= d.reference;
    if (!o.domains.length) o.domains = d.domains ?? [];
  }
  return report;
}

/** An outlet's name in `lang` where its readers know another than its English one, else null. */
export function localName(d: Pick<Description, 'localNames'>, lang: Language): string | null {
  return lang === 'en' ? null : (d.localNames?.[lang] ?? null);
}
