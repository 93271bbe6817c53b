// Per-tab reports. Kept in memory and mirrored to storage.session, because the service worker
// may be stopped between a page's report and the popup asking for it.
import { clearBadge, setBadge } from '../platform/action';
import { translate, uiLanguage } from '../platform/browser';
import { readSession, removeSession, writeSession } from '../platform/session-store';
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
    // White text reads on every party colour (tests/unit/party-colours.test.ts checks it).
    setBadge(tabId, {
      text: badgeText(state.report),
      colour: badgeColour(state.report?.summary.lean ?? null),
      textColour: '#ffffff',
      title: badgeTitle(state.report, translate, uiLanguage()),
    }),
    writeSession(KEY(tabId), state),
  ]);
}

export async function getTabReport(tabId: number): Promise<TabState | null> {
  const inMemory = memory.get(tabId);
  if (inMemory) return inMemory;
  return ((await readSession(KEY(tabId))) as TabState | undefined) ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await Promise.all([clearBadge(tabId, badgeTitle(null, translate, uiLanguage())), removeSession(KEY(tabId))]);
}
