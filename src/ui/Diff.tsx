// A sentence beside its neutral rewording, the changed words marked. Text goes in as text
// nodes (never as HTML): the page's words are untrusted.
import { wordDiff } from './diff';
import { t } from './i18n';

export function DiffView({ original, neutral }: { original: string; neutral: string }) {
  const parts = wordDiff(original, neutral);
  return (
    <div class="diff">
      <p class="diff-line diff-original">
        <span class="diff-label">{t('diffOriginal')}</span>{' '}
        {parts.filter((p) => p.kind !== 'added').map((p, i) =>
          p.kind === 'removed' ? <del key={i} title={t('diffRemoved')}>{p.text}</del> : <span key={i}>{p.text}</span>,
        )}
      </p>
      <p class="diff-line diff-neutral">
        <span class="diff-label">{t('diffNeutral')}</span>{' '}
        {parts.filter((p) => p.kind !== 'removed').map((p, i) =>
          p.kind === 'added' ? <ins key={i} title={t('diffAdded')}>{p.text}</ins> : <span key={i}>{p.text}</span>,
        )}
      </p>
    </div>
  );
}
