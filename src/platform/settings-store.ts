// Settings in browser storage: sync for the settings, local for a large custom-term list
// (the layout and the three-step load live in src/shared/settings.ts).
import browser, { type Storage } from 'webextension-polyfill';
import {
  readSettings,
  writeSettings,
  SETTINGS_KEYS,
  type LoadResult,
  type Settings,
  type SettingsArea,
} from '../shared/settings';

function area(storage: Storage.StorageArea): SettingsArea {
  return {
    get: (keys) => storage.get(keys) as Promise<Record<string, unknown>>,
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
  };
}

export function loadSettings(): Promise<LoadResult> {
  return readSettings(area(browser.storage.sync), area(browser.storage.local));
}

export function saveSettings(settings: Settings): Promise<void> {
  return writeSettings(area(browser.storage.sync), area(browser.storage.local), settings);
}

/** Call `onChange` whenever stored settings change (in this or another context). */
export function onSettingsChanged(onChange: () => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (Object.keys(changes).some((k) => SETTINGS_KEYS.includes(k))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
