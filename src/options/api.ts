// The options page's side effects, through the platform module: settings storage, the
// optional host permissions for the reader's sites, telling the background, downloads.
import { removeOrigins, requestOrigins } from '../platform/permissions';
import { loadSettings, onSettingsChanged, saveSettings } from '../platform/settings-store';
import { sitePatterns, type Settings } from '../shared/settings';

export interface OptionsApi {
  load(): Promise<Settings>;
  /** Rejects with the storage error (a quota, say); the page keeps its state and shows it. */
  save(settings: Settings): Promise<void>;
  /** Ask for the site's host permission. Must be called straight from the click (user gesture). */
  requestSite(site: string): Promise<boolean>;
  revokeSite(site: string): Promise<void>;
  download(name: string, text: string, type: string): void;
  onExternalChange(cb: () => void): void;
}


export function createOptionsApi(): OptionsApi {
  return {
    load: async () => (await loadSettings()).settings,
    async save(settings) {
      // The service worker re-registers the reader's sites, and open tabs rescan, on
      // storage.onChanged: also when settings sync in from another device.
      await saveSettings(settings);
    },
    requestSite: (site) => requestOrigins(sitePatterns(site)),
    revokeSite: (site) => removeOrigins(sitePatterns(site)),
    download(name, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    onExternalChange: (cb) => onSettingsChanged(cb),
  };
}
