// Background service worker: per-tab reports and the badge, message routing between the
// popup and the content scripts, the keyboard commands, scanning on demand and on the sites
// the reader added, and settings migration on install/update.
//
//   content ─report─▶ tabs.ts (badge)        popup ─getReport/scanTab/scrollToFinding─▶ here ─▶ tab
//   content ─complete─▶ complete.ts (a piece of the page's text reported whole)
//   commands (next/previous-finding) ─▶ tab  storage change ─▶ syncAutoSites
import { onToolbarClick } from '../platform/action';
import { listen, sendToTab, uiLanguage } from '../platform/browser';
import { onCommand } from '../platform/commands';
import { onInstalled } from '../platform/runtime';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import { onTabLoading, onTabRemoved, tabUrl } from '../platform/tabs';
import { clearTab, getTabReport, setTabReport } from './tabs';
import { completeText, warmEngine } from './complete';
import { isScannable, scanTab, syncAutoSites } from './inject';
import { describeReport, type Descriptions } from '../shared/describe';
import { inLanguage } from '../shared/localized';
import { MESSAGES } from '../shared/messages';
import descriptionsJson from '../lexicon/generated/descriptions.json';

const descriptions = descriptionsJson as Descriptions;

listen(MESSAGES, {
  async report({ report, url }, sender) {
    const tabId = sender.tab?.id;
    // Reports come from the top frame only: a frame's report would overwrite the page's.
    if (tabId === undefined || sender.frameId !== 0) return { ok: false };
    // The content script's engine carries no descriptions: they are filled in here, once.
    await setTabReport(tabId, { report: report && describeReport(report, descriptions, uiLanguage()), url });
    return { ok: true };
  },
  async complete({ text, links, quotes }) {
    return { report: await completeText(text, links, quotes) };
  },
  getSettings() {
    warmEngine();
    return loadSettings();
  },
  describe({ entryIds }) {
    const entries: Record<string, { explanation: string; reference: string }> = {};
    const lang = uiLanguage();
    for (const id of entryIds) {
      const d = descriptions.entries[id];
      if (d) entries[id] = { explanation: inLanguage(d.explanation, lang), reference: d.reference };
    }
    return { entries };
  },
  async getReport({ tabId }) {
    if (tabId === undefined) return { report: null, url: null };
    const state = await getTabReport(tabId);
    return { report: state?.report ?? null, url: state?.url ?? null };
  },
  async scanTab({ tabId }) {
    return scanTab(tabId, await tabUrl(tabId));
  },
  async scrollToFinding({ tabId, findingId }) {
    if (tabId === undefined) return { ok: false, error: 'tabId is required' };
    return (await sendToTab(tabId, 'scrollToFinding', { findingId }).catch(() => undefined)) ?? { ok: false };
  },
});

// Toolbar click. Fires only while the action has no popup; once the popup exists it sends
// `scanTab` for the active tab instead.
onToolbarClick((tab) => {
  if (tab.id !== undefined && isScannable(tab.url)) void scanTab(tab.id, tab.url);
});

onCommand((command, tabId) => {
  const direction = command === 'next-finding' ? 1 : command === 'previous-finding' ? -1 : 0;
  if (!direction || tabId === undefined) return;
  void sendToTab(tabId, 'nextFinding', { direction }).catch(() => {});
});

// A new page in the tab: the old page's report and badge go (the new page's content script,
// if any, reports again once it has scanned).
onTabLoading((tabId) => void clearTab(tabId));
onTabRemoved((tabId) => void clearTab(tabId));

// Settings written by an older version are migrated once, when the extension updates.
onInstalled(() => {
  void loadSettings().then(async ({ settings, migrated, rejected }) => {
    if (migrated.length || rejected.length) await saveSettings(settings);
    await syncAutoSites(settings.autoSites);
  });
});
onSettingsChanged(() => {
  void loadSettings().then(({ settings }) => syncAutoSites(settings.autoSites));
});
