// Sites where scanning runs by itself (each needs its host permission, asked for from the
// click and given back on removal) and sites where it never runs.
import { useState } from 'preact/hooks';
import { normalizeHost } from '../shared/hosts';
import { setSiteDisabled, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import type { OptionsApi } from './api';

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export function SitesSection({ settings, api, patch }: {
  settings: Settings; api: OptionsApi; patch(p: Partial<Settings>): Promise<boolean>;
}) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const site = normalizeHost(input);
    if (!HOST.test(site)) return setMessage(t('siteInvalid'));
    if (settings.autoSites.includes(site)) return setMessage(t('siteExists', site));
    // permissions.request must run inside the click's user gesture: no await before it.
    void api.requestSite(site).then(async (granted) => {
      if (!granted) return setMessage(t('sitePermissionDenied', site));
      if (await patch({ autoSites: [...settings.autoSites, site] })) {
        setInput('');
        setMessage(t('siteAdded', site));
      }
    }, (err: unknown) => setMessage(String(err)));
  };
  const remove = async (site: string) => {
    await api.revokeSite(site);
    await patch({ autoSites: settings.autoSites.filter((s) => s !== site) });
    setMessage(t('siteRemoved', site));
  };

  return (
    <fieldset>
      <legend>{t('sitesLegend')}</legend>
      <p class="hint">{t('sitesHint')}</p>
      <ul class="sites" aria-label={t('sitesLegend')}>
        {settings.autoSites.map((s) => (
          <li key={s}>
            <span>{s}</span>
            <button type="button" aria-label={t('siteRemoveLabel', s)} onClick={() => void remove(s)}>{t('remove')}</button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <label for="site-input">{t('siteAddLabel')}</label>
        <input id="site-input" type="text" inputMode="url" placeholder="example.org" value={input}
          onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('siteAddButton')}</button>
      </form>
      <p role="status" class="hint">{message}</p>

      <h2>{t('disabledSitesHeading')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="hint">{t('disabledSitesNone')}</p>
      ) : (
        <ul class="sites" aria-label={t('disabledSitesHeading')}>
          {settings.disabledSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={t('siteEnableLabel', s)}
                onClick={() => void patch({ disabledSites: setSiteDisabled(settings, s, false) })}>
                {t('siteEnable')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
