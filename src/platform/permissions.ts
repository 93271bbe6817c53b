// Optional host permissions: the reader's own sites, granted one by one in the options page.
import browser from 'webextension-polyfill';

export function hasOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Ask for access to `origins`. Must be called straight from a click (a user gesture). */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Give access to `origins` back. A refusal is ignored: the site leaves the reader's list (or the reset goes on) either way. */
export async function removeOrigins(origins: string[]): Promise<void> {
  await browser.permissions.remove({ origins }).catch(() => false);
}
