// The popup's side effects, through the platform module: which tab, its report, scanning it,
// scrolling to a sentence, turning a site off, the clipboard.
//
//   ?tabId=N (tests) or the active tab ─▶ URL ─▶ unscannable? site off? ─▶ background report
//   ─▶ else ask the content script (running but no article text) ─▶ else offer "scan this page"
import { send, sendToTab } from '../platform/browser';
import { openOptionsPage } from '../platform/runtime';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { activeTab, tabUrl } from '../platform/tabs';
import { hostOf, normalizeHost } from '../shared/hosts';
import { isSiteDisabled, setSiteDisabled } from '../shared/settings';
import { unscannableReason, type PopupApi, type PopupState } from './state';

async function targetTab(): Promise<{ id: number; url: string | null }> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    return { id, url: (await tabUrl(id)) ?? null };
  }
  const tab = await activeTab();
  if (tab?.id === undefined) throw new Error('no active tab');
  return { id: tab.id, url: tab.url ?? null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createPopupApi(): PopupApi {
  let tab: { id: number; url: string | null } | null = null;

  async function current(): Promise<PopupState> {
    tab ??= await targetTab();
    const reason = unscannableReason(tab.url);
    if (reason) return { kind: 'unscannable', reason };
    // Both at once: the popup should show the report within 100 ms of the click.
    const [stored, { settings }] = await Promise.all([
      send('getReport', { tabId: tab.id }).catch(() => undefined),
      loadSettings(),
    ]);
    const url = tab.url ?? stored?.url ?? null;
    const host = hostOf(url);
    if (host && isSiteDisabled(settings, host)) return { kind: 'site-off', host };
    // The filter is said, not silent: a report under "high only" lacks most of the page's flags.
    const filter = settings.minSeverity === 'low' ? {} : { minSeverity: settings.minSeverity };
    if (stored?.report) return { kind: 'report', report: stored.report, host, url, ...filter };
    // No report in the background: is a content script running without article text?
    const live = await sendToTab(tab.id, 'getReport', {}).catch(() => undefined);
    if (live?.report) return { kind: 'report', report: live.report, host: host ?? hostOf(live.url), url: live.url, ...filter };
    if (live) return { kind: 'no-text', host: host ?? hostOf(live.url) };
    return { kind: 'not-scanned', host };
  }

  return {
    load: current,
    async scan() {
      tab ??= await targetTab();
      const answer = await send('scanTab', { tabId: tab.id }).catch((e: unknown) => ({ ok: false, error: String(e) }));
      if (!answer?.ok) return { kind: 'unscannable', reason: 'error', detail: answer?.error };
      // The scan runs in idle time and reports after a short debounce: wait for it.
      // After three seconds without a report, say what was last seen (site off, not scanned,
      // no article text) rather than assume "no text".
      let state: PopupState = { kind: 'scanning', host: hostOf(tab.url) };
      for (let i = 0; i < 30; i++) {
        await sleep(100);
        state = await current();
        if (state.kind === 'report') return state;
      }
      return state;
    },
    async scrollTo(findingId) {
      tab ??= await targetTab();
      const answer = await send('scrollToFinding', { tabId: tab.id, findingId }).catch(() => undefined);
      return answer?.ok ?? false;
    },
    async setSiteEnabled(host, enabled) {
      const { settings } = await loadSettings();
      const site = normalizeHost(host);
      await saveSettings({ ...settings, disabledSites: setSiteDisabled(settings, site, !enabled) });
      if (!enabled) return { kind: 'site-off', host: site };
      // The running content script restarts on the storage change; elsewhere, scan now.
      return this.scan();
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    openOptions: openOptionsPage,
  };
}
