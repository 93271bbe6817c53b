// The reader's own terms: a table (edit, delete), a form (add, edit) checked by the lexicon
// schema, and import/export as JSON or YAML. A bad file is refused whole, with the line, the
// entry, the field and the reason; settings stay exactly as they were.
import { useState } from 'preact/hooks';
import type { CustomEntry, Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import { categoryLabel, partyLabel, PARTY_IDS } from '../ui/labels';
import type { OptionsApi } from './api';
import { formProblemsText, problemsText } from './problem-text';
import { CUSTOM_CATEGORIES, exportTerms, mergeTerms, parseTermsFile, validateTerm } from './terms-file';

type Draft = { id: string; category: string; patterns: string; party: string; neutral: string; explanation: string; reference: string };
const EMPTY: Draft = { id: '', category: 'loaded-term', patterns: '', party: '', neutral: '', explanation: '', reference: '' };

type Form = { draft: Draft; editing: string | null; errors: string[] };

/**
 * An id for a term whose form left it empty: its first pattern in Latin letters ("collateral
 * damage" → collateral-damage), or custom-N where it has none (a Cyrillic pattern); unique.
 */
export function idFor(patterns: string, entries: readonly CustomEntry[]): string {
  const first = patterns.split('\n').map((p) => p.trim()).find(Boolean) ?? '';
  const slug = first.normalize('NFD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const taken = new Set(entries.map((e) => e.id));
  const base = slug || 'custom';
  if (slug && !taken.has(slug)) return slug;
  for (let n = slug ? 2 : entries.length + 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function toDraft(e: CustomEntry): Draft {
  return { ...e, patterns: e.patterns.join('\n'), party: e.party ?? '' };
}

export function CustomTerms({ settings, api, patch }: {
  settings: Settings; api: OptionsApi; patch(p: Partial<Settings>): Promise<boolean>;
}) {
  // The open form: what is typed, which term it edits (null: a new one) and its problems.
  // One state, so they open, change and close together.
  const [form, setForm] = useState<Form | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const entries = settings.customEntries;
  const openForm = (draft: Draft, editing: string | null) => setForm({ draft, editing, errors: [] });
  const closeForm = () => setForm(null);
  const setDraft = (draft: Draft) => setForm((f) => f && { ...f, draft });
  const setFormErrors = (errors: string[]) => setForm((f) => f && { ...f, errors });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    const { draft, editing } = form;
    const before = editing ? entries.find((x) => x.id === editing) : undefined;
    const v = validateTerm({
      ...(before?.context ? { context: before.context } : {}),
      ...(before?.forms ? { forms: before.forms } : {}),
      ...(before?.severity ? { severity: before.severity } : {}),
      id: draft.id.trim() || idFor(draft.patterns, entries),
      category: draft.category,
      patterns: draft.patterns.split('\n').map((p) => p.trim()).filter(Boolean),
      party: draft.party || null,
      neutral: draft.neutral,
      explanation: draft.explanation,
      reference: draft.reference,
    });
    if (!v.ok) return setFormErrors(formProblemsText(v.problems));
    if (entries.some((x) => x.id === v.value.id && x.id !== editing)) return setFormErrors([t('termDuplicateId', v.value.id)]);
    const next = editing ? entries.map((x) => (x.id === editing ? v.value : x)) : [...entries, v.value];
    if (await patch({ customEntries: next })) {
      setMessage(t(editing ? 'termSaved' : 'termAdded', v.value.id));
      closeForm();
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseTermsFile(await file.text());
    if (!parsed.ok) {
      setMessage('');
      return setImportErrors(problemsText(parsed.problems));
    }
    setImportErrors([]);
    if (await patch({ customEntries: mergeTerms(entries, parsed.value) })) {
      setMessage(t('importDone', parsed.value.length, file.name));
    }
  };

  const field = (name: keyof Draft, label: string, el: 'input' | 'textarea' = 'input') => {
    const id = `term-${name}`;
    const draft = form!.draft;
    const onInput = (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });
    return [
      <label for={id} key={`${id}-l`}>{label}</label>,
      el === 'textarea'
        ? <textarea id={id} key={id} rows={3} value={draft[name]} onInput={onInput} />
        : <input id={id} key={id} type="text" value={draft[name]} onInput={onInput} />,
    ];
  };

  return (
    <fieldset>
      <legend>{t('termsLegend')}</legend>
      {entries.length === 0 ? (
        <p class="hint">{t('termsNone')}</p>
      ) : (
        <table class="terms-table">
          <caption class="sr-only">{t('termsLegend')}</caption>
          <thead>
            <tr><th scope="col">{t('termId')}</th><th scope="col">{t('termCategory')}</th><th scope="col">{t('termPatterns')}</th><th scope="col">{t('termNeutral')}</th><th scope="col"><span class="sr-only">{t('termActions')}</span></th></tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="term-row">
                <td>{e.id}</td>
                <td>{categoryLabel(e.category)}</td>
                <td>{e.patterns.join(', ')}</td>
                <td>{e.neutral || '—'}</td>
                <td><div class="term-actions">
                  <button type="button" aria-label={t('termEditLabel', e.id)} onClick={() => openForm(toDraft(e), e.id)}>{t('edit')}</button>
                  <button type="button" aria-label={t('termDeleteLabel', e.id)} onClick={async () => {
                    if (await patch({ customEntries: entries.filter((x) => x.id !== e.id) })) setMessage(t('termDeleted', e.id));
                  }}>{t('delete')}</button>
                </div></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {form ? (
        <form class="term-form" onSubmit={submit} aria-label={form.editing ? t('termEditTitle', form.editing) : t('termAddTitle')}>
          {field('id', t('termIdOptional'))}
          <label for="term-category">{t('termCategory')}</label>
          <select id="term-category" value={form.draft.category} onChange={(e) => setDraft({ ...form.draft, category: e.currentTarget.value })}>
            {CUSTOM_CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
          {field('patterns', t('termPatternsHint'), 'textarea')}
          <label for="term-party">{t('termParty')}</label>
          <select id="term-party" value={form.draft.party} onChange={(e) => setDraft({ ...form.draft, party: e.currentTarget.value })}>
            <option value="">{t('partyNone')}</option>
            {PARTY_IDS.map((p) => <option key={p} value={p}>{partyLabel(p)}</option>)}
          </select>
          {field('neutral', t('termNeutral'))}
          {field('explanation', t('termExplanation'))}
          {field('reference', t('termReference'))}
          {form.errors.length > 0 && (
            <ul class="problems" role="alert">{form.errors.map((p) => <li key={p}>{p}</li>)}</ul>
          )}
          <div class="row">
            <button type="submit" class="primary">{t(form.editing ? 'termSave' : 'termAdd')}</button>
            <button type="button" onClick={closeForm}>{t('cancel')}</button>
          </div>
        </form>
      ) : (
        <div class="row">
          <button type="button" onClick={() => openForm({ ...EMPTY }, null)}>{t('termAddTitle')}</button>
        </div>
      )}

      <h2>{t('importExportHeading')}</h2>
      <div class="row">
        <label for="import-file">{t('importLabel')}</label>
        <input id="import-file" type="file" accept=".json,.yaml,.yml,application/json,text/yaml"
          onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      {importErrors.length > 0 && (
        <div role="alert" class="problems" data-testid="import-errors">
          <p>{t('importRefused')}</p>
          <ul>{importErrors.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <div class="row">
        <button type="button" disabled={!entries.length} onClick={() => api.download('framing-lens-terms.json', exportTerms(entries, 'json'), 'application/json')}>{t('exportJson')}</button>
        <button type="button" disabled={!entries.length} onClick={() => api.download('framing-lens-terms.yaml', exportTerms(entries, 'yaml'), 'text/yaml')}>{t('exportYaml')}</button>
      </div>
      <p role="status" class="hint">{message}</p>
    </fieldset>
  );
}
