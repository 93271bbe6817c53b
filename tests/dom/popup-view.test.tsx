// The popup against a fake platform: the seed article's report, and every state a tab can be in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { createEngine } from '../../src/engine';
import { Popup } from '../../src/popup/Popup';
import { unscannableReason, type PopupApi, type PopupState } from '../../src/popup/state';
import { ENGLISH_MARKDOWN_LABELS } from '../../src/cli/labels';
import { translator, uiLanguage } from '../../src/ui/i18n';
import { markdownLabels } from '../../src/shared/markdown-labels';
import { PARTY_IDS } from '../../src/shared/parties';
import type { Report } from '../../src/shared/report';
import { reportToMarkdown } from '../../src/shared/report-markdown';
import { useLocale } from './popup-locale-support';

const seed = readFileSync(join(import.meta.dirname, '../../../shared/fixtures/seed-article.txt'), 'utf8');
let report: Report;
beforeAll(() => {
  useLocale('en');
  report = createEngine().analyze(seed);
});
afterEach(cleanup);

function fakeApi(first: PopupState, overrides: Partial<PopupApi> = {}): PopupApi & { copied: string[] } {
  const copied: string[] = [];
  return {
    copied,
    load: vi.fn(async () => first),
    scan: vi.fn(async () => ({ kind: 'report', report, host: 'example.org', url: null }) as PopupState),
    scrollTo: vi.fn(async () => true),
    setSiteEnabled: vi.fn(async (host: string, on: boolean) => (on ? first : ({ kind: 'site-off', host } as PopupState))),
    copy: vi.fn(async (text: string) => (copied.push(text), true)),
    openOptions: vi.fn(),
    ...overrides,
  };
}

describe('popup with the seed article report', () => {
  // Probe 17: under "high only" the popup said "Place names 0" and nothing of the filter.
  it('says when the reader\'s severity filter hides flags, with a way to change it', async () => {
    const api = fakeApi({ kind: 'report', report, host: 'reuters.com', url: null, minSeverity: 'high' });
    render(<Popup api={api} />);
    const note = await screen.findByText(/Only high-weight flags are shown/);
    fireEvent.click(within(note).getByRole('button', { name: 'Change' }));
    expect(api.openOptions).toHaveBeenCalled();
    cleanup();
    render(<Popup api={fakeApi({ kind: 'report', report, host: 'reuters.com', url: null })} />);
    await screen.findAllByText(/Krasny Armeysk/);
    expect(screen.queryByText(/flags are shown/)).toBeNull();
  });

  it('shows counts, parties with the honest line, every sentence, outlets and sources', async () => {
    const api = fakeApi({ kind: 'report', report, host: 'reuters.com', url: 'https://www.reuters.com/x' });
    render(<Popup api={api} />);
    await screen.findByRole('heading', { name: 'On this page' });
    expect(screen.getAllByTestId('sentence')).toHaveLength(report.sentences.length);
    expect(screen.getByTestId('parties').textContent).toMatch(/Russian official: \d+/);
    expect(screen.getByTestId('parties').textContent).toContain('Ukrainian official: 0');
    expect(screen.getByText(/not whether its facts are right/)).toBeTruthy();
    const outlets = screen.getAllByTestId('outlet').map((li) => li.querySelector('.outlet-name')!.textContent);
    expect(outlets).toEqual(report.outlets.map((o) => o.name));
    expect(outlets).toContain('Responsible Statecraft');
    // One line per wording, its count after it: the seed's "reportedly" twice is one line.
    const unnamed = screen.getAllByTestId('unnamed').map((li) => li.textContent);
    const texts = report.sources.filter((s) => s.kind === 'unnamed').map((s) => s.text);
    expect(unnamed).toEqual([...new Set(texts)].map((w) => `“${w}”${texts.filter((x) => x === w).length > 1 ? ` ×${texts.filter((x) => x === w).length}` : ''}`));
    expect(unnamed).toContain('“reportedly” ×2');
    // Countries by name, not by code.
    expect(screen.getAllByTestId('outlet').map((li) => li.textContent).join(' ')).toContain('United States');
  });

  // Probe 23: «Покровsk»'s tooltip told the city's renaming, not what is wrong with its letters.
  it('explains a place\'s own name in mixed scripts by its letters, every other flag by its entry', async () => {
    render(<Popup api={fakeApi({ kind: 'report', report, host: null, url: null })} />);
    await screen.findByRole('heading', { name: 'On this page' });
    const flag = (word: string) => [...document.querySelectorAll<HTMLElement>('.flag')].find((f) => f.firstChild?.textContent === word)!;
    expect(flag('Покровsk').title).toMatch(/mixes Latin and Cyrillic letters.*Pokrovsk/);
    expect(flag('Krasny Armeysk').title).toBe(report.findings.find((f) => f.text === 'Krasny Armeysk')!.explanation);
  });

  it('names each person cited once, by the full name', async () => {
    const cited = createEngine().analyze('Пресс-секретарь Кремля Дмитрий Песков ответил журналистам. По словам Пескова, переговоры возможны.');
    render(<Popup api={fakeApi({ kind: 'report', report: cited, host: null, url: null })} />);
    const heading = await screen.findByRole('heading', { name: 'People cited' });
    expect(within(heading.parentElement!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Дмитрий Песков']);
  });

  it('a sentence button asks to scroll to its first finding', async () => {
    const api = fakeApi({ kind: 'report', report, host: 'reuters.com', url: null });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show sentence 1 on the page' }));
    const first = report.findings[report.sentences[0]!.findings[0]!]!;
    expect(api.scrollTo).toHaveBeenCalledWith(first.id);
  });

  it('copies Markdown and JSON and says so', async () => {
    const api = fakeApi({ kind: 'report', report, host: null, url: null });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Report copied as Markdown.');
    // In English the popup copies what the CLI prints, but for the file name in the CLI's title.
    expect(api.copied[0]).toBe(reportToMarkdown(report, ENGLISH_MARKDOWN_LABELS));
    expect(api.copied[0]).toContain('# Framing Lens report');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    await screen.findByText('Report copied as JSON.');
    expect(JSON.parse(api.copied[1]!)).toEqual(report);
  });

  it('in English, every word of its Markdown is the CLI’s (the same words as _locales/en)', () => {
    const { party, quote, ...words } = markdownLabels(translator, uiLanguage());
    const { party: cliParty, quote: cliQuote, ...cliWords } = ENGLISH_MARKDOWN_LABELS;
    expect(words).toEqual(cliWords);
    for (const id of PARTY_IDS) expect(party(id)).toBe(cliParty(id));
    expect(quote('reportedly')).toBe('“reportedly”');
    expect(cliQuote('reportedly')).toBe('“reportedly”');
  });

  it('a site switch turns scanning off for the host', async () => {
    const api = fakeApi({ kind: 'report', report, host: 'reuters.com', url: null });
    render(<Popup api={api} />);
    const sw = await screen.findByRole('switch', { name: 'Scan pages on reuters.com' });
    fireEvent.click(sw);
    await screen.findByText('Scanning is off on reuters.com.');
    expect(api.setSiteEnabled).toHaveBeenCalledWith('reuters.com', false);
  });
});

describe('popup states', () => {
  const empty: Report = { version: 1, findings: [], sentences: [], outlets: [], sources: [], summary: { counts: { 'loaded-term': 0, 'place-name': 0, 'unnamed-source': 0, editorializing: 0 }, parties: {}, lean: null } };
  it.each<[PopupState, string]>([
    [{ kind: 'unscannable', reason: 'browser-page' }, 'Browser pages and the extension’s own pages are off limits'],
    [{ kind: 'unscannable', reason: 'pdf' }, 'PDF files open in the browser’s own viewer'],
    [{ kind: 'unscannable', reason: 'store' }, 'Extension stores do not let extensions run'],
    [{ kind: 'no-text', host: 'example.org' }, 'found no article text'],
    [{ kind: 'report', report: empty, host: 'example.org', url: null }, 'Nothing flagged'],
    [{ kind: 'site-off', host: 'example.org' }, 'Scanning is off on example.org.'],
  ])('%o', async (state, text) => {
    render(<Popup api={fakeApi(state)} />);
    await screen.findByText(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('"Scan this page" on a page not scanned automatically asks for a scan, then shows the report', async () => {
    const api = fakeApi({ kind: 'not-scanned', host: 'example.org' });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    await screen.findByRole('heading', { name: 'On this page' });
    expect(api.scan).toHaveBeenCalledOnce();
  });

  it('tells browser pages, the PDF viewer and extension stores apart from web pages', () => {
    expect(unscannableReason('chrome://extensions/')).toBe('browser-page');
    expect(unscannableReason('chrome-extension://abc/popup.html')).toBe('browser-page');
    expect(unscannableReason('https://example.org/report.pdf')).toBe('pdf');
    expect(unscannableReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(unscannableReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(unscannableReason('https://www.reuters.com/world/')).toBeNull();
    expect(unscannableReason(null)).toBeNull();
  });
});

describe('popup in Russian', () => {
  it('copies the Markdown report in Russian, naming parties, categories and citations in words', async () => {
    useLocale('ru');
    try {
      const api = fakeApi({ kind: 'report', report, host: null, url: null });
      render(<Popup api={api} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Копировать как Markdown' }));
      await screen.findByText(/Markdown/, { selector: '.status' });
      const md = api.copied[0]!;
      expect(md).toMatch(/^\*\*Отметки:\*\* Оценочные слова: \d+ · Названия мест: \d+ · Анонимные источники: \d+ · Авторские оценки: \d+$/m);
      // The parties as the popup lists them: the counterpart at 0, then findings no party owns.
      expect(md).toMatch(/^\*\*Лексика сторон:\*\* Официальная российская: \d+ · Официальная украинская: 0 · без стороны: \d+ · в цитатах, не учтены: \d+ — преобладает: Официальная российская$/m);
      for (const words of [
        '# Отчёт Framing Lens',
        '## Отмеченные предложения',
        '- **Оригинал:** ',
        '  **Нейтрально:** ',
        '  **Отмечено:** `liberation` (Оценочное слово), `Krasny Armeysk` (Название места), `Покровsk` (Название места, смешанный алфавит)',
        '## Все отметки',
        '| текст | категория | сторона | нейтрально | почему | источник |',
        '| shameful | Авторская оценка (цитата) | — |',
        '| Krasny Armeysk ×4 | Название места | Официальная российская | Pokrovsk |',
        '## Цитируемые издания',
        '| издание | страна | владелец | под контролем государства | как цитируется |',
        ' | нет | по данным, цитирует |',
        '## Цитируемые люди',
        '## Анонимные источники',
        // The article's words in the language's quotation marks (probe 23: “reportedly” in a Russian report).
        '- «reportedly» ×2',
      ]) expect(md).toContain(words);
      // The article's own words stay English; none of the report's English labels or ids remain.
      for (const english of ['Flagged sentences', '## Findings', 'Vocabulary by party', 'dominant:', '(quoted)', ', quoted)', 'state-controlled', 'ru-official', 'loaded-term', 'place-name', ', quoted by |']) {
        expect(md).not.toContain(english);
      }
    } finally {
      useLocale('en');
    }
  });

  it('renders its strings and party labels in Russian', async () => {
    useLocale('ru');
    try {
      render(<Popup api={fakeApi({ kind: 'report', report, host: null, url: null })} />);
      await screen.findByRole('heading', { name: 'На этой странице' });
      expect(screen.getByTestId('parties').textContent).toContain('Официальная российская');
      expect(within(document.body).getByRole('button', { name: 'Копировать как Markdown' })).toBeTruthy();
    } finally {
      useLocale('en');
    }
  });

  // Probe 23: "TASS", "Kommersant" in Latin letters beside owners in Cyrillic.
  it('names outlets as Russian readers know them, where they know another name', async () => {
    useLocale('ru');
    try {
      const cited = createEngine({ language: 'ru' }).analyze('Как сообщает ТАСС, бои у Красноармейска продолжаются, пишет Responsible Statecraft.');
      render(<Popup api={fakeApi({ kind: 'report', report: cited, host: null, url: null })} />);
      await screen.findByRole('heading', { name: 'На этой странице' });
      expect(screen.getAllByTestId('outlet').map((li) => li.querySelector('.outlet-name')!.textContent)).toEqual(['ТАСС', 'Responsible Statecraft']);
    } finally {
      useLocale('en');
    }
  });
});

// Probe 17: a sentence whose only flag is quoted showed the same words twice, as page and neutral.
it('a sentence whose flags are all quoted is shown once, with why it is not reworded', async () => {
  const quoted = createEngine().analyze('The ambassador said: “The Kiev regime will not last the winter.”');
  expect(quoted.findings.every((f) => f.quoted)).toBe(true);
  render(<Popup api={fakeApi({ kind: 'report', report: quoted, host: null, url: null })} />);
  const sentence = await screen.findByTestId('sentence');
  expect(within(sentence).getByText(/Not reworded: the flagged words are quoted/)).toBeTruthy();
  expect(sentence.querySelector('.diff-neutral')).toBeNull();
});
