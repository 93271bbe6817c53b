// Options page entry: the browser's translator, then the page.
import { render } from 'preact';
import { message, translate, uiLanguage, uiLocale } from '../platform/browser';
import { setTranslator } from '../ui/i18n';
import { createOptionsApi } from './api';
import { Options } from './Options';
import '../ui/theme.css';

setTranslator(translate, uiLanguage());
document.documentElement.lang = uiLocale();
document.title = message('optionsTitle', document.title);
render(<Options api={createOptionsApi()} />, document.getElementById('app')!);
