// UI strings. Pages install the browser's translator (chrome.i18n.getMessage through the
// platform module) at start-up; tests install one that reads _locales/<lang>/messages.json.
// Kept free of browser imports so components render in happy-dom without an extension.
import type { Translate } from '../shared/i18n';

let translate: Translate = (key) => key;
let language = 'en';

export function setTranslator(fn: Translate, lang = 'en'): void {
  translate = fn;
  language = lang;
}

/** The message for `key`; the key itself when a locale lacks it, so a gap is visible, not blank. */
export function t(key: string, ...subs: (string | number)[]): string {
  return translate(key, subs.length ? subs : undefined) || key;
}

/** `t` as a translator of the shared code takes it (its substitutions in one list): the Markdown labels. */
export const translator: Translate = (key, subs) => t(key, ...(subs ?? []));

/** The UI language ('en' | 'ru' | 'uk'), for data that carries its own translations (party labels). */
export function uiLanguage(): 'en' | 'ru' | 'uk' {
  return language === 'ru' || language === 'uk' ? language : 'en';
}
