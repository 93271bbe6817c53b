// The people a report cites are named once each in the popup and the Markdown report: a surname
// mentioned after the full name, in any case form, was a second person ("Дмитрий Песков",
// "Пескова"; "Dmitry Peskov", "Peskov").
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { peopleCited } from '../../src/shared/people';
import { ENGLISH_MARKDOWN_LABELS } from '../../src/cli/labels';
import { reportToMarkdown } from '../../src/shared/report-markdown';

const engine = createEngine();

describe('each person cited, once', () => {
  it.each([
    ['English', 'Kremlin spokesman Dmitry Peskov spoke on Monday. The talks failed, Peskov said.', ['Dmitry Peskov']],
    ['Russian, the surname declined', 'Пресс-секретарь Кремля Дмитрий Песков ответил журналистам. По словам Пескова, переговоры возможны.', ['Дмитрий Песков']],
    ['two people', 'Dmitry Peskov said talks were possible. Maria Zakharova said they were not. Peskov said later that he was right.', ['Dmitry Peskov', 'Maria Zakharova']],
    ['a surname alone stays', '“We will defend Kyiv,” Zelensky said on Monday.', ['Zelensky']],
  ])('%s', (_name, text, expected) => {
    expect(peopleCited(engine.analyze(text))).toEqual(expected);
  });

  it('the Markdown report lists them so', () => {
    const md = reportToMarkdown(engine.analyze('Kremlin spokesman Dmitry Peskov spoke on Monday. The talks failed, Peskov said.'), ENGLISH_MARKDOWN_LABELS);
    expect(md).toMatch(/- Dmitry Peskov\n/);
    expect(md).not.toMatch(/- Peskov\n/);
  });
});
