// Visible text extraction: one string per scan plus an offset map `{start, end, node}` from
// that string back to the page's text nodes (the mark.js idea, STYLE.md), so a match that
// crosses element boundaries ("Krasny <b>Armeysk</b>") still maps to one DOM Range.
//
//   roots ──walk (skip script/style/hidden/editable/own UI; enter open shadow roots and
//            same-origin iframes)──▶ text nodes ──▶ { text, segments[] }
//
// Block elements are separated by "\n" (mapped to no node) so two paragraphs never read as
// one sentence. Text is read with `data` only; nothing is ever written.

export interface Segment {
  start: number;
  end: number;
  node: Text;
}

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  /** Links in the text (the engine lists outlets cited by a link). */
  links: LinkSpan[];
  /** Documents (the page, same-origin iframes) and open shadow roots met while walking. */
  scopes: (Document | ShadowRoot)[];
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'svg', 'MATH', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never read: the extension's own UI is registered here. */
export const ownNodes = new WeakSet<Node>();

/** Selector for ancestors that make text off-limits (used to filter mutations). */
export const SKIP_SELECTOR =
  'script,style,noscript,template,textarea,input,select,button,svg,math,[contenteditable]:not([contenteditable="false"]),[hidden]';

export type VisibilityTest = (el: Element) => boolean;

/** Chromium's checkVisibility() reads computed style and layout without forcing a new style per call. */
export const defaultVisible: VisibilityTest = (el) => {
  if ((el as HTMLElement).hidden) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    // display:contents elements have no box yet their children render.
    return check.call(el, { visibilityProperty: true, opacityProperty: false }) || isDisplayContents(el);
  }
  const style = (el as HTMLElement).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
};

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
  if (ownNodes.has(el) || el.closest(SKIP_SELECTOR)) return false;
  if ((el as HTMLElement).isContentEditable) return false;
  for (let cur: Node | null = el; cur; cur = cur.parentNode ?? (cur as ShadowRoot).host ?? null) {
    if (ownNodes.has(cur)) return false;
  }
  return true;
}

export interface WalkOptions {
  visible?: VisibilityTest;
  /** Elements not to enter (already scanned as another root). */
  exclude?: Element[];
  /** Called for each same-origin iframe document met (the caller observes it). */
  onFrame?: (doc: Document) => void;
  /** Called for every iframe met, readable or not yet loaded (the caller re-scans it on load). */
  onIframe?: (frame: HTMLIFrameElement) => void;
}

class LinkEnd {
  constructor(
    readonly href: string,
    readonly start: number,
  ) {}
}

/** Walk the roots in order and build one text map over all of them. */
export function buildTextMap(roots: Node[], options: WalkOptions = {}): TextMap {
  const visible = options.visible ?? defaultVisible;
  const exclude = new Set(options.exclude ?? []);
  const parts: string[] = [];
  const segments: Segment[] = [];
  const links: LinkSpan[] = [];
  const scopes: (Document | ShadowRoot)[] = [];
  let length = 0;
  let lastBreak = true;

  const brk = (): void => {
    if (!lastBreak) {
      parts.push('\n');
      length += 1;
      lastBreak = true;
    }
  };

  // Explicit stack: deep pages must not overflow the call stack. A `null` entry closes a block;
  // a LinkEnd closes a link. Children are pushed last-first through lastChild/previousSibling:
  // on a 1 MB page that is about twice as fast as indexing childNodes lists.
  const stack: (Node | null | LinkEnd)[] = [];
  const pushChildren = (parent: Node): void => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
  };

  for (const root of roots) {
    stack.push(root);
    while (stack.length) {
      const node = stack.pop()!;
      if (node === null) {
        brk();
        continue;
      }
      if (node instanceof LinkEnd) {
        if (length > node.start) links.push({ start: node.start, end: length, href: node.href });
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        segments.push({ start: length, end: length + data.length, node: node as Text });
        parts.push(data);
        length += data.length;
        lastBreak = false;
        continue;
      }
      if (type === 1) {
        const el = node as Element;
        const tag = el.tagName;
        // An excluded element is skipped inside other roots, and walked when it is a root itself.
        if (SKIP_TAGS.has(tag) || ownNodes.has(el) || (exclude.has(el) && el !== root)) continue;
        if (isEditable(el) || !visible(el)) continue;
        if (tag === 'IFRAME' || tag === 'FRAME') {
          options.onIframe?.(el as HTMLIFrameElement);
          const doc = frameDocument(el as HTMLIFrameElement);
          if (doc?.body && doc.designMode !== 'on') {
            scopes.push(doc);
            options.onFrame?.(doc);
            brk();
            stack.push(null, doc.body);
          }
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          brk();
          stack.push(null);
        } else if (tag === 'A' && (el as HTMLAnchorElement).href) {
          stack.push(new LinkEnd((el as HTMLAnchorElement).href, length));
        }
        if (tag === 'SLOT') {
          const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
          if (assigned.length) for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
          else pushChildren(el);
        } else if (el.shadowRoot) {
          // A host renders its shadow tree; its light children appear only through slots.
          scopes.push(el.shadowRoot);
          pushChildren(el.shadowRoot);
        } else {
          pushChildren(el);
        }
      } else if (type === 9) {
        const doc = node as Document;
        if (doc.designMode === 'on' || !doc.body) continue; // a document in design mode is an editor
        scopes.push(doc);
        stack.push(doc.body);
      } else if (type === 11) {
        if ((node as ShadowRoot).host) scopes.push(node as ShadowRoot);
        pushChildren(node);
      }
    }
  }
  return { text: parts.join(''), segments, links, scopes };
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null, or a throw in some engines, when cross-origin
  } catch {
    return null;
  }
}
