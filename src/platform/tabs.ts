// Tabs: which one the reader is looking at, its URL, and when its page goes.
import browser from 'webextension-polyfill';

export interface TabInfo {
  id?: number;
  /** Without the "tabs" permission, only for tabs the extension may access (activeTab, hosts). */
  url?: string;
}

/** The URL of a tab; undefined when the tab is gone or its URL hidden. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url;
}

/** The active tab of the current window (the one the popup opened over). */
export async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Call `listener` when a tab starts loading a page. `change.url` is hidden without the "tabs"
 * permission, so the status alone says a page is loading.
 */
export function onTabLoading(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') listener(tabId);
  });
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}
