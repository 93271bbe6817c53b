// The reader's highlight style. The default look comes from highlights.css (manifest CSS);
// "underline only" drops the fills through a constructed stylesheet in adoptedStyleSheets,
// which changes no node of the page and is removed on teardown.
import type { HighlightStyle } from '../shared/settings';
import { CATEGORIES } from '../shared/report';
import { HIGHLIGHT_PREFIX } from './highlighter';

const UNDERLINE_ONLY = CATEGORIES.map(
  (c) => `::highlight(${HIGHLIGHT_PREFIX}${c}), mark.${HIGHLIGHT_PREFIX}${c} { background-color: transparent; }`,
).join('\n');

export function applyHighlightStyle(doc: Document, style: HighlightStyle, signal: AbortSignal): void {
  if (style === 'colours' || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(UNDERLINE_ONLY);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  signal.addEventListener(
    'abort',
    () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );
}
