// The toolbar popup: one state at a time (src/popup/state.ts), the report when there is one.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { markdownLabels } from '../shared/markdown-labels';
import { reportToMarkdown } from '../shared/report-markdown';
import type { Report } from '../shared/report';
import { OutletsView, SentencesView, SourcesView, SummaryView } from '../ui/ReportView';
import { t, translator, uiLanguage } from '../ui/i18n';
import type { PopupApi, PopupState } from './state';

const failed = (e: unknown): PopupState => ({ kind: 'unscannable', reason: 'error', detail: String(e) });

export function Popup({ api, onRendered }: { api: PopupApi; onRendered?: (state: PopupState) => void }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    api.load().then(
      (s) => {
        performance.mark('framing-lens:popup-data');
        setState(s);
      },
      (e: unknown) => setState(failed(e)),
    );
  }, [api]);
  // Layout effect: runs once the state's DOM is committed, before the browser paints it.
  useLayoutEffect(() => {
    if (state.kind !== 'loading') onRendered?.(state);
  }, [state]);

  const run = (next: Promise<PopupState>, busy: PopupState) => {
    setState(busy);
    next.then(setState, (e: unknown) => setState(failed(e)));
  };
  const host = 'host' in state ? state.host : null;
  const setSite = (h: string, on: boolean) => run(api.setSiteEnabled(h, on), { kind: 'scanning', host: h });
  const scan = () => run(api.scan(), { kind: 'scanning', host });
  const copy = async (report: Report, format: 'md' | 'json') => {
    const text = format === 'md' ? reportToMarkdown(report, markdownLabels(translator, uiLanguage())) : JSON.stringify(report, null, 2);
    setStatus((await api.copy(text)) ? t(format === 'md' ? 'copiedMarkdown' : 'copiedJson') : t('copyFailed'));
  };

  return (
    <div class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => api.openOptions()}>
          {t('openOptions')}
        </button>
      </header>
      <main aria-busy={state.kind === 'loading' || state.kind === 'scanning'}>
        {/* First, above a report that runs far below the popup's 600 px: the switch is what a reader reaches for. */}
        {host && state.kind !== 'site-off' && state.kind !== 'loading' && state.kind !== 'scanning' && (
          <SiteSwitch host={host} on onChange={(on) => setSite(host, on)} />
        )}
        <Body state={state} scan={scan} api={api} copy={copy} setSite={setSite} />
      </main>
      <p class="status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}

function Body({ state, scan, api, copy, setSite }: {
  state: PopupState; scan(): void; api: PopupApi; copy(r: Report, f: 'md' | 'json'): void;
  setSite(host: string, on: boolean): void;
}) {
  switch (state.kind) {
    case 'loading':
      return <p class="state" data-state="loading">{t('stateLoading')}</p>;
    case 'scanning':
      return <p class="state" data-state="scanning">{t('stateScanning')}</p>;
    case 'unscannable':
      return (
        <div class="state" data-state="unscannable">
          <h2>{t('stateUnscannableTitle')}</h2>
          <p>{t(`stateUnscannable_${state.reason.replace('-', '_')}`)}</p>
          {/* The browser's own message is in English and for developers: there if asked for. */}
          {state.detail && (
            <details class="detail">
              <summary>{t('technicalDetails')}</summary>
              <p>{state.detail}</p>
            </details>
          )}
        </div>
      );
    case 'not-scanned':
      return (
        <div class="state" data-state="not-scanned">
          <p>{t('stateNotScanned')}</p>
          <button type="button" class="primary" onClick={scan}>{t('scanThisPage')}</button>
        </div>
      );
    case 'no-text':
      return (
        <div class="state" data-state="no-text">
          <h2>{t('stateNoTextTitle')}</h2>
          <p>{t('stateNoText')}</p>
          <button type="button" onClick={scan}>{t('scanAgain')}</button>
        </div>
      );
    case 'site-off':
      return (
        <div class="state" data-state="site-off">
          <p>{t('stateSiteOff', state.host)}</p>
          <SiteSwitch host={state.host} on={false} onChange={(on) => setSite(state.host, on)} />
        </div>
      );
    case 'report': {
      const { report } = state;
      const nothing = report.findings.length === 0;
      return (
        <div data-state="report">
          {state.minSeverity && (
            <p class="filter-note" data-filter={state.minSeverity}>
              {t(state.minSeverity === 'high' ? 'filterNoteHigh' : 'filterNoteMedium')}{' '}
              <button type="button" class="link-button" onClick={() => api.openOptions()}>{t('filterChange')}</button>
            </p>
          )}
          {nothing ? (
            <div class="state" data-state="nothing-flagged">
              <h2>{t('stateNothingTitle')}</h2>
              <p>{t('stateNothing')}</p>
            </div>
          ) : (
            <SummaryView report={report} />
          )}
          {/* The copy buttons under the summary, not below every sentence, outlet and source. */}
          <div class="actions" role="group" aria-label={t('copyGroup')}>
            <button type="button" onClick={() => copy(report, 'md')}>{t('copyMarkdown')}</button>
            <button type="button" onClick={() => copy(report, 'json')}>{t('copyJson')}</button>
          </div>
          <SentencesView report={report} onSelect={(id) => void api.scrollTo(id)} />
          <OutletsView report={report} />
          <SourcesView report={report} />
        </div>
      );
    }
  }
}

function SiteSwitch({ host, on, onChange }: { host: string; on: boolean; onChange(on: boolean): void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{t('scanOnSite', host)}</span>
    </label>
  );
}
