// Reduces an HTML file to its article text (issue 2: "no script, style, nav, footer"): the
// <article> (or <main>, or <body>) without script, style, navigation and page chrome; blocks
// become lines. Stricter than the content script, which marks all the visible text a reader
// sees on a live page, its navigation and headers included. Link targets are kept with their
// offsets so cited outlets can be listed.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { LinkSpan } from '../engine';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'header', 'aside', 'form', 'button',
  'select', 'textarea', 'input', 'iframe', 'object', 'head', 'title',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'pre', 'br', 'hr', 'dd', 'dt', 'dl',
]);

export interface ExtractedText {
  text: string;
  links: LinkSpan[];
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function find(nodes: ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const inner = find(node.children, name);
    if (inner) return inner;
  }
  return null;
}

function hidden(el: Element): boolean {
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attribs.style ?? '');
}

export function htmlToText(html: string): ExtractedText {
  const doc = parseDocument(html);
  const root = find(doc.children, 'article') ?? find(doc.children, 'main') ?? find(doc.children, 'body');
  const parts: string[] = [];
  let length = 0;
  const links: LinkSpan[] = [];
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const lastChar = () => parts[parts.length - 1]?.slice(-1) ?? '\n';
  const newline = () => {
    if (length && lastChar() !== '\n') push('\n');
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const t = node.data.replace(/\s+/g, ' ');
        push(lastChar() === '\n' || lastChar() === ' ' ? t.replace(/^ /, '') : t);
      } else if (isElement(node)) {
        if (SKIP.has(node.name) || hidden(node)) continue;
        const block = BLOCK.has(node.name);
        if (block) newline();
        const start = length;
        walk(node.children);
        if (node.name === 'a' && node.attribs.href && length > start) links.push({ start, end: length, href: node.attribs.href });
        if (block) newline();
      }
    }
  };
  walk(root ? root.children : doc.children);
  const text = parts.join('');
  // Trailing spaces before a line break are dropped line by line, keeping offsets of links valid
  // only if nothing before them moves: so trim the end alone.
  return { text: text.replace(/\s+$/, ''), links };
}
