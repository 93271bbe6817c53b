// The popup and the background share one rule for which pages can be scanned: before, the
// background injected into PDFs and web stores that the popup said could not be scanned.
import { describe, expect, it } from 'vitest';
import { isScannable } from '../../src/shared/scannable'; // what src/background/inject.ts exports
import { unscannableReason } from '../../src/popup/state';

describe('one rule for "can this URL be scanned"', () => {
  it.each([
    ['https://www.reuters.com/world/', null],
    ['http://example.org/a', null],
    ['https://example.org/report.pdf', 'pdf'],
    ['https://example.org/report.PDF?x=1', 'pdf'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['chrome://extensions/', 'browser-page'],
    ['chrome-extension://abc/src/popup/index.html', 'browser-page'],
    ['moz-extension://abc/src/options/index.html', 'browser-page'],
    ['about:blank', 'browser-page'],
  ])('%s', (url, reason) => {
    expect(unscannableReason(url)).toBe(reason);
    expect(isScannable(url)).toBe(reason === null);
  });

  it('a URL hidden from the extension (activeTab without "tabs") is left to the browser', () => {
    expect(unscannableReason(undefined)).toBeNull();
    expect(isScannable(undefined)).toBe(true);
  });
});
