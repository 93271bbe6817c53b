// The toolbar button: its badge and tooltip per tab, and clicks on it.
import browser from 'webextension-polyfill';
import type { TabInfo } from './tabs';

export interface Badge {
  text: string;
  colour: string;
  textColour: string;
  /** The button's tooltip. */
  title: string;
}

export async function setBadge(tabId: number, { text, colour, textColour, title }: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: colour }),
    browser.action.setTitle({ tabId, title }),
  ]);
  // Chrome 110+ only (the manifest allows 105); older builds keep their default text colour.
  await (browser.action as { setBadgeTextColor?: (d: object) => Promise<void> }).setBadgeTextColor?.({ tabId, color: textColour })?.catch?.(() => {});
}

/** Empty the badge and set the tooltip. Errors are ignored: the tab may be closed already. */
export async function clearBadge(tabId: number, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}),
    browser.action.setTitle({ tabId, title }).catch(() => {}),
  ]);
}

export function onToolbarClick(listener: (tab: TabInfo) => void): void {
  browser.action.onClicked.addListener((tab) => listener(tab));
}
