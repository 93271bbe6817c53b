// The offset map: text extraction and offset → DOM Range, table-driven, including matches that
// cross element boundaries ("Krasny <b>Armeysk</b>") and text that must never be read.
import { beforeEach, describe, expect, it } from 'vitest';
import { locate, toRange } from '../../src/content/offsets';
import { findArticleRoot, pageRoots, blockOf } from '../../src/content/blocks';
import { buildTextMap } from '../../src/content/walk';

const visible = (el: Element): boolean => !(el as HTMLElement).hidden && (el as HTMLElement).style?.display !== 'none';

function mapOf(html: string) {
  document.body.innerHTML = html;
  return buildTextMap([document.body], { visible });
}

/** The Range for the first occurrence of `needle` in the extracted text. */
function rangeOf(html: string, needle: string): Range | null {
  const map = mapOf(html);
  const start = map.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in ${JSON.stringify(map.text)}`);
  const b = locate(map, start, start + needle.length);
  return b && toRange(b);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('offset map → Range', () => {
  it.each([
    ['one text node', '<p>the liberation of Avdeevka</p>', 'liberation'],
    ['across <b>', '<p>near Krasny <b>Armeysk</b> today</p>', 'Krasny Armeysk'],
    ['across nested inline elements', '<p>near <i>Kras<b>ny</b></i> <a href="#">Armeysk</a>.</p>', 'Krasny Armeysk'],
    ['across a comment', '<p>Kras<!-- x -->noarmeysk</p>', 'Krasnoarmeysk'],
    ['at the very start', '<p>Kiev said</p>', 'Kiev'],
    ['at the very end', '<p>they left Kiev</p>', 'Kiev'],
    ['non-BMP text before the match', '<p>😀😀 Покровsk</p>', 'Покровsk'],
  ])('%s', (_name, html, needle) => {
    const range = rangeOf(html, needle);
    expect(range?.toString()).toBe(needle);
  });

  it('separates blocks with a line break that maps to no node', () => {
    const map = mapOf('<p>first</p><p>second</p>');
    expect(map.text).toBe('first\nsecond\n'); // the body's own block end
    expect(map.segments.map((s) => [s.start, s.end, s.node.data])).toEqual([
      [0, 5, 'first'],
      [6, 12, 'second'],
    ]);
    // A match that starts in the separator is clipped to the text after it.
    expect(toRange(locate(map, 5, 12)!).toString()).toBe('second');
  });

  it.each([
    ['script', '<p>a</p><script>var Kiev = 1;</script>'],
    ['style', '<style>.Kiev{}</style><p>a</p>'],
    ['noscript', '<noscript>Kiev</noscript><p>a</p>'],
    ['textarea', '<textarea>Kiev</textarea><p>a</p>'],
    ['input', '<input value="Kiev"><p>a</p>'],
    ['contenteditable', '<div contenteditable="true"><p>Kiev</p></div><p>a</p>'],
    ['contenteditable (empty attribute)', '<div contenteditable><p>Kiev</p></div><p>a</p>'],
    ['hidden', '<div hidden>Kiev</div><p>a</p>'],
    ['display:none', '<div style="display:none">Kiev</div><p>a</p>'],
    ['template', '<template><p>Kiev</p></template><p>a</p>'],
  ])('never reads %s', (_name, html) => {
    expect(mapOf(html).text).not.toContain('Kiev');
  });

  it('reads contenteditable="false" islands like any text', () => {
    expect(mapOf('<p contenteditable="false">Kiev</p>').text).toContain('Kiev');
  });

  it('enters open shadow roots, reading the shadow tree and slotted light children once', () => {
    document.body.innerHTML = '<div id="host"><span>light Kiev</span></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>shadow Donbass</p><slot></slot>';
    const map = buildTextMap([document.body], { visible });
    expect(map.text).toContain('shadow Donbass');
    expect(map.text.split('Kiev').length - 1).toBeLessThanOrEqual(1);
    expect(map.scopes).toContain(root);
    const start = map.text.indexOf('Donbass');
    expect(toRange(locate(map, start, start + 7)!).toString()).toBe('Donbass');
  });

  // Probe 14: a blockquote's or a <q>'s words, marked up rather than written in quotation marks,
  // were highlighted as the outlet's own.
  it('records the quotations the page marks up (<blockquote>, <q>) with their offsets', () => {
    const map = mapOf('<p>Intro.</p><blockquote><p>The Kiev regime must understand.</p></blockquote><p>He called it <q>the liberation</q> of the town.</p>');
    expect(map.quotes.map((q) => map.text.slice(q.start, q.end).trim())).toEqual(['The Kiev regime must understand.', 'the liberation']);
  });

  it('records links with their offsets', () => {
    const map = mapOf('<p>as <a href="https://tass.ru/x">TASS reported</a> today</p>');
    expect(map.links).toHaveLength(1);
    const link = map.links[0]!;
    expect(map.text.slice(link.start, link.end)).toBe('TASS reported');
    expect(link.href).toBe('https://tass.ru/x');
  });

  // Probe 17: the demo's "#" links and a front page's menu made the site cite itself ("Reuters …
  // cited as: a link" on every Reuters page).
  it('records no link to the page\'s own site: its navigation cites nobody', () => {
    const own = location.hostname;
    const map = mapOf(`<p><a href="#">Top</a> <a href="/world">World</a> <a href="https://news.${own}/x">More</a> <a href="mailto:desk@tass.ru">Mail</a> as <a href="https://tass.ru/x">TASS reported</a></p>`);
    expect(map.links.map((l) => l.href)).toEqual(['https://tass.ru/x']);
  });
});

describe('article first', () => {
  it('finds the article body and walks it before the rest of the page', () => {
    document.body.innerHTML = '<header><p>Top story</p></header><article><p>Body text</p></article><footer><p>End</p></footer>';
    expect(findArticleRoot(document)?.tagName).toBe('ARTICLE');
    const { roots, exclude } = pageRoots(document);
    const map = buildTextMap(roots, { visible, exclude });
    expect(map.text.indexOf('Body text')).toBeLessThan(map.text.indexOf('Top story'));
    expect(map.text.split('Body text')).toHaveLength(2); // once, not twice
  });

  it('reads nothing of a document in design mode (the whole page is an editor)', () => {
    document.body.innerHTML = '<article><p>Kiev</p></article>';
    document.designMode = 'on';
    try {
      expect(pageRoots(document).roots).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('prefers itemprop=articleBody', () => {
    document.body.innerHTML = '<article><h1>T</h1><div itemprop="articleBody"><p>x</p></div></article>';
    expect(findArticleRoot(document)?.getAttribute('itemprop')).toBe('articleBody');
  });

  it('maps a changed text node to its block', () => {
    document.body.innerHTML = '<article><p id="p">a <b>bold</b> word</p></article>';
    const bold = document.querySelector('b')!.firstChild!;
    expect((blockOf(bold) as Element).id).toBe('p');
  });
});
