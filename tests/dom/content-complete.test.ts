// A scan paints from the engine's `detect` and completes each piece's report (engine.complete)
// only once its last piece is painted: the highlights never wait for the rewording, the report
// asked in between is never completed in one long task, and the finished report is the one a
// one-shot engine.analyze gives for the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/shared/report';
import { createEngine } from '../../src/engine';
import { createPainter } from '../../src/content/highlighter';
import { createScanner } from '../../src/content/scanner';
import { buildTextMap } from '../../src/content/walk';
import { flagsLiberation } from './scan-engine';

const visible = (): boolean => true;
const SENTENCE = 'The council met to discuss the budget for schools and roads. ';
const SEED = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/seed-article.txt'), 'utf8').split('\n').filter(Boolean);

/** Flags "liberation", one sentence per finding. */
const engine = flagsLiberation(true);

let controller: AbortController;
afterEach(() => controller.abort());

type Slice = (timeLeft: () => number) => void;

describe('a page scan completes its report after its last highlight', () => {
  it('paints every piece before completing any, and a report asked in between has the findings without completing', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>${i % 10 === 0 ? 'The liberation of the town. ' : ''}${SENTENCE.repeat(4)}</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
    controller = new AbortController();
    const queue: Slice[] = [];
    const scanner = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    const before = engine.completed;
    let done = false;
    scanner.scanPage(false, { done: () => (done = true) });
    // Up to the last highlight: nothing completed.
    while (queue.length && document.querySelectorAll('mark').length < 40) queue.shift()!(() => 0);
    expect(document.querySelectorAll('mark').length).toBe(40);
    expect(engine.completed).toBe(before);
    // Asked now (the popup opened mid-scan), the report counts every finding the page shows,
    // yet completes nothing: that is the scan's own work, in its slices.
    const partial = scanner.report();
    expect(partial.findings).toHaveLength(40);
    expect(partial.summary.counts['loaded-term']).toBe(40);
    expect(partial.sentences).toEqual([]);
    expect(engine.completed).toBe(before);
    expect(done).toBe(false);
    expect(scanner.busy).toBe(true);
    while (queue.length) queue.shift()!(() => 0);
    expect(done).toBe(true);
    expect(engine.completed - before).toBeGreaterThan(1);
    const whole = scanner.report();
    expect(whole.findings).toHaveLength(40);
    expect(whole.sentences).toHaveLength(40);
    for (const [i, s] of whole.sentences.entries()) expect(s.findings).toEqual([i]);
  });

  it('a block re-scanned in an idle slice is painted and completed in that slice', () => {
    document.body.innerHTML = `<article><p>${SENTENCE.repeat(8)}</p><p id="post">Nothing yet.</p></article>`;
    controller = new AbortController();
    const queue: Slice[] = [];
    const scanner = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    scanner.scanPage();
    while (queue.length) queue.shift()!(() => 10);
    const post = document.getElementById('post')!;
    post.textContent = 'The liberation of the town, it said.';
    let done = 0;
    expect(scanner.scanBlocks([post], () => 10, { done: () => done++ })).toEqual([]);
    expect(queue).toHaveLength(0);
    expect(scanner.busy).toBe(false);
    expect(done).toBe(1);
    expect(scanner.report().sentences.map((s) => s.original)).toEqual(['liberation']);
  });
});

/** A report with the ids left out: the merged ids name the piece (`<unit>.<id>`), the rest must match. */
function withoutIds(r: Report): unknown {
  return { ...r, findings: r.findings.map(({ id: _, ...f }) => f) };
}

describe('the merged report is the one-shot report', () => {
  const real = createEngine();
  const scanWith = (schedule: boolean): { report: Report; pieces: number } => {
    controller = new AbortController();
    const queue: Slice[] = [];
    const scanner = createScanner({
      doc: document, engine: real, painter: createPainter(document, controller.signal), walk: { visible },
      schedule: schedule ? (s) => queue.push(s) : undefined,
    });
    scanner.scanPage();
    while (queue.length) queue.shift()!(() => 0);
    const report = scanner.report();
    const scan = performance.getEntriesByName('framing-lens:scan').at(-1) as PerformanceMeasure;
    controller.abort();
    return { report, pieces: scan.detail.pieces as number };
  };

  it('for the seed article, scanned at once and in pieces', () => {
    // Repeated so that a scan in slices takes several pieces.
    document.body.innerHTML = `<article>${Array.from({ length: 30 }, () => SEED.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')).join('')}</article>`;
    const text = buildTextMap([document.querySelector('article')!], { visible }).text;
    const expected = real.analyze(text);
    expect(expected.findings.length).toBeGreaterThan(300);
    expect(expected.sentences.length).toBeGreaterThan(100);

    const once = scanWith(false);
    expect(once.pieces).toBe(1);
    expect(withoutIds(once.report)).toEqual(withoutIds(expected));

    const sliced = scanWith(true);
    expect(sliced.pieces).toBeGreaterThan(1);
    expect(withoutIds(sliced.report)).toEqual(withoutIds(expected));
  });
});

// The content script's engine completes elsewhere: its `complete` sends the piece to the service
// worker and answers with a promise. The scan ends (done, framing-lens:complete) with the last
// answer; until then the report has the findings alone; an answer whose findings are not the
// ones painted (settings changed in between) is not taken.
describe('reports completed by the service worker', () => {
  function deferred(edit?: (r: Report) => Report) {
    const answers: (() => void)[] = [];
    const base = flagsLiberation(true);
    const remote = {
      detect: base.detect.bind(base),
      complete(detection: Parameters<typeof base.complete>[0]) {
        return new Promise<Report | null>((resolve) => answers.push(() => resolve(edit ? edit(detection.report) : detection.report)));
      },
    };
    return { remote, answers };
  }

  it('ends the scan with the last answer, and shows the findings alone until then', async () => {
    document.body.innerHTML = `<article><p>The liberation of the town. ${SENTENCE.repeat(8)}</p></article>`;
    controller = new AbortController();
    const queue: Slice[] = [];
    const { remote, answers } = deferred();
    const scanner = createScanner({ doc: document, engine: remote, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    let done = 0;
    scanner.scanPage(false, { done: () => done++ });
    while (queue.length) queue.shift()!(() => 10);
    expect(answers).toHaveLength(1);
    expect(done).toBe(0);
    expect(scanner.busy).toBe(true);
    expect(scanner.report().findings.map((f) => f.text)).toEqual(['liberation']);
    expect(scanner.report().sentences).toEqual([]);
    answers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(1);
    expect(scanner.busy).toBe(false);
    expect(scanner.report().sentences.map((s) => s.original)).toEqual(['liberation']);
    expect(performance.getEntriesByName('framing-lens:complete').length).toBeGreaterThan(0);
  });

  it('gives the highlights the neutrals of the report, which the page\'s detector leaves out', async () => {
    document.body.innerHTML = `<article><p>The liberation of the town. ${SENTENCE.repeat(8)}</p></article>`;
    controller = new AbortController();
    const queue: Slice[] = [];
    const { remote, answers } = deferred((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, neutral: 'capture' })) }));
    const pageDetect = remote.detect;
    remote.detect = (text: string) => {
      const d = pageDetect(text);
      for (const f of d.findings) f.neutral = null;
      return d;
    };
    const scanner = createScanner({ doc: document, engine: remote, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    scanner.scanPage();
    while (queue.length) queue.shift()!(() => 10);
    expect(scanner.entries().map((e) => e.finding.neutral)).toEqual([null]);
    answers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(scanner.entries().map((e) => e.finding.neutral)).toEqual(['capture']);
  });

  it('does not take a report whose findings are not the ones painted', async () => {
    document.body.innerHTML = `<article><p>The liberation of the town. ${SENTENCE.repeat(8)}</p></article>`;
    controller = new AbortController();
    const queue: Slice[] = [];
    const { remote, answers } = deferred((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, start: f.start + 1 })) }));
    const scanner = createScanner({ doc: document, engine: remote, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    let done = 0;
    scanner.scanPage(false, { done: () => done++ });
    while (queue.length) queue.shift()!(() => 10);
    answers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(1);
    const report = scanner.report();
    expect(report.findings.map((f) => f.text)).toEqual(['liberation']);
    expect(report.sentences).toEqual([]);
  });
});
