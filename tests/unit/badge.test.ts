// The toolbar badge as a reader meets it: the count, a colour for whose vocabulary dominates,
// and a tooltip in the reader's language that names the party and counts in its grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeColour, badgeText, badgeTitle } from '../../src/background/badge';
import type { Report } from '../../src/shared/report';
import { translatorFrom } from '../../src/shared/i18n';

type Lang = 'en' | 'ru' | 'uk';
const locale = (lang: Lang) => translatorFrom(JSON.parse(readFileSync(join(import.meta.dirname, `../../_locales/${lang}/messages.json`), 'utf8')));

function reportOf(n: number, lean: string | null): Report {
  const finding = { category: 'loaded-term', party: lean } as Report['findings'][number];
  return {
    version: 1, findings: Array.from({ length: n }, () => finding), sentences: [], outlets: [], sources: [],
    summary: { counts: { 'loaded-term': n, 'place-name': 0, 'unnamed-source': 0, editorializing: 0 }, parties: {}, lean },
  };
}

const title = (lang: Lang, n: number, lean: string | null = null) => badgeTitle(reportOf(n, lean), locale(lang), lang);

describe('badge tooltip', () => {
  it.each<[Lang, number, string | null, string]>([
    ['en', 1, null, 'Framing Lens: 1 flagged word on this page'],
    ['en', 7, 'ru-official', 'Framing Lens: 7 flagged words on this page; mostly Russian official vocabulary'],
    ['en', 3, 'ua-official', 'Framing Lens: 3 flagged words on this page; mostly Ukrainian official vocabulary'],
    ['ru', 1, null, 'Framing Lens: 1 отмеченное слово на этой странице'],
    ['ru', 2, null, 'Framing Lens: 2 отмеченных слова на этой странице'],
    ['ru', 5, null, 'Framing Lens: 5 отмеченных слов на этой странице'],
    ['ru', 11, null, 'Framing Lens: 11 отмеченных слов на этой странице'],
    ['ru', 21, 'ru-official', 'Framing Lens: 21 отмеченное слово на этой странице; в основном лексика стороны «Официальная российская»'],
    ['ru', 24, 'ua-official', 'Framing Lens: 24 отмеченных слова на этой странице; в основном лексика стороны «Официальная украинская»'],
    ['uk', 1, null, 'Framing Lens: 1 позначене слово на цій сторінці'],
    ['uk', 2, null, 'Framing Lens: 2 позначені слова на цій сторінці'],
    ['uk', 5, 'il-government', 'Framing Lens: 5 позначених слів на цій сторінці; здебільшого лексика сторони «Уряд Ізраїлю»'],
    ['uk', 12, null, 'Framing Lens: 12 позначених слів на цій сторінці'],
    ['uk', 1001, null, 'Framing Lens: 1001 позначене слово на цій сторінці'],
  ])('%s, %i findings, lean %s: %s', (lang, n, lean, expected) => {
    expect(title(lang, n, lean)).toBe(expected);
  });

  it('names the party by its label, never by its id', () => {
    for (const lang of ['en', 'ru', 'uk'] as const) expect(title(lang, 7, 'ru-official')).not.toContain('ru-official');
  });

  it('asks for a scan before the page has a report', () => {
    expect(badgeTitle(null, locale('en'), 'en')).toBe('Framing Lens: click to scan this page');
    expect(badgeTitle(null, locale('ru'), 'ru')).toBe('Framing Lens: нажмите, чтобы проверить эту страницу');
    expect(badgeTitle(null, locale('uk'), 'uk')).toBe('Framing Lens: натисніть, щоб перевірити цю сторінку');
  });
});

describe('badge text and colour', () => {
  it.each<[number, string]>([[0, ''], [1, '1'], [999, '999'], [1000, '999+']])('%i findings read %j', (n, text) => {
    expect(badgeText(reportOf(n, null))).toBe(text);
  });

  it('is empty without a report', () => {
    expect(badgeText(null)).toBe('');
  });

  it('takes the dominant party’s colour from the lexicon, and a neutral grey without one', () => {
    expect(badgeColour('ru-official')).toBe('#c62828');
    expect(badgeColour('ru-soviet')).toBe('#c62828');
    expect(badgeColour('ua-official')).toBe('#1565c0');
    expect(badgeColour('uk-unionist')).not.toBe(badgeColour('ie-nationalist'));
    expect(badgeColour(null)).toBe('#5f6368');
    expect(badgeColour('no-such-party')).toBe('#5f6368');
  });
});
