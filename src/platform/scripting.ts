// Running the content script outside the manifest's matches: injected into one tab, or
// registered for more sites. The file names come from the built manifest, so they are always
// the ones the build emitted.
import browser from 'webextension-polyfill';

function contentFiles(): { js: string[]; css: string[] } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: cs?.js ?? [], css: cs?.css ?? [] };
}

/** Inject the content script (and its CSS) into a tab's top frame. */
export async function injectContentScript(tabId: number): Promise<void> {
  const { js, css } = contentFiles();
  if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** Unregister the script registered under `id`, if any: unregistering an unknown id fails. */
export async function unregisterContentScript(id: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Register the content script under `id` for `matches`, run as the manifest's is, kept across restarts. */
export async function registerContentScript(id: string, matches: string[]): Promise<void> {
  const { js, css } = contentFiles();
  await browser.scripting.registerContentScripts([
    { id, matches, js, css, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}
