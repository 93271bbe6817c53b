// Where scans start and what a change re-scans: the article root and the page's roots, the
// block a mutated node belongs to, and containment across shadow roots and iframes (a block
// re-scanned supersedes what earlier scans found inside it).
import { BLOCK_TAGS } from './walk';

/**
 * Where the article is: its body is scanned first so its highlights appear first. Null when
 * the page has no recognisable article container (the whole body is then one root).
 */
export function findArticleRoot(doc: Document): Element | null {
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit) return explicit;
  let best: Element | null = null;
  let bestLength = 0;
  // Size by paragraph count: textContent would build the whole article as a string first.
  for (const el of doc.querySelectorAll('article, [role="article"]')) {
    const len = el.getElementsByTagName('p').length + 1;
    if (len > bestLength) {
      best = el;
      bestLength = len;
    }
  }
  return best ?? doc.querySelector('main, [role="main"]');
}

/** The roots of a full-page scan: the article first, then the rest of the body. */
export function pageRoots(doc: Document): { roots: Node[]; exclude: Element[] } {
  if (doc.designMode === 'on') return { roots: [], exclude: [] }; // the page is an editor
  const article = findArticleRoot(doc);
  if (!article || !doc.body) return { roots: doc.body ? [doc.body] : [], exclude: [] };
  return { roots: [article, doc.body], exclude: [article] };
}

/** The nearest block ancestor (or shadow root) of a node: the unit re-scanned after a mutation. */
export function blockOf(node: Node): Node {
  let cur: Node | null =
    node.nodeType === 1 && !['BR', 'HR'].includes((node as Element).tagName) ? node : node.parentNode;
  while (cur) {
    if (cur.nodeType === 1 && BLOCK_TAGS.has((cur as Element).tagName)) return cur;
    if (cur.nodeType === 11) return cur;
    if (cur.nodeType === 9) return (cur as Document).body ?? cur;
    cur = cur.parentNode;
  }
  return node;
}

/**
 * Whether `node` is inside `block` in the composed tree the reader sees: a shadow root's host
 * contains the shadow tree, and an iframe contains its document.
 */
export function within(block: Node, node: Node): boolean {
  if (block.contains(node)) return true;
  for (let cur: Node | null = node; cur; ) {
    if (cur === block) return true;
    if (cur.parentNode) cur = cur.parentNode;
    else if ((cur as ShadowRoot).host) cur = (cur as ShadowRoot).host;
    else if (cur.nodeType === 9) cur = (cur as Document).defaultView?.frameElement ?? null;
    else cur = null;
  }
  return false;
}
