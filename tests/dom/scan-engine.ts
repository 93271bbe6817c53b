// A stand-in engine for scanner tests: a one-shot `analyze` split into the two stages the
// scanner calls (detect, then complete), the report kept with its detection. `completed` counts
// calls of `complete`, so a test can tell a unit painted from a unit completed.
import type { Finding, Report } from '../../src/shared/report';
import type { ScanEngine } from '../../src/content/scanner';

export interface StandIn {
  findings: Finding[];
  report: Report;
}

export function stages(analyze: (text: string) => Report): ScanEngine<StandIn> & { completed: number } {
  return {
    completed: 0,
    detect(text) {
      const report = analyze(text);
      return { findings: report.findings, report };
    },
    complete(detection) {
      this.completed++;
      return detection.report;
    },
  };
}

/**
 * A stand-in that flags every "liberation" as a loaded term, with one sentence per finding
 * when `sentences` (the findings' own spans) or none.
 */
export function flagsLiberation(sentences: boolean): ScanEngine<StandIn> & { completed: number } {
  return stages((text: string): Report => {
    const findings: Finding[] = [];
    for (const m of text.matchAll(/liberation/g)) {
      findings.push({
        id: `f${findings.length}`, category: 'loaded-term', text: m[0], start: m.index, end: m.index + m[0].length, entryId: 'liberation',
        party: 'ru-official', neutral: 'capture', canonical: null, explanation: '', reference: '', quoted: false, mixedScript: false, severity: 'high',
      });
    }
    return {
      version: 1,
      findings,
      sentences: sentences ? findings.map((f, i) => ({ start: f.start, end: f.end, original: f.text, neutral: 'capture', findings: [i] })) : [],
      outlets: [],
      sources: [],
      summary: { counts: { 'loaded-term': findings.length, 'place-name': 0, 'unnamed-source': 0, editorializing: 0 }, parties: {}, lean: null },
    };
  });
}
