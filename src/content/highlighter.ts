// Painting findings. First choice: the CSS Custom Highlight API, one Highlight per category
// (`framing-lens-<category>`) in each document's registry — no node of the page is created,
// removed or changed. Fallback where `CSS.highlights` is missing: `<mark>` wrappers, which do
// change the page, so every split and wrapper is recorded and undone exactly on removal.
//
//   painter.add(mark) ─┬─ CSS.highlights.get(name).add(range)        (no DOM change; or held until flush())
//                      └─ fallback: split text nodes, wrap in <mark>  (recorded, undone)
import type { Category } from '../shared/report';
import type { Boundaries } from './offsets';
import { toRange } from './offsets';
import highlightCss from './highlights.css?inline';

export const HIGHLIGHT_PREFIX = 'framing-lens-';

/** The classes of a category's <mark> (the fallback's wrappers, the card's label): highlights.css styles them. */
export function markClass(category: Category): string {
  return `framing-lens ${HIGHLIGHT_PREFIX}${category}`;
}
const FOCUS_HIGHLIGHT = 'framing-lens-focus';

/** Overlaps paint the more serious category on top. */
const PRIORITY: Record<Category, number> = {
  'loaded-term': 4,
  'place-name': 3,
  editorializing: 2,
  'unnamed-source': 1,
};

export interface Mark {
  category: Category;
  boundaries: Boundaries;
  /** The painted range; in fallback mode it spans the wrappers. */
  range: Range;
  wrappers?: HTMLElement[];
  splits?: [Text, Text][];
}

export interface Painter {
  readonly mode: 'highlight-api' | 'mark';
  /**
   * Paint a finding; `later` holds it until flush(). Every change to the highlights makes the
   * next frame repaint the text they lie in: on a page whose text is one 5 MB node that frame
   * took ~100 ms, so a scan in slices shows its pieces in a few batches, not one per slice.
   */
  add(category: Category, boundaries: Boundaries, later?: boolean): Mark;
  /** Show what was added `later`. */
  flush(): void;
  remove(mark: Mark): void;
  focus(mark: Mark | null): void;
  /** Remove everything this painter added (teardown). */
  clear(): void;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
};

function registryOf(doc: Document): HighlightRegistry | null {
  const win = doc.defaultView as (HighlightWindow & { CSS?: { highlights?: HighlightRegistry } }) | null;
  return win?.CSS?.highlights && win.Highlight ? win.CSS.highlights : null;
}

export function createPainter(doc: Document, signal: AbortSignal): Painter {
  const painter = registryOf(doc) ? highlightPainter() : markPainter();
  signal.addEventListener('abort', () => painter.clear(), { once: true });
  return painter;
}

function highlightPainter(): Painter {
  // Each document (the page, a same-origin iframe) has its own registry and its own styles.
  const perDoc = new Map<Document, Map<string, Highlight>>();
  const adopted = new Map<Document, CSSStyleSheet>();
  const waiting = new Map<Range, Highlight>();

  function highlight(doc: Document, name: string, priority: number): Highlight {
    let byName = perDoc.get(doc);
    if (!byName) {
      byName = new Map();
      perDoc.set(doc, byName);
      if (doc !== document) styleFrame(doc);
    }
    let h = byName.get(name);
    if (!h) {
      const win = doc.defaultView as HighlightWindow;
      h = new win.Highlight!();
      h.priority = priority;
      byName.set(name, h);
      registryOf(doc)!.set(name, h);
    }
    return h;
  }

  // The manifest's content-script CSS styles the top document only; an iframe gets the same
  // rules as a constructed sheet (adoptedStyleSheets: no node is added to its document).
  function styleFrame(doc: Document): void {
    try {
      const win = doc.defaultView as HighlightWindow;
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      adopted.set(doc, sheet);
    } catch {
      /* a frame that went away: nothing to style */
    }
  }

  return {
    mode: 'highlight-api',
    add(category, boundaries, later = false) {
      const range = toRange(boundaries);
      const h = highlight(boundaries.startNode.ownerDocument, HIGHLIGHT_PREFIX + category, PRIORITY[category]);
      if (later) waiting.set(range, h);
      else h.add(range);
      return { category, boundaries, range };
    },
    flush() {
      for (const [range, h] of waiting) h.add(range);
      waiting.clear();
    },
    remove(mark) {
      waiting.delete(mark.range);
      // A range whose nodes left the page may report another document: ask every registry.
      for (const byName of perDoc.values()) byName.get(HIGHLIGHT_PREFIX + mark.category)?.delete(mark.range);
    },
    focus(mark) {
      for (const byName of perDoc.values()) byName.get(FOCUS_HIGHLIGHT)?.clear();
      if (mark) highlight(mark.boundaries.startNode.ownerDocument, FOCUS_HIGHLIGHT, 10).add(mark.range);
    },
    clear() {
      waiting.clear();
      for (const [doc, byName] of perDoc) {
        const registry = registryOf(doc);
        for (const [name, h] of byName) {
          h.clear();
          if (registry?.get(name) === h) registry.delete(name);
        }
      }
      perDoc.clear();
      for (const [doc, sheet] of adopted) {
        try {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          /* frame gone */
        }
      }
      adopted.clear();
    },
  };
}

/** Fallback: wrap each text node part of a match in a <mark>. */
function markPainter(): Painter {
  const live = new Set<Mark>();
  let focused: Mark | null = null;

  function wrap(node: Text, from: number, to: number, category: Category, splits: [Text, Text][]): HTMLElement {
    let target = node;
    if (from > 0) {
      const rest = target.splitText(from);
      splits.push([target, rest]);
      target = rest;
    }
    if (to - from < target.data.length) {
      const rest = target.splitText(to - from);
      splits.push([target, rest]);
    }
    const mark = node.ownerDocument.createElement('mark');
    mark.className = markClass(category);
    mark.setAttribute('data-framing-lens', category);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    return mark;
  }

  function unwrap(mark: Mark): void {
    for (const w of mark.wrappers ?? []) {
      const parent = w.parentNode;
      if (!parent) continue;
      while (w.firstChild) parent.insertBefore(w.firstChild, w);
      parent.removeChild(w);
    }
    // Undo the splits last-first, only where the pieces are still neighbours.
    for (const [before, after] of (mark.splits ?? []).slice().reverse()) {
      if (after.previousSibling === before) {
        before.data += after.data;
        after.remove();
      }
    }
  }

  return {
    mode: 'mark',
    flush() {
      /* wrappers are in the page at once: a DOM change is no cheaper later */
    },
    add(category, b) {
      const splits: [Text, Text][] = [];
      const wrappers: HTMLElement[] = [];
      // Last node first: splitting a later node never moves the offsets of an earlier one.
      for (let i = b.nodes.length - 1; i >= 0; i--) {
        const node = b.nodes[i]!;
        const from = node === b.startNode ? b.startOffset : 0;
        const to = node === b.endNode ? b.endOffset : node.data.length;
        if (to > from) wrappers.unshift(wrap(node, from, to, category, splits));
      }
      const range = b.startNode.ownerDocument.createRange();
      if (wrappers.length) {
        range.setStartBefore(wrappers[0]!);
        range.setEndAfter(wrappers[wrappers.length - 1]!);
      }
      const mark: Mark = { category, boundaries: b, range, wrappers, splits };
      live.add(mark);
      return mark;
    },
    remove(mark) {
      if (!live.delete(mark)) return;
      if (focused === mark) focused = null;
      unwrap(mark);
    },
    focus(mark) {
      for (const w of focused?.wrappers ?? []) w.removeAttribute('data-framing-lens-focus');
      focused = mark;
      for (const w of mark?.wrappers ?? []) w.setAttribute('data-framing-lens-focus', '');
    },
    clear() {
      // Newest first, so splits inside splits come apart in the reverse order they were made.
      for (const mark of [...live].reverse()) unwrap(mark);
      live.clear();
      focused = null;
    },
  };
}
