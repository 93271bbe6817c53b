// The reader's highlight style. The default look comes from highlights.css (manifest CSS);
// "underline only" drops the fills through a constructed stylesheet in adoptedStyleSheets,
// which changes no node of the page and is removed on teardown.
import type { HighlightStyle } from '../shared/settings';
import { CATEGORIES } from '../shared/report';
import { HIGHLIGHT_PREFIX } from './highlighter';

/**
 * Two rules per category, never one selector list: a browser without the Highlight API (the
 * only one where the <mark> fallback runs) drops a whole rule whose list holds `::highlight()`,
 * so the marks would keep their fills (highlights.css keeps them apart for the same reason).
 */
export const UNDERLINE_ONLY = CATEGORIES.flatMap((c) => [
  `::highlight(${HIGHLIGHT_PREFIX}${c}) { background-color: transparent; }`,
  `mark.${HIGHLIGHT_PREFIX}${c} { background-color: transparent; }`,
]).join('\n');

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
