// Visible text extraction: one string per scan plus an offset map `{start, end, node}` from
// that string back to the page's text nodes (the mark.js idea, STYLE.md), so a match that
// crosses element boundaries ("Krasny <b>Armeysk</b>") still maps to one DOM Range.
//
//   roots ──walk (skip script/style/hidden/editable/own UI; enter open shadow roots and
//            same-origin iframes)──▶ text nodes ──▶ { text, segments[] }
//
// Block elements are separated by "\n" (mapped to no node) so two paragraphs never read as
// one sentence. Text is read with `data` only; nothing is ever written. The walk can pause
// between idle slices (createWalker) and hands its text over in pieces (pieces.ts).

import { PieceBuilder } from './pieces';
import { sameSite } from '../shared/hosts';

export interface Segment {
  start: number;
  end: number;
  node: Text;
  /** Characters of `node` before this segment: a very long text node is cut into pieces (pieces.ts). */
  skip?: number;
}

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

/** A stretch of the text, as offsets into it. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  /** Links in the text (the engine lists outlets cited by a link). */
  links: LinkSpan[];
  /** Quotations the page marks up (<blockquote>, <q>): the engine reads their words as a speaker's. */
  quotes: TextSpan[];
  /** Documents (the page, same-origin iframes) and open shadow roots met while walking. */
  scopes: (Document | ShadowRoot)[];
}

/** Never read. tagName is upper case in HTML, lower case for <svg> and <math> (their own namespaces). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'svg', 'MATH', 'math', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never read: the extension's own UI is registered here. */
export const ownNodes = new WeakSet<Node>();

/**
 * Whether a node is our own UI or inside it (the card's host and its shadow tree): the walk
 * never reads it, the mutation queue ignores its changes.
 */
export function isOwn(node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode ?? (cur.nodeType === 11 ? (cur as ShadowRoot).host : null)) {
    if (ownNodes.has(cur)) return true;
  }
  return false;
}

/** Whether the walk never reads inside this element (a script, a style, the head, a form control). */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName);
}

/** Ancestors that make text off-limits, for a node met outside a walk (isReadable). */
const SKIP_SELECTOR = [
  ...new Set([...SKIP_TAGS].map((t) => t.toLowerCase())),
  '[contenteditable]:not([contenteditable="false"])',
  '[hidden]',
].join(',');

export type VisibilityTest = (el: Element) => boolean;

/**
 * visibility: hidden counts, opacity does not. Chromium 105-120 (the manifest allows 105) know
 * these options by their first names only, checkVisibilityCSS and checkOpacity.
 */
const VISIBILITY = { visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: false, checkOpacity: false };

/**
 * Whether a walk root renders. Chromium's checkVisibility() looks at every ancestor (display,
 * content-visibility, closed <details>), which a root needs: nothing above it was walked.
 */
const defaultVisible: VisibilityTest = (el) => {
  if ((el as HTMLElement).hidden) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    // display:contents elements have no box yet their children render.
    return check.call(el, VISIBILITY) || isDisplayContents(el);
  }
  const style = (el as HTMLElement).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
};

/**
 * Elements this deep or deeper are asked for their computed style instead of
 * checkVisibility(), which walks up the ancestors on every call: on a page nested 5,000 deep
 * that cost 170–200 ms against 4 ms for one getComputedStyle per element.
 */
const CHECK_DEPTH = 64;

/**
 * What of an element inside a walk renders, given that its parent does. checkVisibility()
 * answers with a boolean; getComputedStyle() builds a style declaration object for each
 * element, and in the content script's isolated world every such object is a weak handle that
 * each minor GC of the page must visit: on 200,000 nodes a walk's GCs took 36–56 ms with it,
 * 26–37 ms without (tests/e2e/adversarial-pages.test.ts's many-nodes page). The style is asked
 * only when the answer is no (display: contents has no box yet its children render), and for
 * elements nested CHECK_DEPTH deep: there the ancestors' walk costs more than the object.
 * content-visibility: hidden renders the element's box and skips its contents.
 */
function ownRendering(el: Element, depth: number): 'none' | 'box' | 'all' {
  if ((el as HTMLElement).hidden) return 'none';
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (depth < CHECK_DEPTH && typeof check === 'function') {
    // Children of a content-visibility: hidden element answer no themselves.
    if (check.call(el, VISIBILITY)) return 'all';
    return isDisplayContents(el) ? 'all' : 'none';
  }
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style) return 'all';
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return 'none';
  return style.contentVisibility === 'hidden' ? 'box' : 'all';
}

function isDisplayContents(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/**
 * The attribute is enough while walking: the subtree of an editable element is skipped as a
 * whole, so inherited editability never needs `isContentEditable`, which makes Chromium update
 * style for each element asked (designMode is checked once per document, in buildTextMap).
 */
function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr !== 'false';
}

/** Whether text under `node` may be read: no skipped or editable ancestor, not our own UI. */
export function isReadable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return node.nodeType === 11; // a shadow root itself
  if (el.closest(SKIP_SELECTOR)) return false;
  if ((el as HTMLElement).isContentEditable) return false;
  return !isOwn(el);
}

export interface WalkOptions {
  /** One test for roots and the elements inside them (tests); by default defaultVisible, then ownRendering. */
  visible?: VisibilityTest;
  /** Elements not to enter (already scanned as another root). */
  exclude?: Element[];
  /** Called for every iframe met, readable or not yet loaded (the caller re-scans it on load). */
  onIframe?: (frame: HTMLIFrameElement) => void;
}

class LinkEnd {
  constructor(
    readonly href: string,
    readonly start: number,
    readonly piece: number,
  ) {}
}

/** Closes a quotation the page marks up, as LinkEnd closes a link. */
class QuoteEnd {
  constructor(
    readonly start: number,
    readonly piece: number,
  ) {}
}

export interface Walker {
  /** Walk on while `more()` holds (asked every few nodes); true once every root was walked. */
  run(more: () => boolean): boolean;
  /** Pieces completed since the last call, in page order; the last one once the walk ended. */
  take(): TextMap[];
  /** Characters per piece (see pieces.ts); the scanner tunes it to the engine's speed. */
  target: number;
  /** Whether a completed piece waits to be taken. */
  readonly ready: boolean;
}

export interface PieceOptions {
  /** Characters per piece; Infinity (the default) gives one piece. */
  target?: number;
  /** Cut a block longer than twice the target inside its text nodes (default true). */
  splitNodes?: boolean;
  /**
   * End a piece where a root ends (default true), so each piece is text of one root read in
   * tree order, which the scanner relies on to tell quickly when a piece's text is all gone.
   */
  cutAtRoots?: boolean;
}

/** Walk the roots in order and build one text map over all of them. */
export function buildTextMap(roots: Node[], options: WalkOptions = {}): TextMap {
  const walker = createWalker(roots, options, { cutAtRoots: false });
  walker.run(() => true);
  return walker.take()[0]!;
}

/**
 * A walk that can stop and resume (a page of 200,000 nodes takes longer than one slice): its
 * explicit stack is its state. The stack also keeps deep pages from overflowing the call
 * stack. A `null` entry closes a block; a LinkEnd closes a link. Children are pushed
 * last-first through lastChild/previousSibling: on a 1 MB page that is about twice as fast as
 * indexing childNodes lists. Nodes the page removes before the walk reaches them are walked
 * all the same (they are no longer connected: the scanner drops what it finds in them, and
 * the mutation queue re-scans their block).
 */
export function createWalker(roots: Node[], options: WalkOptions = {}, pieces: PieceOptions = {}): Walker {
  const exclude = new Set(options.exclude ?? []);
  const out = new PieceBuilder(pieces.target ?? Infinity, pieces.splitNodes ?? true);
  const stack: (Node | null | LinkEnd | QuoteEnd)[] = [];
  /** How deep each entry of `stack` is (pushed and popped with it). */
  const depths: number[] = [];
  /** The depth of the element being read. */
  let depth = 0;
  const push = (entry: Node | null | LinkEnd | QuoteEnd, at = depth + 1): void => {
    stack.push(entry);
    depths.push(at);
  };
  let rootIndex = 0;
  let root: Node | null = null;
  let finished = false;
  let taken = 0;
  /** A text node being cut into pieces (pieces.ts), resumed at `pos`. */
  let partial: { node: Text; data: string; pos: number } | null = null;

  const pushChildren = (parent: Node): void => {
    for (let c = parent.lastChild; c; c = c.previousSibling) push(c);
  };

  function element(el: Element): void {
    const tag = el.tagName;
    // An excluded element is skipped inside other roots, and walked when it is a root itself.
    if (SKIP_TAGS.has(tag) || ownNodes.has(el) || (exclude.has(el) && el !== root)) return;
    if (isEditable(el)) return;
    let rendering: 'none' | 'box' | 'all';
    if (options.visible) rendering = options.visible(el) ? 'all' : 'none'; // a test's own rule says all there is
    else if (el === root) rendering = defaultVisible(el) ? (ownRendering(el, CHECK_DEPTH) === 'box' ? 'box' : 'all') : 'none';
    else rendering = ownRendering(el, depth);
    if (rendering === 'none') return;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      options.onIframe?.(el as HTMLIFrameElement);
      const doc = frameDocument(el as HTMLIFrameElement);
      if (doc?.body && doc.designMode !== 'on') {
        out.scope(doc);
        out.brk();
        push(null);
        push(doc.body);
      }
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      out.brk();
      push(null);
    } else if (tag === 'A' && citesElsewhere(el as HTMLAnchorElement)) {
      push(new LinkEnd((el as HTMLAnchorElement).href, out.length, out.piece));
    }
    if (tag === 'BLOCKQUOTE' || tag === 'Q') push(new QuoteEnd(out.length, out.piece));
    if (rendering === 'box') return;
    if (tag === 'DETAILS' && !(el as HTMLDetailsElement).open) {
      // A closed <details> shows its first <summary> only.
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (c.tagName === 'SUMMARY') {
          push(c);
          break;
        }
      }
      return;
    }
    if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) for (let i = assigned.length - 1; i >= 0; i--) push(assigned[i]!);
      else pushChildren(el);
    } else if (el.shadowRoot) {
      // A host renders its shadow tree; its light children appear only through slots.
      out.scope(el.shadowRoot);
      pushChildren(el.shadowRoot);
    } else {
      pushChildren(el);
    }
  }

  return {
    get target() {
      return out.target;
    },
    set target(n: number) {
      out.target = n;
    },
    get ready() {
      return out.done.length > taken;
    },
    take() {
      const done = out.done.slice(taken);
      taken = out.done.length;
      return done;
    },
    run(more) {
      let n = 0;
      for (;;) {
        if (finished) return true;
        if (!stack.length && !partial) {
          if (rootIndex >= roots.length) {
            out.finish(true);
            finished = true;
            return true;
          }
          if (pieces.cutAtRoots !== false) out.finish();
          root = roots[rootIndex++]!;
          push(root, depthOf(root));
        }
        if (((++n & 31) === 0 || out.done.length > taken) && !more()) return false;
        if (partial) {
          partial.pos = out.text(partial.node, partial.data, partial.pos);
          if (partial.pos >= partial.data.length) partial = null;
          continue;
        }
        const node = stack.pop()!;
        depth = depths.pop()!;
        if (node === null) {
          out.brk();
          continue;
        }
        if (node instanceof LinkEnd) {
          out.link(node.href, node.start, node.piece);
          continue;
        }
        if (node instanceof QuoteEnd) {
          out.quote(node.start, node.piece);
          continue;
        }
        const type = node.nodeType;
        if (type === 3) {
          const data = (node as Text).data;
          if (data.length) partial = { node: node as Text, data, pos: 0 };
        } else if (type === 1) {
          element(node as Element);
        } else if (type === 9) {
          const doc = node as Document;
          if (doc.designMode === 'on' || !doc.body) continue; // a document in design mode is an editor
          out.scope(doc);
          push(doc.body);
        } else if (type === 11) {
          if ((node as ShadowRoot).host) out.scope(node as ShadowRoot);
          pushChildren(node);
        }
      }
    },
  };
}

/** How many ancestors a node has, across shadow roots (once per walk root). */
function depthOf(node: Node): number {
  let n = 0;
  for (let cur = node.parentNode; cur; cur = cur.parentNode ?? (cur.nodeType === 11 ? (cur as ShadowRoot).host : null)) n++;
  return n;
}

/**
 * A link that may cite a source: a web address on another site. The page's links to its own
 * site (menus, "#", related stories) are its navigation: every Reuters page had cited Reuters.
 */
function citesElsewhere(a: HTMLAnchorElement): boolean {
  if (!/^https?:$/.test(a.protocol)) return false;
  const own = a.ownerDocument.location?.hostname;
  return !own || !sameSite(a.hostname, own);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null, or a throw in some engines, when cross-origin
  } catch {
    return null;
  }
}
