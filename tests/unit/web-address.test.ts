// A place's name or a loaded term inside an address written out in the text is part of the
// address, which no one can reword: "https://lenta.ru/news/artemovsk/" had been flagged and its
// rewording had read ".../news/Bakhmut/". The outlet an address names is still cited.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const flagged = (text: string) => engine.analyze(text).findings.map((f) => f.text);

describe('web and e-mail addresses', () => {
  it.each([
    ['a link with a scheme', 'Read more at https://lenta.ru/news/2024/artemovsk/ on the site.'],
    ['a link in angle brackets', 'The report is at <https://example.org/reports/liberation-of-artemovsk>.'],
    ['a link without a scheme', 'See www.example.com/kiev-news for the schedule.'],
    ['a host and its path', 'The archive moved to news.example.org/artemovsk/archive last year.'],
    ['an e-mail address', 'Questions go to artemovsk@example.org by Friday.'],
    ['Cyrillic', 'Подробности: https://ria.ru/20240201/artemovsk-osvobozhdenie.html'],
    // Probe 21: a bare domain and a handle.
    ['a bare domain', 'Сайт artemovsk-wine.ru закрыт с 2014 года.'],
    ['a handle', 'Наш канал: @artemovsk_today'],
    ['an identifier', 'The file artemovsk_2014_census.csv lists every street.'],
  ])('%s: no finding', (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['the words after an address', 'Source: https://example.org/report. Russian troops entered Artemovsk on Saturday.', ['Artemovsk']],
    ['a name before its full stop', 'The troops entered Artemovsk. Then they moved on Kiev.', ['Artemovsk', 'Kiev']],
    ['a name in brackets', '(Kiev) Troops entered Artemovsk.', ['Kiev', 'Artemovsk']],
    ['Markdown emphasis', 'Troops entered _Artemovsk_ on Friday.', ['Artemovsk']],
    ['a missing space after the full stop', 'Troops entered Artemovsk.The ministry said so.', ['Artemovsk']],
    // Probe 22: a lower-case word after the missing space is no top-level domain.
    ['a missing space before a lower-case word', 'The army said it had taken Artemovsk.in a statement on Monday.', ['Artemovsk']],
    ['a name after a slash', 'The city, Kiev/Kyiv in the agency\'s style guide, was shelled.', ['Kiev']],
  ])('%s: still flagged', (_name, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('an outlet named by its address is still listed', () => {
    const report = engine.analyze('The claim first appeared at https://lenta.ru/news/2024/artemovsk/ on Monday.');
    expect(report.outlets.map((o) => o.name)).toContain('Lenta.ru');
    expect(report.findings).toEqual([]);
  });
});
