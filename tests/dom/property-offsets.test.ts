// Property tests of the content script's text walker and offset map (issue 6): for random DOM
// trees (inline and block elements, comments, links, skipped elements, text in many scripts with
// emoji, combining marks and zero-width characters), every segment of the map slices exactly its
// text node, the text between segments is only block separators, skipped text is never read, and
// any offset span maps back to a DOM Range whose text is exactly the text of that span.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locate, toRange } from '../../src/content/offsets';
import { buildTextMap, type TextMap } from '../../src/content/walk';

const visible = (el: Element): boolean => !(el as HTMLElement).hidden && (el as HTMLElement).style?.display !== 'none';

type Tree = { tag: string; children: Tree[] } | { text: string } | { comment: string };

const READABLE = ['p', 'div', 'span', 'b', 'i', 'em', 'a', 'section', 'li', 'h2', 'blockquote', 'td'];
const SKIPPED = ['script', 'style', 'textarea', 'noscript'];

const textPiece = fc.oneof(
  fc.constantFrom('Krasnoarmeysk', 'Кра', 'сноармейск', 'the liberation of ', '😀', '👩‍👩‍👧', 'e\u0301', '\u200b', 'שלום', 'مرحبا', ' ', '  ', '\n', '.'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const textNode = fc.array(textPiece, { maxLength: 5 }).map((p) => ({ text: p.join('') }));

function treeOf(tags: string[]): fc.Arbitrary<Tree> {
  const { node } = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: textNode },
      { weight: 1, arbitrary: fc.string({ maxLength: 5 }).map((c) => ({ comment: c.replace(/-/g, '') })) },
      { weight: 2, arbitrary: fc.record({ tag: fc.constantFrom(...tags), children: fc.array(tie('node'), { maxLength: 5 }) }) },
    ),
  }));
  return fc.array(node, { maxLength: 6 }).map((children) => ({ tag: 'div', children }));
}

function build(t: Tree, doc: Document): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  if ('comment' in t) return doc.createComment(t.comment);
  const el = doc.createElement(t.tag);
  if (t.tag === 'a') el.setAttribute('href', 'https://example.org/');
  for (const c of t.children) el.appendChild(build(c, doc));
  return el;
}

function checkMap(map: TextMap): void {
  let at = 0;
  for (const seg of map.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(at);
    // Between segments: only block separators, which map to no node.
    expect(map.text.slice(at, seg.start)).toMatch(/^\n*$/);
    expect(map.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    expect(seg.node.isConnected).toBe(true);
    at = seg.end;
  }
  expect(map.text.slice(at)).toMatch(/^\n*$/);
}

/** The text a span covers once separators (no node) are dropped: what its Range must read. */
function nodeText(map: TextMap, start: number, end: number): string {
  let out = '';
  for (const s of map.segments) {
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (a < b) out += map.text.slice(a, b);
  }
  return out;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('text walker and offset map on random DOM trees', () => {
  it('segments slice their nodes exactly; any span maps to a Range reading exactly its text', () => {
    fc.assert(
      fc.property(treeOf(READABLE), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (tree, spans) => {
        document.body.replaceChildren(build(tree, document));
        const map = buildTextMap([document.body], { visible });
        checkMap(map);
        const n = map.text.length;
        if (n === 0) return;
        for (const [x, y] of spans) {
          const start = x % n;
          const end = start + 1 + (y % (n - start));
          const b = locate(map, start, end);
          const want = nodeText(map, start, end);
          if (want === '') {
            expect(b).toBeNull();
            continue;
          }
          expect(b).not.toBeNull();
          expect(toRange(b!).toString()).toBe(want);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('text inside script, style, textarea, noscript, hidden or editable elements is never read', () => {
    const tree = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        textNode,
        fc.record({ tag: fc.constantFrom(...READABLE, ...SKIPPED, 'hidden', 'editable'), children: fc.array(tie('node'), { maxLength: 4 }) }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        const root = document.createElement('div');
        const make = (t: Tree): Node => {
          if (!('tag' in t)) return build(t, document);
          const tag = t.tag === 'hidden' || t.tag === 'editable' ? 'div' : t.tag;
          const el = document.createElement(tag);
          if (t.tag === 'hidden') el.hidden = true;
          if (t.tag === 'editable') el.setAttribute('contenteditable', '');
          // Raw-text elements keep their content as text, whatever the tree says.
          if (SKIPPED.includes(tag)) el.textContent = 'Kiev secret';
          else for (const c of t.children) el.appendChild(make(c));
          return el;
        };
        for (const c of children) root.appendChild(make(c));
        document.body.replaceChildren(root);
        const map = buildTextMap([document.body], { visible });
        checkMap(map);
        for (const seg of map.segments) {
          expect(seg.node.parentElement!.closest('script,style,textarea,noscript,[hidden],[contenteditable]')).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a deep tree (5,000 levels) walks without overflowing the stack', () => {
    let el: Element = document.body;
    for (let i = 0; i < 5000; i++) el = el.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    el.appendChild(document.createTextNode('the liberation of Krasnoarmeysk'));
    const map = buildTextMap([document.body], { visible });
    checkMap(map);
    expect(map.text.trim()).toBe('the liberation of Krasnoarmeysk');
  });
});
