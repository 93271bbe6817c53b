// Hover, focus and keyboard: which finding is under the pointer (caretPositionFromPoint /
// caretRangeFromPoint — highlights are not elements, so there is nothing to attach listeners
// to), the card for it, Escape to close, and stepping through findings (commands API).
import type { Card } from './card';
import type { Painter } from './highlighter';
import type { Entry, Scanner } from './scanner';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, o?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export interface Interaction {
  /** Show the next (1) or previous (-1) finding in reading order. */
  step(direction: 1 | -1): Entry | null;
  /** Scroll to a finding and show its card. */
  reveal(entry: Entry): void;
  /** Start listening in a document (the page, a same-origin iframe). */
  listenIn(doc: Document): void;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** A caret lands on the nearest text even in a margin: the pointer must be over the words. */
function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

/** The range's rect in the top document's viewport (iframes add their own offset). */
function topRect(rect: DOMRect, doc: Document): DOMRect {
  const frame = doc.defaultView?.frameElement;
  if (!frame || doc === document) return rect;
  const f = frame.getBoundingClientRect();
  return new DOMRect(rect.left + f.left + frame.clientLeft, rect.top + f.top + frame.clientTop, rect.width, rect.height);
}

export function setupInteraction(opts: {
  scanner: Scanner;
  card: Card;
  painter: Painter;
  partyLabel: (party: string | null) => string | null;
  signal: AbortSignal;
}): Interaction {
  const { scanner, card, painter, partyLabel, signal } = opts;
  let shown: Entry | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: { doc: Document; x: number; y: number } | null = null;
  let frame = 0;
  const docs = new Set<Document>();

  function show(entry: Entry, rect: DOMRect, doc: Document, focus = false): void {
    clearTimeout(hideTimer);
    if (shown === entry && card.open) return;
    shown = entry;
    card.show(entry.finding, topRect(rect, doc), partyLabel(entry.finding.party), focus);
  }

  function hide(): void {
    clearTimeout(hideTimer);
    shown = null;
    card.hide();
    painter.focus(null);
  }

  function hitTest(): void {
    frame = 0;
    if (!pending || signal.aborted) return;
    const { doc, x, y } = pending;
    pending = null;
    const shadowRoots = scanner.scopes().filter((s): s is ShadowRoot => s.nodeType === 11);
    const caret = caretAt(doc, x, y, shadowRoots);
    if (caret) {
      for (const entry of scanner.entryAt(caret.node, caret.offset)) {
        const rect = rectUnder(entry.mark.range, x, y);
        if (rect) return show(entry, rect, doc);
      }
    }
    const top = topRect(new DOMRect(x, y, 0, 0), doc);
    if (card.open && !card.contains(top.x, top.y)) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 300);
    }
  }

  function listenIn(doc: Document): void {
    if (docs.has(doc)) return;
    docs.add(doc);
    const o = { capture: true, passive: true, signal };
    doc.addEventListener(
      'pointermove',
      (e) => {
        pending = { doc, x: e.clientX, y: e.clientY };
        if (!frame) frame = requestAnimationFrame(hitTest);
      },
      o,
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && card.open) hide();
      },
      o,
    );
    // Keyboard readers: a focused link or control that holds a finding shows its card.
    doc.addEventListener(
      'focusin',
      (e) => {
        const target = e.target as Node | null;
        if (!target || target.nodeType !== 1) return;
        const entry = scanner.entries().find((en) => target.contains(en.mark.boundaries.startNode));
        if (entry) {
          const rect = entry.mark.range.getBoundingClientRect();
          show(entry, rect, doc);
        }
      },
      o,
    );
  }

  function readingOrder(): Entry[] {
    const scrollY = (doc: Document): number => doc.defaultView?.scrollY ?? 0;
    return scanner
      .entries()
      .map((e) => {
        const d = e.mark.boundaries.startNode.ownerDocument;
        const r = topRect(e.mark.range.getBoundingClientRect(), d);
        return { e, y: r.top + scrollY(document), x: r.left };
      })
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((v) => v.e);
  }

  function reveal(entry: Entry): void {
    const el = entry.mark.range.startContainer.parentElement ?? (entry.mark.range.startContainer as Element);
    el.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    painter.focus(entry.mark);
    shown = null;
    // Come by keyboard (a command) or from the popup: the card takes focus, to be read and tabbed through.
    show(entry, entry.mark.range.getBoundingClientRect(), entry.mark.boundaries.startNode.ownerDocument, true);
  }
  card.onClose = hide;

  signal.addEventListener('abort', () => {
    clearTimeout(hideTimer);
    if (frame) cancelAnimationFrame(frame);
  });

  return {
    listenIn,
    reveal,
    step(direction) {
      const order = readingOrder();
      if (!order.length) return null;
      const at = shown ? order.indexOf(shown) : -1;
      const next = at === -1 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
      const entry = order[next]!;
      reveal(entry);
      return entry;
    },
  };
}
