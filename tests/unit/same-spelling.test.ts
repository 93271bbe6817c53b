// Russian and Ukrainian entries can share a spelling ("режим"). The text's own language's entry
// judges the words; when its context rules turn them down ("режим чрезвычайного положения", a
// state of emergency), the other language's entry, whose rules do not read this language, must
// not take them instead (probe 7: both Russian sentences below were flagged by the Ukrainian
// entry). An entry of no language (an outlet's name) still may.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const ids = (text: string) => engine.analyze(text).findings.map((f) => f.entryId);

describe('words two languages\' entries share', () => {
  it.each([
    'Трамп объявил режим чрезвычайного положения на южной границе США.',
    'Трамп перешёл в режим предвыборной кампании и провёл три митинга за день.',
  ])('a Russian sentence its Russian entry turns down is not flagged by the Ukrainian one: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('the text\'s own entry still flags what it should', () => {
    expect(ids('Режим Лукашенко ужесточил наказание за протесты.')).toEqual(['regime-label-ru']);
    expect(ids('Режим Лукашенка посилив покарання для протестувальників у Білорусі.')).toEqual(['regime-label-uk']);
  });

  it('an outlet\'s name, of no language, still takes a word the loaded term turns down', () => {
    expect(engine.analyze('The French daily Libération reported the arrests.').outlets.map((o) => o.name)).toEqual(['Libération']);
  });
});
