// A page scanned in pieces (issue 6: no long task on a 10 MB page): the walk pauses and
// resumes, pieces end at block ends, a huge text node is cut at sentence ends with offsets that
// still map into it, and a chunked page scan paints progressively and ends with the same
// report as one scan at once.
import { afterEach, describe, expect, it } from 'vitest';
import { locate, toRange } from '../../src/content/offsets';
import { cutPoint } from '../../src/content/pieces';
import { createWalker, buildTextMap, type TextMap } from '../../src/content/walk';
import { createPainter } from '../../src/content/highlighter';
import { createScanner } from '../../src/content/scanner';
import { flagsLiberation } from './scan-engine';

const visible = (): boolean => true;
const SENTENCE = 'The council met to discuss the budget for schools and roads. ';

function walkAll(roots: Node[], target: number, stopEvery = Infinity): TextMap[] {
  const walker = createWalker(roots, { visible }, { target });
  const pieces: TextMap[] = [];
  let calls = 0;
  for (let done = false; !done; calls++) {
    let n = 0;
    done = walker.run(() => ++n < stopEvery);
    pieces.push(...walker.take());
    if (calls > 1e5) throw new Error('the walk does not end');
  }
  return pieces;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pieces of a walk', () => {
  it('end at block ends; joined by line breaks they are the whole text', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i}: ${SENTENCE.repeat(3)}</p>`).join('');
    const whole = buildTextMap([document.body], { visible });
    const pieces = walkAll([document.body], 1000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((p) => p.text).join('\n')).toBe(whole.text);
    for (const p of pieces.slice(0, -1)) {
      expect(p.text.length).toBeGreaterThanOrEqual(1000);
      expect(p.text.endsWith(' ')).toBe(true); // a paragraph's own end, never a cut inside it
    }
  });

  it('are the same however often the walk pauses', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<div><p>${i} <b>bold</b> <a href="https://tass.ru/x">link ${i}</a> ${SENTENCE}</p></div>`).join('');
    const once = walkAll([document.body], 500);
    const paused = walkAll([document.body], 500, 2);
    expect(paused.map((p) => p.text)).toEqual(once.map((p) => p.text));
    expect(paused.map((p) => p.links)).toEqual(once.map((p) => p.links));
    for (const p of once) for (const l of p.links) expect(p.text.slice(l.start, l.end)).toMatch(/^link \d+$/);
  });

  it('cut a huge text node at sentence ends, and offsets map back into that node', () => {
    const text = SENTENCE.repeat(2000) + 'Krasnoarmeysk at the end.';
    document.body.innerHTML = '<p></p>';
    const node = document.createTextNode(text);
    document.querySelector('p')!.appendChild(node);
    const pieces = walkAll([document.body], 4096);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces.slice(0, -1)) {
      expect(p.text.endsWith('roads. ')).toBe(true);
      expect(p.text.length).toBeLessThanOrEqual(2 * 4096);
    }
    const last = pieces[pieces.length - 1]!;
    const at = last.text.indexOf('Krasnoarmeysk');
    const b = locate(last, at, at + 'Krasnoarmeysk'.length)!;
    expect(b.startNode).toBe(node);
    expect(toRange(b).toString()).toBe('Krasnoarmeysk');
    expect(b.startOffset).toBe(text.indexOf('Krasnoarmeysk'));
  });

  it.each([
    ['after the last sentence end in the window', 'One. Two. Three four five', 0, 12, 10],
    ['at a space when no sentence ends', 'aaaa bbbb cccc dddd', 0, 12, 10],
    ['nowhere in one long word', 'x'.repeat(40), 0, 20, -1],
  ])('cutPoint: %s', (_name, data, from, to, expected) => {
    expect(cutPoint(data, from, to)).toBe(expected);
  });

  it('closed <details> shows its summary only (by the default visibility rule)', () => {
    document.body.innerHTML = '<details><summary>Shown summary</summary><p>Hidden body</p></details><details open><summary>Open</summary><p>Open body</p></details>';
    const map = buildTextMap([document.body]);
    expect(map.text).toContain('Shown summary');
    expect(map.text).not.toContain('Hidden body');
    expect(map.text).toContain('Open body');
  });
});

/** Flags "liberation", no sentences. */
const engine = flagsLiberation(false);

describe('a page scan in slices', () => {
  let controller: AbortController;
  afterEach(() => controller.abort());

  it('paints the first piece before the walk ends, and ends with the report of one scan at once', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>${i % 10 === 0 ? 'The liberation of the town. ' : ''}${SENTENCE.repeat(4)}</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
    controller = new AbortController();

    const once = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible } });
    expect(once.scanPage()).toBe(true);
    const expected = once.report().findings.map((f) => f.text);
    controller.abort();
    expect(document.querySelectorAll('mark').length).toBe(0);

    controller = new AbortController();
    const queue: ((timeLeft: () => number) => void)[] = [];
    let prepared = 0;
    const sliced = createScanner({
      doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible },
      prepare: () => ++prepared === 3, // a compile in three steps
      schedule: (slice) => queue.push(slice),
    });
    let found: boolean | null = null;
    let progress = 0;
    sliced.scanPage(false, { progress: () => progress++, done: (f) => (found = f) });
    expect(sliced.busy).toBe(true);
    // A slice with no time left still makes progress (one step); run slices until the first paint.
    let slices = 0;
    while (!document.querySelector('mark') && queue.length) {
      queue.shift()!(() => 0);
      slices++;
    }
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(found).toBe(null);
    while (queue.length) {
      queue.shift()!(() => 0);
      slices++;
    }
    expect(found).toBe(true);
    expect(sliced.busy).toBe(false);
    expect(prepared).toBe(3);
    expect(progress).toBeGreaterThan(1);
    expect(slices).toBeGreaterThan(3);
    expect(sliced.report().findings.map((f) => f.text)).toEqual(expected);
    expect(document.querySelectorAll('mark').length).toBe(expected.length);
    const scan = performance.getEntriesByName('framing-lens:scan').at(-1) as PerformanceMeasure;
    expect(scan.detail).toMatchObject({ pieces: progress });
  });

  it('re-scans a block too big for one slice in slices, holding other blocks until it ends', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>${i % 10 === 0 ? 'The liberation of the town. ' : ''}${SENTENCE.repeat(4)}</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article><aside><p>Other block</p></aside>`;
    controller = new AbortController();
    const queue: ((timeLeft: () => number) => void)[] = [];
    const urgent: boolean[] = [];
    const scanner = createScanner({
      doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible },
      schedule: (s, u) => {
        queue.push(s);
        urgent.push(u);
      },
    });
    scanner.scanPage();
    while (queue.length) queue.shift()!(() => 0);
    expect(scanner.report().findings).toHaveLength(20);
    urgent.length = 0;

    const article = document.querySelector('article')!;
    article.insertAdjacentHTML('beforeend', '<p>A new liberation.</p>');
    let done = 0;
    expect(scanner.scanBlocks([article], () => 0, { done: () => done++ })).toEqual([]);
    expect(scanner.busy).toBe(true);
    const aside = document.querySelector('aside p')!;
    expect(scanner.scanBlocks([aside], () => 10)).toEqual([aside]); // waits for the big block
    let slices = 0;
    while (queue.length) {
      queue.shift()!(() => 0);
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(urgent.some((u) => u)).toBe(false); // a block re-scan's slices wait in the background
    expect(done).toBe(1);
    expect(scanner.busy).toBe(false);
    expect(scanner.report().findings).toHaveLength(21);
    expect(document.querySelectorAll('mark').length).toBe(21);
  });

  it('with the Highlight API: shows the first piece at once, the rest when the last is painted, then completes the report', () => {
    // A stand-in registry (happy-dom has none): what is registered is what the page would show.
    const registry = new Map<string, Set<Range>>();
    const win = window as unknown as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = class extends Set<Range> {
      priority = 0;
    };
    try {
      const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>${i % 10 === 0 ? 'The liberation of the town. ' : ''}${SENTENCE.repeat(4)}</p>`);
      document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
      controller = new AbortController();
      const painter = createPainter(document, controller.signal);
      expect(painter.mode).toBe('highlight-api');
      const queue: { slice: (timeLeft: () => number) => void; urgent: boolean }[] = [];
      const scanner = createScanner({ doc: document, engine, painter, walk: { visible }, schedule: (slice, urgent) => queue.push({ slice, urgent }) });
      const shown = (): number => registry.get('framing-lens-loaded-term')?.size ?? 0;
      const scans = (): number => performance.getEntriesByName('framing-lens:scan').length;
      const completedBefore = engine.completed;
      const scansBefore = scans();
      let done = false;
      scanner.scanPage(false, { done: () => (done = true) });
      while (!shown() && queue.length) queue.shift()!.slice(() => 0);
      const first = shown();
      expect(first).toBeGreaterThan(0);
      // Slices run back to back here, well within 400 ms: nothing more is shown until the last
      // piece is painted, and then everything at once, when framing-lens:scan is recorded.
      const counts = [first];
      const urgent: boolean[] = [];
      let completedWhenShown = -1;
      let scannedWhenShown = -1;
      let slices = 0;
      while (queue.length) {
        const next = queue.shift()!;
        urgent.push(next.urgent);
        next.slice(() => 0);
        slices++;
        if (shown() !== counts.at(-1)) {
          counts.push(shown());
          completedWhenShown = engine.completed - completedBefore;
          scannedWhenShown = scans() - scansBefore;
        }
      }
      expect(slices).toBeGreaterThan(3);
      expect(counts).toEqual([first, 30]);
      expect(scannedWhenShown).toBe(1);
      // No report was completed before the last highlight; each piece's was afterwards, in
      // slices of their own, at the lower priority.
      expect(completedWhenShown).toBe(0);
      const pieces = (performance.getEntriesByName('framing-lens:scan').at(-1) as PerformanceMeasure).detail.pieces as number;
      expect(pieces).toBeGreaterThan(1);
      expect(engine.completed - completedBefore).toBe(pieces);
      const complete = performance.getEntriesByName('framing-lens:complete').at(-1) as PerformanceMeasure;
      expect(complete.detail).toMatchObject({ units: pieces, slices: pieces }); // no time left: one each
      const firstLater = urgent.indexOf(false);
      expect(firstLater).toBeGreaterThan(0);
      expect(urgent.slice(firstLater).every((u) => !u)).toBe(true);
      expect(done).toBe(true);
      expect(scanner.busy).toBe(false);
      expect(shown()).toBe(30);
      expect(scanner.report().findings).toHaveLength(30);
    } finally {
      controller.abort();
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });

  it('a block re-scanned around the article keeps what was found before it in the page', () => {
    // Pieces never span two roots (the article, then the rest of the body), so a block holding
    // a piece's first and last text holds all of it, and the header's finding stays.
    document.body.innerHTML = `<header><p>The liberation of the header town. ${SENTENCE}</p></header>
      <main><article><p>${SENTENCE.repeat(3)} liberation in the article.</p></article><aside><p>Aside text.</p></aside></main>`;
    controller = new AbortController();
    const scanner = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible } });
    expect(scanner.scanPage()).toBe(true);
    expect(scanner.report().findings).toHaveLength(2);
    const main = document.querySelector('main')!;
    (main.querySelector('aside p')!.firstChild as Text).data = 'Aside, changed.'; // the same node, still in the page
    scanner.scanBlocks([main]);
    expect(scanner.report().findings.map((f) => f.text)).toEqual(['liberation', 'liberation']);
    expect(document.querySelectorAll('mark').length).toBe(2);
  });

  it('reports no article text without touching the page', () => {
    document.body.innerHTML = '<p>liberation</p>';
    controller = new AbortController();
    const queue: ((timeLeft: () => number) => void)[] = [];
    const scanner = createScanner({ doc: document, engine, painter: createPainter(document, controller.signal), walk: { visible }, schedule: (s) => queue.push(s) });
    let found: boolean | null = null;
    scanner.scanPage(false, { done: (f) => (found = f) });
    while (queue.length) queue.shift()!(() => 10);
    expect(found).toBe(false);
    expect(scanner.scanned).toBe(false);
    expect(document.querySelector('mark')).toBe(null);
  });
});
