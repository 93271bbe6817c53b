// storage.session: kept while the browser runs, across service-worker restarts. Errors are
// ignored and a missing storage.session reads as empty: callers keep their own copy in memory.
import browser from 'webextension-polyfill';

export async function readSession(key: string): Promise<unknown> {
  const stored = (await browser.storage.session?.get(key).catch(() => ({}))) as Record<string, unknown> | undefined;
  return stored?.[key];
}

export async function writeSession(key: string, value: unknown): Promise<void> {
  await browser.storage.session?.set({ [key]: value }).catch(() => {});
}

export async function removeSession(key: string): Promise<void> {
  await browser.storage.session?.remove(key).catch(() => {});
}
