// The hover/focus card: why a word is flagged, its neutral alternative, whose usage it is and
// the reference behind the entry. It lives in a closed shadow root, so the page's styles and
// scripts cannot reach into it, and every piece of text is set with textContent (page text
// and lexicon text are never parsed as HTML).
import { mixedScriptName, type Category, type Finding } from '../shared/report';
import { referenceParts } from '../shared/references';
import { markClass } from './highlighter';
import { ownNodes } from './walk';
import highlightCss from './highlights.css?inline';
import cardCss from './card.css?inline';

/** The card's words, from _locales (index.ts). */
export interface CardLabels {
  categories: Record<Category, string>;
  quoted: string;
  mixedScript: string;
  neutral: string;
  drop: string;
  usage: string;
  voice: string;
  why: string;
  /** A word of the page in the interface language's quotation marks. */
  quotedWord(word: string): string;
  /** Why a place's own name in mixed scripts is flagged, given the name in one script. */
  mixedScriptWhy(name: string): string;
  source: string;
  close: string;
}

export interface Card {
  /** `focus`: the reader came by keyboard (a command, the popup): the card takes focus, so a screen reader reads it and Tab reaches its link. */
  show(finding: Finding, anchor: DOMRect, partyLabel: string | null, focus?: boolean): void;
  hide(): void;
  /** Called when the reader closes the card with its button. */
  onClose: (() => void) | null;
  readonly open: boolean;
  /** Whether a point is over the card (so moving onto it keeps it open). */
  contains(x: number, y: number): boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createCard(doc: Document, signal: AbortSignal, labels: CardLabels): Card {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  // Where focus was before the card took it: it goes back there when the card closes.
  let returnTo: HTMLElement | null = null;

  function ensure(): HTMLElement {
    if (box) return box;
    // Created on first use only: a page nobody hovers gets no node from us at all.
    host = doc.createElement('framing-lens-card');
    ownNodes.add(host);
    root = host.attachShadow({ mode: 'closed' });
    // The page's own highlight rules style the category label, so the card shows a category
    // exactly as the page marks it (colour and underline style).
    const style = el(doc, 'style', undefined, highlightCss + cardCss);
    box = el(doc, 'div', 'card');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Framing Lens');
    box.tabIndex = -1;
    box.hidden = true;
    root.append(style, box);
    doc.documentElement.append(host);
    return box;
  }

  signal.addEventListener('abort', () => host?.remove(), { once: true });

  const api: Card = {
    onClose: null,
    get open() {
      return !!box && !box.hidden;
    },
    show(finding, anchor, partyLabel, focus = false) {
      const card = ensure();
      card.replaceChildren();
      const head = el(doc, 'div', 'head');
      head.append(el(doc, 'mark', `cat ${markClass(finding.category)}`, labels.categories[finding.category]));
      if (finding.quoted) head.append(el(doc, 'span', 'tag', labels.quoted));
      if (finding.mixedScript) head.append(el(doc, 'span', 'tag', labels.mixedScript));
      // A card over the words the reader wants to see can be put away without moving the pointer off it.
      const close = el(doc, 'button', 'close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', labels.close);
      close.addEventListener('click', () => {
        api.hide();
        api.onClose?.();
      });
      head.append(close);
      card.append(head, el(doc, 'div', 'term', labels.quotedWord(finding.text)));

      const dl = el(doc, 'dl');
      const row = (label: string, value: Node | string, cls?: string): void => {
        const dd = el(doc, 'dd', cls);
        dd.append(value);
        dl.append(el(doc, 'dt', undefined, label), dd);
      };
      // The completed report's neutral is in the page's language and case («Покровском»); the
      // canonical English name stands in only until the report is complete.
      const neutral = finding.neutral ?? finding.canonical;
      if (neutral !== null) row(labels.neutral, neutral === '' ? labels.drop : neutral, 'neutral');
      if (partyLabel) row(labels.usage, partyLabel);
      if (finding.quoted) row('', labels.voice);
      // «Покровsk» is flagged for its letters, not its name: the place's explanation (its
      // renaming) says nothing of them (probe 23).
      const spelling = mixedScriptName(finding);
      row(labels.why, spelling ? labels.mixedScriptWhy(spelling) : finding.explanation);
      if (finding.reference) row(labels.source, referenceNode(doc, finding.reference));
      card.append(dl);

      card.hidden = false;
      place(card, anchor, doc);
      if (focus) {
        if (!root?.activeElement) returnTo = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
        card.focus({ preventScroll: true });
      }
    },
    hide() {
      if (!box) return;
      const hadFocus = !!root?.activeElement;
      box.hidden = true;
      if (hadFocus) returnTo?.focus({ preventScroll: true });
      returnTo = null;
    },
    contains(x, y) {
      if (!box || box.hidden) return false;
      const r = box.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
  };
  return api;
}

/** The reference's citations as text, its web addresses as links named for what they open. */
function referenceNode(doc: Document, reference: string): Node {
  const frag = doc.createDocumentFragment();
  for (const part of referenceParts(reference)) {
    if (!('href' in part)) {
      frag.append(part.text);
      continue;
    }
    const a = el(doc, 'a', undefined, part.text);
    a.href = part.href;
    a.title = part.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    frag.append(a);
  }
  return frag;
}

/** Below the word when there is room, above it otherwise; always inside the viewport. */
function place(card: HTMLElement, anchor: DOMRect, doc: Document): void {
  const view = doc.defaultView!;
  card.style.left = '0px';
  card.style.top = '0px';
  const { width, height } = card.getBoundingClientRect();
  const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
  const below = anchor.bottom + 6;
  const top = below + height <= view.innerHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}
