// Which text of an HTML page the CLI analyzes (probe 14 found the real article dropped, page
// chrome counted, and quotations read as the outlet's own words).
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';
import { createEngine } from '../../src/engine';

const text = (html: string) => htmlToText(html).text;

describe('the article', () => {
  it('is not a sidebar card that comes first', () => {
    const html = '<body><aside><article class="card"><h3>Sidebar headline</h3></article></aside><main><article><p>The real article.</p></article></main></body>';
    expect(text(html)).toBe('The real article.');
  });

  it('is every post of a live blog', () => {
    const html = '<body><nav>Menu</nav><main><h1>War live</h1><div class="feed"><article><p>09:05 First post.</p></article><article><p>09:40 Second post.</p></article></div></main></body>';
    expect(text(html)).toBe('War live\n\n09:05 First post.\n\n09:40 Second post.');
  });

  it('keeps its own header and headline, and takes a headline set above it', () => {
    expect(text('<body><header>Site</header><article><header><h1>Headline</h1><p class="byline">By A. Writer</p></header><p>Body.</p></article></body>'))
      .toBe('Headline\n\nBy A. Writer\n\nBody.');
    expect(text('<body><div class="hero"><h1>Headline above</h1></div><article><p>Body.</p></article></body>')).toBe('Headline above\n\nBody.');
  });

  it('is read inside a page-wide form (ASP.NET pages)', () => {
    expect(text('<body><form id="form1"><input value="x"><article><p>Body text.</p></article></form></body>')).toBe('Body text.');
  });

  it('leaves out comments, newsletter boxes, related links, landmarks of chrome and media fallbacks', () => {
    const html = '<body><div role="navigation">Menu words</div><article><p>Body.</p><div class="newsletter">Sign up</div>' +
      '<p class="read-more">READ MORE: other story</p><section id="comments">A comment</section><video>Your browser cannot play this</video>' +
      '<p style="visibility: hidden">Hidden words</p></article><div class="footer">© Site</div></body>';
    expect(text(html)).toBe('Body.');
  });
});

describe('blocks and quotations', () => {
  it('makes each block a paragraph, so no phrase runs from a headline into the next block', () => {
    expect(text('<article><h2>Kiev</h2><p>regime officials declined.</p></article>')).toBe('Kiev\n\nregime officials declined.');
    expect(createEngine().analyze(text('<article><div>Kiev</div><div>regime officials declined.</div></article>')).findings.map((f) => f.text)).toEqual(['Kiev']);
  });

  it('gives a blockquote\'s lines and a <q> their quotation marks, so the engine reads them as a speaker\'s', () => {
    const extracted = text('<article><blockquote><p>The Kiev regime must understand.</p></blockquote><p>Putin called it <q>the liberation of Artemovsk</q> in Moscow.</p></article>');
    expect(extracted).toBe('“The Kiev regime must understand.”\n\nPutin called it “the liberation of Artemovsk” in Moscow.');
    expect(createEngine().analyze(extracted).findings.every((f) => f.quoted)).toBe(true);
  });

  it('keeps a fact box set as a blockquote in the outlet\'s voice', () => {
    expect(text('<article><blockquote class="infobox">Справка: Красноармейск — город в ДНР.</blockquote></article>')).toBe('Справка: Красноармейск — город в ДНР.');
  });

  // Probe 15: a class name that merely holds a chrome word dropped the article's body.
  it('reads an article body whose class names only hold such a word', () => {
    const html = '<article><h1>Headline</h1><div class="article-body has-ads"><p>Body.</p></div><section class="related-coverage"><p>More of the story.</p></section>' +
      '<div class="ads">Buy now</div></article>';
    expect(text(html)).toBe('Headline\n\nBody.\n\nMore of the story.');
  });

  it('takes the article with the headline, not the teaser cards after it', () => {
    const html = '<main><article><h1>The story</h1><p>Body.</p></article><section class="story-list"><article><h2>Teaser one</h2></article><article><h2>Teaser two</h2></article></section></main>';
    expect(text(html)).toBe('The story\n\nBody.');
  });

  it('leaves a pull quote\'s own quotation marks as they are, and parts a footnote from its word', () => {
    expect(text('<article><blockquote><p>“We will hold,” he said.</p></blockquote><p>Kiev<sup>1</sup> held.</p></article>')).toBe('“We will hold,” he said.\n\nKiev 1 held.');
  });
});

// The page's marked-up quotations, as the content script hands them over (src/content/walk.ts).
describe('quotations given as offsets', () => {
  it('make their findings a speaker\'s words, in the detection and in the report completed from the text', () => {
    const engine = createEngine();
    const page = 'The ministry spoke of the liberation of Avdiivka.\nThe liberation of Avdiivka is complete, Putin said.';
    const quote = { start: page.indexOf('\n') + 1, end: page.length };
    expect(engine.detect(page, { quotes: [quote] }).findings.map((f) => [f.start < quote.start ? 'outlet' : 'quote', f.quoted])).toEqual([['outlet', false], ['quote', true]]);
    expect(engine.analyze(page, { quotes: [quote] }).sentences.map((s) => s.neutral)).toEqual([
      'The ministry spoke of the capture of Avdiivka.',
      'The liberation of Avdiivka is complete, Putin said.',
    ]);
  });
});
