// Typed messages between the extension's parts, and the UI strings. Only src/platform imports
// webextension-polyfill, and it hands out named functions, never the browser object, so the
// engine, the shared code and the DOM code stay testable without a browser.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { makeMessage, parseMessage, senderKind, type Accepted, type Handlers, type MessageName, type RequestOf, type ResponseOf } from '../shared/messages';

/** The extension's own origin ("chrome-extension://ID/"), to tell its pages from web pages. */
export function ownOrigin(): string {
  return browser.runtime.getURL('');
}

/** Send a typed message to the background (or the extension's pages). */
export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N> | undefined> {
  return (await browser.runtime.sendMessage(makeMessage(type, payload))) as ResponseOf<N> | undefined;
}

/** Send a typed message to the content script of a tab (top frame). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  type: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N> | undefined> {
  return (await browser.tabs.sendMessage(tabId, makeMessage(type, payload), { frameId: 0 })) as
    | ResponseOf<N>
    | undefined;
}

/**
 * Listen for typed messages of the kinds `accepted` lists. Messages of another type, wrong shape
 * or from a sender that may not send them are ignored (no response), as are messages without a
 * handler here.
 */
export function listen(accepted: Accepted, handlers: Handlers, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const message = parseMessage(raw, senderKind(sender, browser.runtime.id, ownOrigin()), accepted);
    if (!message) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** A localized string from _locales, or `fallback` when the key is missing (or no i18n API). */
export function message(key: string, fallback: string): string {
  try {
    return translate(key) || fallback;
  } catch {
    return fallback;
  }
}

/** The page translator for src/ui/i18n.ts: '' for a missing key, as chrome.i18n gives. */
export function translate(key: string, substitutions?: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions?.map(String));
}

/** The browser's UI locale as a language tag ("en-US"), for a page's lang attribute. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/**
 * The reader's UI language among the ones the lexicon labels carry: the language of the
 * _locales file chrome.i18n serves (its `messagesLanguage` message), so a party label and a
 * plural form match the text around them. getUILanguage() can disagree with that file: the
 * service worker of a Chromium started with --lang=ru says "en-US" and serves _locales/ru.
 */
export function uiLanguage(): 'en' | 'ru' | 'uk' {
  const lang = message('messagesLanguage', '') || (browser.i18n?.getUILanguage?.() ?? 'en').slice(0, 2);
  return lang === 'ru' || lang === 'uk' ? lang : 'en';
}
