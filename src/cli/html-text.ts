// Reduces an HTML file to its article text (issue 2: "no script, style, nav, footer"): the
// <article> (or <main>, or <body>) without script, style, navigation and page chrome; blocks
// become lines. Stricter than the content script, which marks all the visible text a reader
// sees on a live page, its navigation and headers included. Link targets are kept with their
// offsets so cited outlets can be listed.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { LinkSpan } from '../engine';

/** Never text of the article: code, forms' controls, media, and the page's own chrome. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'button', 'select', 'textarea', 'input',
  'iframe', 'object', 'head', 'title', 'video', 'audio', 'canvas', 'dialog',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'figure', 'figcaption', 'table', 'caption', 'tr', 'td', 'th', 'pre', 'br', 'hr', 'dd', 'dt', 'dl', 'center', 'address',
  'details', 'summary', 'fieldset', 'legend', 'form',
]);
/** ARIA landmarks of page chrome, as nav, footer and aside are. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
/**
 * Class or id names of the boxes news pages put inside or around an article: comments, a
 * newsletter sign-up, "related" and "read more" links, sharing buttons, a cookie banner, ads,
 * breadcrumbs. Their words are the site's, not the article's. A whole class name only:
 * "article-body has-ads" or "related-coverage" may hold the article itself.
 */
const CHROME_NAMES = /^(?:comments?|comments-section|newsletter|newsletter-signup|subscribe|subscription|related|related-articles|related-stories|more-stories|read-?more|inline-read|also-read|read-also|see-also|share|share-buttons|sharing|social|social-share|cookies?|cookie-banner|consent|advert|advertisement|ad|ads|promo|breadcrumbs?|recommended|most-read|popular|outbrain|taboola|sidebar|widget|footer|site-footer|top-?bar|menu|logo)$/i;

function chromeNamed(el: Element): boolean {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.split(/\s+/).some((name) => CHROME_NAMES.test(name));
}

export interface ExtractedText {
  text: string;
  links: LinkSpan[];
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function hidden(el: Element): boolean {
  const style = el.attribs.style ?? '';
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Left out with everything in it: chrome, code, hidden parts ("header" only outside the article). */
function skipped(el: Element, inArticle: boolean): boolean {
  if (SKIP.has(el.name) || hidden(el)) return true;
  if (el.name === 'header' && !inArticle) return true;
  const role = el.attribs.role;
  if (role && CHROME_ROLES.has(role)) return true;
  return chromeNamed(el);
}

/** Every element of that name outside skipped parts, in document order (`headers`: looking in them too). */
function findAll(nodes: ChildNode[], name: string, headers = false, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node) || skipped(node, headers)) continue;
    if (node.name === name) out.push(node);
    else findAll(node.children, name, headers, out);
  }
  return out;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p: Element | null = el; p; p = p.parent && isElement(p.parent as ChildNode) ? (p.parent as Element) : null) out.unshift(p);
  return out;
}

/** The deepest element holding all of `els`. */
function commonAncestor(els: Element[]): Element {
  let path = ancestors(els[0]!);
  for (const el of els.slice(1)) {
    const other = ancestors(el);
    let k = 0;
    while (k < path.length && k < other.length && path[k] === other[k]) k++;
    path = path.slice(0, k);
  }
  return path[path.length - 1] ?? els[0]!;
}

/**
 * The article: one <article>; several (a live blog's posts) are read together, in what holds
 * them; else <main>, else <body>. A headline above the article (<h1> outside it) is its first
 * line.
 */
function articleRoot(doc: ChildNode[]): { root: Element | null; headline: Element | null } {
  const all = findAll(doc, 'article');
  // One article with the page's headline among teaser cards of others is the article.
  const headed = all.filter((a) => findAll(a.children, 'h1', true).length);
  const articles = headed.length === 1 ? headed : all;
  const main = findAll(doc, 'main')[0] ?? null;
  let root = articles.length === 1 ? articles[0]! : articles.length > 1 ? commonAncestor(articles) : main;
  if (root && (root.name === 'body' || root.name === 'html') && main) root = main;
  root ??= findAll(doc, 'body')[0] ?? null;
  if (!root || root.name === 'body' || findAll(root.children, 'h1', true).length) return { root, headline: null };
  const headline = findAll(doc, 'h1', true)[0] ?? null;
  return { root, headline };
}

export function htmlToText(html: string): ExtractedText {
  const doc = parseDocument(html);
  const { root, headline } = articleRoot(doc.children);
  const inArticle = root !== null && root.name !== 'body';
  let text = '';
  const links: LinkSpan[] = [];
  const lastChar = () => text[text.length - 1] ?? '\n';
  // Quotations marked up rather than written with quotation marks are given theirs, so the
  // engine reads them as a speaker's words: each line of a <blockquote>, and a <q>.
  let blockquotes = 0;
  let lineOpen = false;
  let qDepth = 0;
  const closeLine = () => {
    if (lineOpen) text += '”';
    lineOpen = false;
  };
  // Blocks are paragraphs, apart by a blank line (no phrase runs from one into the next:
  // "<h2>Kiev</h2><p>regime officials…" is no "Kiev regime"); <br> breaks a line within one.
  const newline = (blank: boolean) => {
    closeLine();
    if (!text.length) return;
    if (lastChar() !== '\n') text += '\n';
    if (blank && !text.endsWith('\n\n')) text += '\n';
  };
  const pushText = (data: string) => {
    let t = data.replace(/\s+/g, ' ');
    if (lastChar() === '\n' || lastChar() === ' ') t = t.replace(/^ /, '');
    if (!t) return;
    // A line that opens with its own quotation mark (a pull quote) is left as written.
    if (blockquotes > 0 && !lineOpen && lastChar() === '\n' && t.trim() && !/^\s*["“„«‘']/.test(t)) {
      t = t.replace(/^ /, '');
      text += '“';
      lineOpen = true;
    }
    text += t;
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') pushText(node.data);
      else if (isElement(node)) {
        if (skipped(node, inArticle)) continue;
        const block = BLOCK.has(node.name);
        if (block) newline(node.name !== 'br');
        // "Kiev<sup>1</sup>": a footnote's number is no part of the word.
        if ((node.name === 'sup' || node.name === 'sub') && /\p{L}/u.test(lastChar())) text += ' ';
        // A fact box set as a blockquote ("infobox", "note") is the outlet's own words.
        const quotation = node.name === 'blockquote' && !/(?:^|[\s_-])(?:infobox|info|note|notes|callout|summary|factbox|fact|facts|box)(?:$|[\s_-])/i.test(node.attribs.class ?? '');
        if (quotation) blockquotes++;
        if (node.name === 'q') text += qDepth++ % 2 === 0 ? '“' : '‘';
        const start = text.length;
        walk(node.children);
        if (node.name === 'a' && node.attribs.href && text.length > start) links.push({ start, end: text.length, href: node.attribs.href });
        if (node.name === 'q') text += --qDepth % 2 === 0 ? '”' : '’';
        if (quotation) {
          closeLine();
          blockquotes--;
        }
        if (block) newline(node.name !== 'br');
      }
    }
  };
  if (headline) {
    walk([headline]);
    newline(true);
  }
  walk(root ? root.children : doc.children);
  closeLine();
  // Trailing spaces before a line break are dropped line by line, keeping offsets of links valid
  // only if nothing before them moves: so trim the end alone.
  return { text: text.replace(/\s+$/, ''), links };
}
