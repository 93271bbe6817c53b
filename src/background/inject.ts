// Scanning on demand and on the sites the reader added. The manifest's content script covers
// the outlet lexicon's domains; elsewhere the same file is injected on a toolbar click
// (activeTab + scripting) or registered for the reader's sites once they granted the host
// permission in the options page.
import { sendToTab } from '../platform/browser';
import { hasOrigin } from '../platform/permissions';
import { injectContentScript, registerContentScript, unregisterContentScript } from '../platform/scripting';
import { isScannable } from '../shared/scannable';
import { sitePatterns } from '../shared/settings';

const AUTO_SITES_ID = 'framing-lens-auto-sites';

/**
 * Whether a URL is a web page the extension may scan: the popup's rule (src/shared/scannable.ts),
 * so the background never injects where the popup says a page cannot be scanned (a PDF, a web
 * store). The extension's own pages are not http(s), so that rule already refuses them.
 */
export { isScannable };

/** Scan a tab now: ask a running content script, or inject one. */
export async function scanTab(tabId: number, url?: string): Promise<{ ok: boolean; error?: string }> {
  if (!isScannable(url)) return { ok: false, error: 'This page cannot be scanned.' };
  try {
    const answer = await sendToTab(tabId, 'rescan', {});
    if (answer?.ok) return { ok: true };
  } catch {
    /* no content script in the page yet */
  }
  try {
    await injectContentScript(tabId);
    // A fresh injection only scans pages with article text; the reader asked, so insist.
    await sendToTab(tabId, 'rescan', {}).catch(() => {});
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Keep the registered content script for the reader's sites in step with settings. Calls run
 * one after another: on install and on storage.onChanged they can overlap, and two interleaved
 * re-registrations fail on the script's id (registered twice, or unregistered twice).
 */
export function syncAutoSites(sites: string[]): Promise<void> {
  const next = syncing.then(() => registerAutoSites(sites));
  syncing = next.catch(() => {});
  return next;
}

async function registerAutoSites(sites: string[]): Promise<void> {
  await unregisterContentScript(AUTO_SITES_ID);
  const matches: string[] = [];
  for (const site of sites) {
    for (const pattern of sitePatterns(site)) {
      // Only sites whose permission the reader granted: registering others would fail.
      if (await hasOrigin(pattern)) matches.push(pattern);
    }
  }
  if (!matches.length) return;
  await registerContentScript(AUTO_SITES_ID, matches);
}
