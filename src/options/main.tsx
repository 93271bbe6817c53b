// Options page entry: the browser's translator, then the page.
import { render } from 'preact';
import { browser, uiLanguage } from '../platform/browser';
import { setTranslator } from '../ui/i18n';
import { createOptionsApi } from './api';
import { Options } from './Options';
import '../ui/theme.css';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs?.map(String)), uiLanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle') || document.title;
render(<Options api={createOptionsApi()} />, document.getElementById('app')!);
