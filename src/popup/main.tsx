// Popup entry: install the browser's translator, render, and record how long the first
// useful render took after the popup opened (performance.measure "framing-lens:popup").
import { render } from 'preact';
import { translate, uiLanguage, uiLocale } from '../platform/browser';
import { setTranslator } from '../ui/i18n';
import { createPopupApi } from './api';
import { Popup } from './Popup';
import '../ui/theme.css';

performance.mark('framing-lens:popup-script');
setTranslator(translate, uiLanguage());
document.documentElement.lang = uiLocale();

let measured = false;
render(
  <Popup
    api={createPopupApi()}
    onRendered={(state) => {
      if (measured) return;
      measured = true;
      // From the popup document's start (navigation) to the first state's DOM after loading.
      performance.measure('framing-lens:popup', { start: 0, end: performance.now(), detail: state.kind });
      document.documentElement.dataset.rendered = state.kind;
    }}
  />,
  document.getElementById('app')!,
);
