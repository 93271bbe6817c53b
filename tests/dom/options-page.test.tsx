// The options page against a fake platform: each change saved at once, a refused import
// changes nothing, a quota error is shown and nothing is lost, reset asks first, the term form
// obeys the lexicon schema, and the packs offered are the packs the lexicon holds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import lexicon from '../../src/lexicon/generated/lexicon.json';
import { Options } from '../../src/options/Options';
import type { OptionsApi } from '../../src/options/api';
import { PACKS } from '../../src/options/packs';
import { exportTerms, parseTermsFile } from '../../src/options/terms-file';
import { problemsText } from '../../src/options/problem-text';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { useLocale } from './popup-locale-support';

beforeAll(() => useLocale('en'));
afterEach(cleanup);

function fakeApi(initial: Partial<Settings> = {}, save?: (s: Settings) => Promise<void>) {
  let stored: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...initial };
  const api = {
    load: vi.fn(async () => structuredClone(stored)),
    save: vi.fn(save ?? (async (s: Settings) => void (stored = structuredClone(s)))),
    requestSite: vi.fn(async () => true),
    revokeSite: vi.fn(async () => {}),
    download: vi.fn(),
    onExternalChange: vi.fn(),
    get stored() {
      return stored;
    },
  };
  return api satisfies OptionsApi & { stored: Settings };
}

const TERM = {
  id: 'kinetic-activity', category: 'loaded-term' as const, patterns: ['kinetic activity'], party: null,
  neutral: 'strikes', explanation: 'A euphemism for military strikes.', reference: 'https://en.wikipedia.org/wiki/Euphemism',
};

function upload(input: HTMLElement, name: string, text: string): void {
  const file = new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/yaml' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('saves a category switched off at once', async () => {
    const api = fakeApi();
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Place names' }));
    await waitFor(() => expect(api.stored.categories['place-name']).toBe(false));
    fireEvent.change(screen.getByLabelText('Show flags of at least this weight:'), { target: { value: 'high' } });
    await waitFor(() => expect(api.stored.minSeverity).toBe('high'));
  });

  it('refuses a malformed import with line, entry, field and reason, and saves nothing', async () => {
    const api = fakeApi({ customEntries: [TERM] });
    render(<Options api={api} />);
    const input = await screen.findByLabelText('Import terms (JSON or YAML)');
    upload(input, 'bad.yaml', 'entries:\n  - id: Bad_Id\n    category: loaded-term\n    patterns: [x]\n    neutral: y\n    explanation: z\n    reference: r\n');
    const alert = await screen.findByTestId('import-errors');
    expect(alert.textContent).toContain('line 2, term Bad_Id, “Id”: use lower-case Latin letters, digits and single hyphens');
    expect(api.save).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('term-row')).toHaveLength(1);
  });

  it('imports a good JSON file, replacing a term with the same id', async () => {
    const api = fakeApi({ customEntries: [TERM] });
    render(<Options api={api} />);
    const input = await screen.findByLabelText('Import terms (JSON or YAML)');
    const file = { version: 1, entries: [{ ...TERM, neutral: 'air strikes' }, { ...TERM, id: 'collateral-damage', patterns: ['collateral damage'], neutral: 'civilian casualties' }] };
    upload(input, 'terms.json', JSON.stringify(file, null, 2));
    await screen.findByText('Terms imported from terms.json: 2.');
    expect(api.stored.customEntries.map((e) => [e.id, e.neutral])).toEqual([['kinetic-activity', 'air strikes'], ['collateral-damage', 'civilian casualties']]);
  });

  it('shows a quota error, keeps what the reader set, and saves it on retry', async () => {
    let fail = true;
    const stored: Settings[] = [];
    const api = fakeApi({}, async (s) => {
      if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      stored.push(s);
    });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Underlines only' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect((screen.getByRole('radio', { name: 'Underlines only' }) as HTMLInputElement).checked).toBe(true);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stored.at(-1)?.highlightStyle).toBe('underline-only'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('resets only after confirmation', async () => {
    const api = fakeApi({ customEntries: [TERM], highlightStyle: 'underline-only' });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset all settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(api.stored).toEqual(DEFAULT_SETTINGS));
  });

  // Probe 17: "Imported 2 terms" stayed beside "You have not added any terms", and focus fell to the body.
  it('a reset clears the sections\' notices and gives focus back to the Reset button', async () => {
    const api = fakeApi({ customEntries: [] });
    render(<Options api={api} />);
    upload(await screen.findByLabelText('Import terms (JSON or YAML)'), 'good.json', exportTerms([TERM], 'json'));
    await screen.findByText('Terms imported from good.json: 1.');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(api.stored).toEqual(DEFAULT_SETTINGS));
    await waitFor(() => expect(screen.queryByText(/Terms imported/)).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset all settings…' }));
  });

  it('reset gives back the host permissions of the reader\'s sites, as removing a site does', async () => {
    const api = fakeApi({ autoSites: ['example.org', 'meduza.io'] });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset all settings…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(api.stored).toEqual(DEFAULT_SETTINGS));
    expect(api.revokeSite).toHaveBeenCalledTimes(2);
    expect(api.revokeSite).toHaveBeenCalledWith('example.org');
    expect(api.revokeSite).toHaveBeenCalledWith('meduza.io');
  });

  it('adds, edits and deletes a term through the form, refusing what the schema refuses', async () => {
    const api = fakeApi();
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a term' }));
    fireEvent.input(screen.getByLabelText('Id (optional: made from the first word)'), { target: { value: 'kinetic-activity' } });
    fireEvent.input(screen.getByLabelText('Words or phrases (one a line)'), { target: { value: 'kinetic activity\nkinetic strike' } });
    fireEvent.input(screen.getByLabelText('Neutral alternative'), { target: { value: 'strikes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText(/“Why it is flagged \(one line\)”: must not be empty/);
    expect(api.save).not.toHaveBeenCalled();
    // Probe 23: an empty form's problems in the order of its fields, not the schema's.
    fireEvent.input(screen.getByLabelText('Words or phrases (one a line)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^.*Words.*Why it is flagged.*Reference/));
    fireEvent.input(screen.getByLabelText('Words or phrases (one a line)'), { target: { value: 'kinetic activity\nkinetic strike' } });
    fireEvent.input(screen.getByLabelText('Why it is flagged (one line)'), { target: { value: TERM.explanation } });
    fireEvent.input(screen.getByLabelText('Reference (URL)'), { target: { value: TERM.reference } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.stored.customEntries[0]?.patterns).toEqual(['kinetic activity', 'kinetic strike']));

    fireEvent.click(screen.getByRole('button', { name: 'Edit kinetic-activity' }));
    fireEvent.input(screen.getByLabelText('Neutral alternative'), { target: { value: 'air strikes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.stored.customEntries[0]?.neutral).toBe('air strikes'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete kinetic-activity' }));
    await waitFor(() => expect(api.stored.customEntries).toEqual([]));
  });

  it('adds a site only when its permission is granted, and gives it back on removal', async () => {
    const api = fakeApi();
    api.requestSite.mockResolvedValueOnce(false);
    render(<Options api={api} />);
    const input = await screen.findByLabelText('Site');
    fireEvent.input(input, { target: { value: 'https://www.Example.org/news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText('Permission for example.org was not granted; nothing changed.');
    expect(api.save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(api.stored.autoSites).toEqual(['example.org']));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove example.org' }));
    await waitFor(() => expect(api.stored.autoSites).toEqual([]));
    expect(api.revokeSite).toHaveBeenCalledWith('example.org');
  });
});

describe('custom-term files', () => {
  it.each([
    ['not YAML at all', 'entries: [\n', /line \d/],
    ['empty', '   ', /the file is empty/],
    ['a place-name entry', 'entries:\n  - id: x\n    category: place-name\n    patterns: [a]\n    neutral: b\n    explanation: c\n    reference: d\n', /line 3, entry x, field category/],
    ['an unknown field', 'entries:\n  - id: x\n    category: loaded-term\n    patterns: [a]\n    neutral: b\n    explanation: c\n    reference: d\n    colour: red\n', /entry x.*Unrecognized key/],
    ['duplicate ids', '{"entries": [\n {"id":"x","category":"loaded-term","patterns":["a"],"neutral":"b","explanation":"c","reference":"d"},\n {"id":"x","category":"loaded-term","patterns":["e"],"neutral":"b","explanation":"c","reference":"d"}\n]}', /line 3, entry x, field id: duplicate id/],
  ])('refuses %s', (_, source, message) => {
    const r = parseTermsFile(source);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `line ${p.line}, entry ${p.entry}, field ${p.field}: ${p.message}`).join('\n')).toMatch(message);
  });

  it('export then import gives back the same terms (JSON and YAML)', () => {
    const terms = [{ ...TERM, severity: 'high' as const, context: { notNear: { words: ['physics'], within: 6 } } }];
    for (const format of ['json', 'yaml'] as const) {
      const r = parseTermsFile(exportTerms(terms, format));
      expect(r).toEqual({ ok: true, value: terms });
    }
  });
});

describe('packs and locales', () => {
  it('offers exactly the packs the compiled lexicon holds, plus the reader’s own', () => {
    const packs = new Set((lexicon as { entries: { pack: string }[] }).entries.map((e) => e.pack));
    expect(PACKS.map((p) => p.id).sort()).toEqual([...packs, 'custom'].sort());
  });

  it('every locale has every key the UI uses, with the same $n placeholders', () => {
    const dir = join(import.meta.dirname, '../../_locales');
    const load = (l: string) => JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const en = load('en');
    const src = ['src/ui', 'src/popup', 'src/options', 'src/content', 'src/background'].flatMap((d) =>
      readdirSync(join(import.meta.dirname, '../..', d)).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(import.meta.dirname, '../..', d, f), 'utf8')),
    ).join('\n');
    const used = new Set([
      ...src.matchAll(/\bt\('([A-Za-z]\w*)'/g), ...src.matchAll(/key: '(\w+)'/g), ...src.matchAll(/: '((?:category|how|mdCategory)[A-Z]\w+)'/g),
      // The hover card's words (src/content/index.ts reads them with message() or category()).
      ...src.matchAll(/\bmessage\('(\w+)'/g), ...src.matchAll(/\bcategory\('(\w+)'/g),
    ].map((m) => m[1]!));
    // A counted phrase is a family, one message per plural form its language's rules select
    // (src/shared/i18n.ts): English has `_one` and `_other`, Russian and Ukrainian also `_few`
    // and `_many`. Every other key is in every locale.
    const plurals = new Set([...src.matchAll(/\bpluralKey\('(\w+)'/g)].map((m) => m[1]!));
    const forms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const family = (k: string) => k.replace(/_(?:zero|one|two|few|many|other)$/, '');
    const ph = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
    for (const k of used) expect(en[k], k).toBeDefined();
    expect(plurals.size).toBeGreaterThan(0);
    for (const lang of ['en', 'ru', 'uk']) {
      const messages = load(lang);
      // What src/platform/browser.ts's uiLanguage() reads: party labels follow it.
      expect(messages.messagesLanguage?.message, lang).toBe(lang);
      for (const base of plurals) {
        const keys = Object.keys(messages).filter((k) => family(k) === base).sort();
        expect(keys, `${lang} ${base}`).toEqual(forms(lang).map((f) => `${base}_${f}`).sort());
        for (const k of keys) expect(ph(messages[k]!.message), `${lang} ${k}`).toBe(ph(en[`${base}_other`]!.message));
      }
      if (lang === 'en') continue;
      const single = (m: object) => Object.keys(m).filter((k) => !plurals.has(family(k))).sort();
      expect(single(messages), lang).toEqual(single(en));
      for (const k of single(en)) expect(ph(messages[k]!.message), `${lang} ${k}`).toBe(ph(en[k]!.message));
    }
  });
});

// Probe 17: the form asked for a kebab-case id and answered in the schema's English under
// Russian headings ("field patterns: Too small: expected array to have >=1 items"), and an
// import's problems came out of line order.
describe('the reader\'s terms, in the reader\'s words', () => {
  it('makes the id from the first word when it is left empty', async () => {
    const api = fakeApi({ customEntries: [] });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a term' }));
    fireEvent.input(screen.getByLabelText('Words or phrases (one a line)'), { target: { value: 'Collateral damage\ncollateral casualties' } });
    fireEvent.input(screen.getByLabelText('Neutral alternative'), { target: { value: 'civilian deaths' } });
    fireEvent.input(screen.getByLabelText('Why it is flagged (one line)'), { target: { value: 'A phrase that hides civilian deaths.' } });
    fireEvent.input(screen.getByLabelText('Reference (URL)'), { target: { value: 'https://en.wikipedia.org/wiki/Collateral_damage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.stored.customEntries.map((e) => e.id)).toEqual(['collateral-damage']));
  });

  it('says what is wrong in the interface\'s language, field by its label, in line order', () => {
    useLocale('ru');
    try {
      const r = parseTermsFile('entries:\n  - id: a\n    category: loaded-term\n    patterns: []\n    neutral: b\n    explanation: c\n    reference: d\n  - id: B_b\n    category: loaded-term\n    patterns: [x]\n    neutral: b\n    explanation: c\n    reference: d\n');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const lines = problemsText([...r.problems].reverse());
      expect(lines).toEqual(['строка 4, термин a, «Слова»: не может быть пустым', 'строка 8, термин B_b, «Id»: только строчные латинские буквы, цифры и одиночные дефисы, например my-term']);
    } finally {
      useLocale('en');
    }
  });
});
