// The reader's severity threshold is the engine's to apply (EngineConfig.minSeverity, set by the
// content script): the page's merged report then has no sentence left without findings, no
// unnamed source the reader hid, and no highlight below the threshold.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { createPainter } from '../../src/content/highlighter';
import { createScanner } from '../../src/content/scanner';

const visible = (): boolean => true;
const PAGE = `<article>
  <p>The commander acknowledged the grim reality of the situation.</p>
  <p>Russian forces completed the liberation of Krasnoarmeysk, a military correspondent reported.</p>
</article>`;

let controller: AbortController;
afterEach(() => controller.abort());

function scan(minSeverity?: 'medium') {
  document.body.innerHTML = PAGE;
  controller = new AbortController();
  const engine = createEngine(minSeverity ? { minSeverity } : {});
  const scanner = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible } });
  expect(scanner.scanPage(true)).toBe(true);
  return { report: scanner.report(), entries: scanner.entries() };
}

describe('the severity threshold in the page report', () => {
  it('without one, the page has a low-severity finding with its own sentence (what the threshold must remove)', () => {
    const { report } = scan();
    const low = report.findings.findIndex((f) => f.severity === 'low');
    expect(low).toBeGreaterThanOrEqual(0);
    expect(report.sentences.some((s) => s.findings.length === 1 && s.findings[0] === low)).toBe(true);
  });

  it('at "medium", no sentence is left with empty findings and nothing low is found or highlighted', () => {
    const { report, entries } = scan('medium');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity !== 'low')).toBe(true);
    expect(report.sentences.length).toBeGreaterThan(0);
    for (const s of report.sentences) expect(s.findings.length).toBeGreaterThan(0);
    expect(report.sentences.map((s) => s.original).join(' ')).not.toContain('grim reality');
    expect(report.summary.counts.editorializing).toBe(0);
    expect(entries.length).toBe(report.findings.length);
    expect(entries.every((e) => e.finding.severity !== 'low')).toBe(true);
  });
});
