// The scanner with a stand-in engine (it flags a fixed word list), in happy-dom — which has no
// CSS.highlights, so this is also the test of the <mark> fallback: marks appear on the right
// words, and teardown leaves the page exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import type { Category, Finding, Report } from '../../src/shared/report';
import { createPainter } from '../../src/content/highlighter';
import { createScanner } from '../../src/content/scanner';
import { mergeUnits, supersedeIn, type Unit } from '../../src/content/report-merge';
import { stages } from './scan-engine';

const TERMS: Record<string, Category> = { liberation: 'loaded-term', 'Krasny Armeysk': 'place-name', reportedly: 'unnamed-source' };

/** Flags every occurrence of TERMS; enough of the Report shape for the scanner and the merge. */
const fakeEngine = stages((text: string): Report => {
  const findings: Finding[] = [];
  for (const [term, category] of Object.entries(TERMS)) {
    const re = new RegExp(term.replace(' ', '\\s+'), 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      findings.push({
        id: `f${findings.length}`, category, text: m[0], start: m.index, end: m.index + m[0].length, entryId: term,
        party: category === 'unnamed-source' ? null : 'ru-official', neutral: 'x', canonical: null, explanation: 'e',
        reference: 'r', quoted: false, mixedScript: false, severity: 'high',
      });
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return {
    version: 1, findings, sentences: [{ start: 0, end: text.length, original: text, neutral: text, findings: findings.map((_, i) => i) }],
    outlets: [], sources: [], summary: { counts: { 'loaded-term': 0, 'place-name': 0, 'unnamed-source': 0, editorializing: 0 }, parties: {}, lean: null },
  };
});

const WORDS = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
const PAGE = `<article><h1>Title</h1><p>The liberation of Krasny <b>Armeysk</b> was reportedly near. ${WORDS}</p>
  <p id="second">Second paragraph, liberation again.</p></article><textarea>liberation</textarea>`;

let controller: AbortController | undefined;
afterEach(() => controller?.abort());

function setup(html = PAGE) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const painter = createPainter(document, controller.signal);
  const scanner = createScanner({ doc: document, engine: fakeEngine, painter, walk: { visible: () => true } });
  return { painter, scanner };
}

const marks = (): string[] => [...document.querySelectorAll('mark[data-framing-lens]')].map((m) => `${m.getAttribute('data-framing-lens')}:${m.textContent}`);

describe('scanner with the <mark> fallback', () => {
  it('uses the fallback where CSS.highlights is missing', () => {
    expect(setup().painter.mode).toBe('mark');
  });

  it('marks each finding, a cross-element one in two wrappers, never the textarea', () => {
    const { scanner } = setup();
    expect(scanner.scanPage()).toBe(true);
    expect(marks()).toEqual([
      'loaded-term:liberation', 'place-name:Krasny ', 'place-name:Armeysk', 'unnamed-source:reportedly', 'loaded-term:liberation',
    ]);
    expect(document.querySelector('textarea')!.value).toBe('liberation');
    expect(scanner.report().findings).toHaveLength(4);
  });

  it('teardown restores the exact original DOM', () => {
    const { scanner } = setup();
    const before = document.body.innerHTML;
    const textNodes = document.querySelector('p')!.childNodes.length;
    scanner.scanPage();
    expect(document.body.innerHTML).not.toBe(before);
    controller!.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes.length).toBe(textNodes);
  });

  it('does nothing on a page without article text', () => {
    const { scanner } = setup('<p>liberation</p>');
    expect(scanner.scanPage()).toBe(false);
    expect(marks()).toEqual([]);
    expect(scanner.scanPage(true)).toBe(true); // unless the reader asked for it
  });

  it('re-scans a changed block only, and drops highlights of removed text', () => {
    const { scanner } = setup();
    scanner.scanPage();
    const second = document.getElementById('second')!;
    second.textContent = 'Now it says reportedly and liberation.';
    scanner.scanBlocks([second]);
    expect(marks().slice(-2)).toEqual(['unnamed-source:reportedly', 'loaded-term:liberation']);
    expect(scanner.report().findings.map((f) => f.text)).toEqual(['liberation', 'Krasny Armeysk', 'reportedly', 'reportedly', 'liberation']);
    second.remove();
    scanner.scanBlocks([document.querySelector('article')!]);
    expect(scanner.report().findings.map((f) => f.text)).toEqual(['liberation', 'Krasny Armeysk', 'reportedly']);
  });
});

describe('merged report', () => {
  it('drops items of superseded blocks and renumbers sentence finding indices', () => {
    const { scanner } = setup();
    scanner.scanPage();
    const second = document.getElementById('second')!;
    second.textContent = 'Plain words only here.';
    scanner.scanBlocks([second]);
    const report = mergeUnits([]);
    expect(report.findings).toEqual([]);
    const merged = scanner.report();
    expect(merged.findings.map((f) => f.text)).toEqual(['liberation', 'Krasny Armeysk', 'reportedly']);
    for (const s of merged.sentences) for (const i of s.findings) expect(merged.findings[i]).toBeDefined();
    expect(new Set(merged.findings.map((f) => f.id)).size).toBe(merged.findings.length);
    expect(merged.summary.counts['loaded-term']).toBe(1);
  });
});

describe('a live page re-scanning blocks', () => {
  it('keeps a unit\'s superseded list short: a covered block adds nothing, a covering or removed one replaces', () => {
    document.body.innerHTML = '<div id="feed"><p id="a">a</p><p id="b">b</p></div><p id="c">c</p><p id="d">d</p>';
    const el = (id: string): HTMLElement => document.getElementById(id)!;
    const [feed, a, b, c, d] = [el('feed'), el('a'), el('b'), el('c'), el('d')];
    const unit = { superseded: [] } as unknown as Unit;
    for (let i = 0; i < 50; i++) supersedeIn(unit, a);
    expect(unit.superseded).toEqual([a]);
    supersedeIn(unit, b);
    supersedeIn(unit, feed);
    expect(unit.superseded).toEqual([feed]);
    supersedeIn(unit, a);
    expect(unit.superseded).toEqual([feed]);
    supersedeIn(unit, c);
    c.remove();
    supersedeIn(unit, d);
    expect(unit.superseded).toEqual([feed, d]);
  });

  it('gives the same report after a block was re-scanned many times', () => {
    const { scanner } = setup();
    scanner.scanPage();
    const second = document.getElementById('second')!;
    for (let i = 0; i < 30; i++) {
      second.textContent = `Update ${i}: liberation again.`;
      scanner.scanBlocks([second]);
    }
    const merged = scanner.report();
    expect(merged.findings.map((f) => f.text)).toEqual(['liberation', 'Krasny Armeysk', 'reportedly', 'liberation']);
    expect(marks().filter((m) => m.startsWith('loaded-term'))).toHaveLength(2);
    expect(scanner.entries()).toHaveLength(4);
  });
});

describe('re-scans inside a shadow root', () => {
  it('a shadow root re-scanned supersedes what the page scan found in it', () => {
    const { scanner } = setup(`<article><p>${WORDS}</p><div id="host"></div></article>`);
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>The liberation was reportedly near.</p>';
    scanner.scanPage();
    expect(scanner.report().findings.map((f) => f.text)).toEqual(['liberation', 'reportedly']);
    root.querySelector('p')!.textContent = 'The capture was near.';
    scanner.scanBlocks([root]);
    expect(scanner.report().findings).toEqual([]);
    expect(marks()).toEqual([]);
  });
});

