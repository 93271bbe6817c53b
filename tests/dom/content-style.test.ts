// "Underline only" in a browser without the Highlight API — happy-dom is one: like such a
// browser it drops a rule whose selector list holds `::highlight()`, so this is the <mark>
// fallback's case, where the fills must still go.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/shared/report';
import { applyHighlightStyle, UNDERLINE_ONLY } from '../../src/content/style-settings';

const selectors = (sheet: CSSStyleSheet): string[] => [...sheet.cssRules].map((r) => (r as CSSStyleRule).selectorText);

describe('underline-only style sheet', () => {
  it('gives each selector a rule of its own (one list with ::highlight() is dropped whole without the API)', () => {
    for (const rule of UNDERLINE_ONLY.split('\n')) expect(rule.slice(0, rule.indexOf('{'))).not.toContain(',');
  });

  it('without the Highlight API, the marks of every category lose their fill; abort removes the sheet', () => {
    const controller = new AbortController();
    const before = document.adoptedStyleSheets.length;
    applyHighlightStyle(document, 'underline-only', controller.signal);
    const sheet = document.adoptedStyleSheets.at(-1)!;
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    for (const c of CATEGORIES) expect(selectors(sheet)).toContain(`mark.framing-lens-${c}`);
    for (const rule of sheet.cssRules) expect((rule as CSSStyleRule).style.backgroundColor).toBe('transparent');
    controller.abort();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('adds nothing for the default colours', () => {
    const controller = new AbortController();
    const before = document.adoptedStyleSheets.length;
    applyHighlightStyle(document, 'colours', controller.signal);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });
});
