// The one rule for "can this URL be scanned", used by the popup (to say why not) and by the
// background (to decide whether to inject the content script at all).

/** Why a URL cannot be scanned. */
export type UnscannableReason = 'browser-page' | 'pdf' | 'store';

// Web stores: browsers refuse extension scripts there.
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/**
 * Why a URL cannot be scanned, or null when it can (or when the URL is hidden from us:
 * activeTab without the "tabs" permission, where the browser decides). Only http(s) pages
 * are scanned, so the extension's own pages and browser pages are 'browser-page'.
 */
export function unscannableReason(url: string | undefined | null): UnscannableReason | null {
  if (!url) return null;
  if (STORES.some((re) => re.test(url))) return 'store';
  if (/^https?:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  if (!/^https?:\/\//.test(url)) return 'browser-page';
  return null;
}

/** Whether the extension may scan a URL: the same rule as unscannableReason. */
export function isScannable(url: string | undefined | null): boolean {
  return unscannableReason(url) === null;
}
