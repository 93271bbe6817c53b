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
