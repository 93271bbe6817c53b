// Per-tab reports. Kept in memory and mirrored to storage.session, because the service worker
// may be stopped between a page's report and the popup asking for it.
import { browser } from '../platform/browser';
import type { Report } from '../shared/report';
import { badgeColour, badgeText, badgeTitle } from './badge';

export interface TabState {
  report: Report | null;
  url: string;
}

const KEY = (tabId: number): string => `tab:${tabId}`;
const memory = new Map<number, TabState>();

export async function setTabReport(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(state.report) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badgeColour(state.report?.summary.lean ?? null) }),
    browser.action.setTitle({ tabId, title: badgeTitle(state.report) }),
    browser.storage.session?.set({ [KEY(tabId)]: state }).catch(() => {}),
  ]);
  // White text on the party colour (Chrome 110+; older builds keep their default).
  await (browser.action as { setBadgeTextColor?: (d: object) => Promise<void> }).setBadgeTextColor?.({ tabId, color: '#ffffff' })?.catch?.(() => {});
}

export async function getTabReport(tabId: number): Promise<TabState | null> {
  const inMemory = memory.get(tabId);
  if (inMemory) return inMemory;
  const stored = (await browser.storage.session?.get(KEY(tabId)).catch(() => ({}))) as Record<string, TabState> | undefined;
  return stored?.[KEY(tabId)] ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}),
    browser.action.setTitle({ tabId, title: badgeTitle(null) }).catch(() => {}),
    browser.storage.session?.remove(KEY(tabId)).catch(() => {}),
  ]);
}
