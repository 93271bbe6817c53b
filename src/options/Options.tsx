// The options page. Every change is saved at once (storage.sync; a large custom list goes to
// storage.local), and open tabs re-scan on the storage change. When a save fails (a quota),
// the page keeps what the reader set, says what went wrong, and offers to try again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SEVERITIES } from '../shared/report';
import { DEFAULT_SETTINGS, type Settings, type SeverityThreshold } from '../shared/settings';
import { t } from '../ui/i18n';
import { categoryLabel, severityLabel } from '../ui/labels';
import type { OptionsApi } from './api';
import { CustomTerms } from './CustomTerms';
import { PACKS } from './packs';
import { SitesSection } from './SitesSection';

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  // Each reset starts the sections anew: their notices ("Imported 2 terms") were about settings
  // that are gone.
  const [generation, setGeneration] = useState(0);
  // Focus goes back to the Reset button when its question closes, not to the page's body.
  const refocusReset = useRef(false);
  const pending = useRef<Settings | null>(null);

  useEffect(() => {
    void api.load().then(setSettings);
    // Another page changed settings (the popup turned a site off): show it, unless a save failed.
    api.onExternalChange(() => {
      if (!pending.current) void api.load().then(setSettings);
    });
  }, [api]);

  if (!settings) return <p role="status">{t('stateLoading')}</p>;

  const update = async (next: Settings): Promise<boolean> => {
    setSettings(next);
    pending.current = next;
    try {
      await api.save(next);
      pending.current = null;
      setError('');
      setSaved(t('savedNotice'));
      return true;
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
      setSaved('');
      return false;
    }
  };
  const patch = (p: Partial<Settings>) => update({ ...settings, ...p });
  // Reset empties the reader's sites: give back their host permissions, as removing one site
  // does (SitesSection), so the extension keeps no access the settings no longer use.
  const reset = async () => {
    await Promise.all(settings.autoSites.map((site) => api.revokeSite(site)));
    if (await update(structuredClone(DEFAULT_SETTINGS))) setGeneration((g) => g + 1);
  };
  const closeReset = () => {
    refocusReset.current = true;
    setConfirmReset(false);
  };

  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <div role="alert" class="error">
          <p>{error}</p>
          <button type="button" onClick={() => pending.current && void update(pending.current)}>{t('retrySave')}</button>
        </div>
      )}
      <p role="status" class="hint">{saved}</p>

      <fieldset>
        <legend>{t('categoriesLegend')}</legend>
        {CATEGORIES.map((c) => (
          <div class="row" key={c}>
            <label>
              <input
                type="checkbox"
                name={`category-${c}`}
                checked={settings.categories[c]}
                onChange={(e) => patch({ categories: { ...settings.categories, [c]: e.currentTarget.checked } })}
              />{' '}
              {categoryLabel(c)}
            </label>
          </div>
        ))}
        <div class="row">
          <label for="severity">{t('severityLabel')}</label>
          <select
            id="severity"
            value={settings.minSeverity}
            onChange={(e) => patch({ minSeverity: e.currentTarget.value as SeverityThreshold })}
          >
            {SEVERITIES.map((s) => <option key={s} value={s}>{severityLabel(s)}</option>)}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('packsLegend')}</legend>
        {PACKS.map((p) => (
          <div class="row" key={p.id}>
            <label>
              <input
                type="checkbox"
                name={`pack-${p.id}`}
                checked={!settings.disabledPacks.includes(p.id)}
                onChange={(e) => {
                  const rest = settings.disabledPacks.filter((x) => x !== p.id);
                  patch({ disabledPacks: e.currentTarget.checked ? rest : [...rest, p.id] });
                }}
              />{' '}
              {t(p.key)}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('styleLegend')}</legend>
        {(['colours', 'underline-only'] as const).map((s) => (
          <div class="row" key={s}>
            <label>
              <input
                type="radio"
                name="highlight-style"
                value={s}
                checked={settings.highlightStyle === s}
                onChange={() => patch({ highlightStyle: s })}
              />{' '}
              {t(s === 'colours' ? 'styleColours' : 'styleUnderline')}
            </label>
          </div>
        ))}
      </fieldset>

      <SitesSection key={`sites-${generation}`} settings={settings} api={api} patch={patch} />
      <CustomTerms key={`terms-${generation}`} settings={settings} api={api} patch={patch} />

      <fieldset>
        <legend>{t('resetLegend')}</legend>
        {!confirmReset ? (
          <button
            type="button"
            class="danger"
            ref={(b) => {
              if (b && refocusReset.current) {
                refocusReset.current = false;
                b.focus();
              }
            }}
            onClick={() => setConfirmReset(true)}
          >
            {t('resetButton')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="reset-q" class="row">
            <p id="reset-q">{t('resetConfirm')}</p>
            <button
              type="button"
              class="danger"
              ref={(b) => b?.focus()}
              onClick={() => {
                closeReset();
                void reset();
              }}
            >
              {t('resetYes')}
            </button>
            <button type="button" onClick={closeReset}>{t('cancel')}</button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
