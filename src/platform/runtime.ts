// The extension's own life cycle and pages.
import browser from 'webextension-polyfill';

/** Call `listener` when the extension is installed or updated (or the browser updates). */
export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage();
}
