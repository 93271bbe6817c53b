// Whether a report shows a given lexicon entry: a term, place, cue or source entry by a finding
// with its id, an outlet entry by a known outlet with its name (outlets are reported by name,
// not as findings). Optionally only within a span of the text, such as one paragraph.
import type { LexiconData } from '../../src/engine/lexicon';
import type { Report } from '../../src/shared/report';

export interface Span {
  start: number;
  end: number;
}

export function entryFinder(data: LexiconData): (report: Report, id: string, within?: Span) => boolean {
  const outletNames = new Map(data.entries.flatMap((e) => (e.kind === 'outlet' ? [[e.entry.id, e.entry.name]] : [])));
  const inside = (at: Span, span?: Span) => !span || (at.start >= span.start && at.end <= span.end);
  return (report, id, within) => {
    const outlet = outletNames.get(id);
    if (outlet) return report.outlets.some((o) => o.known && o.name === outlet && (!within || o.mentions.some((m) => inside(m, within))));
    return report.findings.some((f) => f.entryId === id && inside(f, within));
  };
}
