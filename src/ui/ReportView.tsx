// The report, as the popup shows it: summary with the party counts and an honest line,
// flagged sentences with their rewordings, outlets, people and unnamed sources.
// Renders and dispatches only; what counts as loaded language was decided by the engine.
import type { Finding, Report } from '../shared/report';
import { CATEGORIES, mixedScriptName } from '../shared/report';
import { peopleCited, unnamedCited } from '../shared/people';
import { DiffView } from './Diff';
import { t } from './i18n';
import { categoryLabel, countryLabel, howLabel, partyCounts, partyLabel } from './labels';

/** What a flag's tooltip says: why it is flagged, or, for a place's own name in mixed scripts, its letters. */
function whyOf(f: Finding): string {
  const spelling = mixedScriptName(f);
  return spelling ? t('cardMixedScriptWhy', spelling) : f.explanation;
}

export function SummaryView({ report }: { report: Report }) {
  const { counts, lean } = report.summary;
  const { rows, noParty, quoted } = partyCounts(report);
  return (
    <section aria-labelledby="summary-h" class="card">
      <h2 id="summary-h">{t('summaryHeading')}</h2>
      <ul class="counts" aria-label={t('countsLabel')}>
        {CATEGORIES.map((c) => (
          <li key={c} class={`count count-${c}`} data-category={c}>
            <span class="swatch" aria-hidden="true" />
            <span class="count-name">{categoryLabel(c)}</span> <strong class="count-n">{counts[c]}</strong>
          </li>
        ))}
      </ul>
      {rows.length > 0 && (
        <p class="parties" data-testid="parties">
          {rows.map(([p, n], i) => (
            <span key={p}>
              {i > 0 && ' · '}
              {partyLabel(p)}: <strong>{n}</strong>
            </span>
          ))}
          {' · '}
          {t('partyNone')}: <strong>{noParty}</strong>
          {quoted > 0 && (
            <>
              {' · '}
              {t('partyQuoted')}: <strong>{quoted}</strong>
            </>
          )}
        </p>
      )}
      <p class="lean">{lean ? t('leanDominant', partyLabel(lean)) : t('leanNone')}</p>
      <p class="honest">{t('honestLine')}</p>
    </section>
  );
}

export function SentencesView({ report, onSelect }: { report: Report; onSelect(findingId: string): void }) {
  if (!report.sentences.length) return null;
  return (
    <section aria-labelledby="sentences-h" class="card">
      <h2 id="sentences-h">{t('sentencesHeading', report.sentences.length)}</h2>
      <ol class="sentences">
        {report.sentences.map((s, i) => {
          const findings = s.findings.map((k) => report.findings[k]).filter((f) => f !== undefined);
          const first = findings[0];
          return (
            <li key={i} class="sentence" data-testid="sentence">
              <button
                type="button"
                class="sentence-button"
                disabled={!first}
                aria-label={t('sentenceShow', i + 1)}
                aria-describedby={`sentence-${i}`}
                onClick={() => first && onSelect(first.id)}
              >
                {t('sentenceShowShort')}
              </button>
              <div id={`sentence-${i}`}>
                {s.neutral === s.original && findings.every((f) => f.quoted) ? (
                  // Nothing to set beside it: the flagged words are a speaker's, left as said.
                  <div class="diff">
                    <p class="diff-line diff-original"><span class="diff-label">{t('diffOriginal')}</span> {s.original}</p>
                    <p class="hint">{t('sentenceQuotedOnly')}</p>
                  </div>
                ) : (
                  <DiffView original={s.original} neutral={s.neutral} />
                )}
                <p class="flags">
                  {findings.map((f) => (
                    <span key={f.id} class={`flag flag-${f.category}`} title={whyOf(f)}>
                      {f.text}
                      <span class="sr-only"> ({categoryLabel(f.category)})</span>
                      {f.quoted && <em class="tag">{t('tagQuoted')}</em>}
                      {f.mixedScript && <em class="tag">{t('tagMixedScript')}</em>}
                    </span>
                  ))}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function OutletsView({ report }: { report: Report }) {
  return (
    <section aria-labelledby="outlets-h" class="card">
      <h2 id="outlets-h">{t('outletsHeading')}</h2>
      {report.outlets.length === 0 ? (
        <p class="empty">{t('outletsNone')}</p>
      ) : (
        <ul class="outlets">
          {report.outlets.map((o) => {
            const hows = [...new Set(o.mentions.map((m) => m.how))];
            return (
              <li key={o.name} class="outlet" data-testid="outlet" data-known={String(o.known)}>
                <span class="outlet-name">{o.localName ?? o.name}</span>{' '}
                {o.stateControlled === true && <span class="badge badge-state">{t('badgeStateControlled')}</span>}
                {!o.known && <span class="badge badge-unknown">{t('badgeUnknownOutlet')}</span>}
                {o.known && (
                  <span class="outlet-facts">
                    {[o.country && countryLabel(o.country), o.owner, o.stateControlled === null ? t('stateUnknown') : null].filter(Boolean).join(' · ')}
                  </span>
                )}
                {hows.length > 0 && (
                  <span class="outlet-how">
                    {t('citedAs')} {hows.map(howLabel).join(', ')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function SourcesView({ report }: { report: Report }) {
  const people = peopleCited(report);
  // One line per wording, with its count: "reportedly" twice was two identical lines.
  const unnamed = unnamedCited(report);
  return (
    <>
      <section aria-labelledby="people-h" class="card">
        <h2 id="people-h">{t('peopleHeading')}</h2>
        {people.length ? (
          <ul class="people">{people.map((p) => <li key={p}>{p}</li>)}</ul>
        ) : (
          <p class="empty">{t('peopleNone')}</p>
        )}
      </section>
      <section aria-labelledby="unnamed-h" class="card">
        <h2 id="unnamed-h">{t('unnamedHeading')}</h2>
        {unnamed.length ? (
          <ul class="unnamed">
            {unnamed.map(([text, n]) => (
              <li key={text} data-testid="unnamed">{t('quotedWord', text)}{n > 1 && <span class="count-times"> ×{n}</span>}</li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('unnamedNone')}</p>
        )}
      </section>
    </>
  );
}
