// Background service worker: per-tab reports and the badge, message routing between the
// popup and the content scripts, the keyboard commands, scanning on demand and on the sites
// the reader added, and settings migration on install/update.
//
//   content ─report─▶ tabs.ts (badge)        popup ─getReport/scanTab/scrollToFinding─▶ here ─▶ tab
//   commands (next/previous-finding) ─▶ tab  storage change ─▶ syncAutoSites
import { browser, listen, sendToTab } from '../platform/browser';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import { clearTab, getTabReport, setTabReport } from './tabs';
import { isScannable, scanTab, syncAutoSites } from './inject';
import { describeReport, type Descriptions } from '../shared/describe';
import descriptionsJson from '../lexicon/generated/descriptions.json';

const descriptions = descriptionsJson as Descriptions;

listen({
  async report({ report, url }, sender) {
    const tabId = sender.tab?.id;
    // Reports come from the top frame only: a frame's report would overwrite the page's.
    if (tabId === undefined || sender.frameId !== 0) return { ok: false };
    // The content script's engine carries no descriptions: they are filled in here, once.
    await setTabReport(tabId, { report: report && describeReport(report, descriptions), url });
    return { ok: true };
  },
  describe({ entryIds }) {
    const entries: Record<string, { explanation: string; reference: string }> = {};
    for (const id of entryIds) {
      const d = descriptions.entries[id];
      if (d) entries[id] = { explanation: d.explanation, reference: d.reference };
    }
    return { entries };
  },
  async getReport({ tabId }) {
    if (tabId === undefined) return { report: null, url: null };
    const state = await getTabReport(tabId);
    return { report: state?.report ?? null, url: state?.url ?? null };
  },
  async scanTab({ tabId }) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    return scanTab(tabId, tab?.url);
  },
  async scrollToFinding({ tabId, findingId }) {
    if (tabId === undefined) return { ok: false, error: 'tabId is required' };
    return (await sendToTab(tabId, 'scrollToFinding', { findingId }).catch(() => undefined)) ?? { ok: false };
  },
});

// Toolbar click. Fires only while the action has no popup; once the popup exists it sends
// `scanTab` for the active tab instead.
browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined && isScannable(tab.url)) void scanTab(tab.id, tab.url);
});

browser.commands.onCommand.addListener((command, tab) => {
  const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
  if (!direction || tab?.id === undefined) return;
  void sendToTab(tab.id, 'nextFinding', { direction }).catch(() => {});
});

// A new page in the tab: the old page's report and badge go. (`change.url` is hidden without
// the "tabs" permission, so the status alone says a page is loading; the new page's content
// script, if any, reports again once it has scanned.)
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));

// Settings written by an older version are migrated once, when the extension updates.
browser.runtime.onInstalled.addListener(() => {
  void loadSettings().then(async ({ settings, migrated, rejected }) => {
    if (migrated.length || rejected.length) await saveSettings(settings);
    await syncAutoSites(settings.autoSites);
  });
});
onSettingsChanged(() => {
  void loadSettings().then(({ settings }) => syncAutoSites(settings.autoSites));
});
