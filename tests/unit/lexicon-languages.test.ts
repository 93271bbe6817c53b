// What the reader is told is in the interface's language: every shipped entry a reader is shown
// (all but the cues, which no card shows) explains itself in English, Russian and Ukrainian,
// and every outlet's owner too. Before, a Russian reader saw most explanations in English and
// an English reader those of Russian words in Russian.
import { expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lexicon/load';
import type { Localized } from '../../src/shared/localized';
import { validateLexiconFile } from '../../src/lexicon/validate';

const { data, errors } = loadLexicon();
const shown = data.entries.filter((item) => item.kind !== 'cue');

function languagesOf(value: Localized): string[] {
  return typeof value === 'string' ? [] : Object.keys(value).sort();
}

it('loads without problems', () => {
  expect(errors).toEqual([]);
  expect(shown.length).toBeGreaterThan(600);
});

it('gives every entry a reader is shown its explanation in en, ru and uk', () => {
  const missing = shown.filter((item) => languagesOf(item.entry.explanation).join() !== 'en,ru,uk').map((item) => item.entry.id);
  expect(missing).toEqual([]);
});

it('gives every outlet its owner in en, ru and uk', () => {
  const missing = shown.filter((item) => item.kind === 'outlet' && languagesOf(item.entry.owner).join() !== 'en,ru,uk').map((item) => item.entry.id);
  expect(missing).toEqual([]);
});

it('writes each language in its own script, the words and names it speaks of aside', () => {
  const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
  // The words an explanation speaks of are quoted: «…», "…".
  const own = (s: string) => s.replace(/«[^»]*»|"[^"]*"/g, '');
  const latin = (s: string) => count(own(s), /[a-z]/gi) > count(own(s), /[\u0400-\u04ff]/g);
  const wrong = shown.flatMap((item) => {
    const e = item.entry.explanation;
    if (typeof e === 'string') return [];
    return [!latin(e.en) && 'en', latin(e.ru) && 'ru', latin(e.uk) && 'uk'].filter(Boolean).map((lang) => `${item.entry.id}: ${lang}`);
  });
  expect(wrong).toEqual([]);
});

it('still takes one text from a reader\'s own file, and refuses a language it does not know', () => {
  const file = (explanation: string) => `pack: test\ncategory: loaded-term\nlanguage: en\nentries:\n  - id: orcs\n    patterns: [orcs]\n    neutral: Russian soldiers\n    explanation: ${explanation}\n    reference: https://example.org\n`;
  expect(validateLexiconFile(file('A slur.')).ok).toBe(true);
  expect(validateLexiconFile(file('{ en: A slur., ru: Оскорбление., uk: Образа. }')).ok).toBe(true);
  const refused = validateLexiconFile(file('{ en: A slur., de: Beleidigung. }'));
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.problems[0]).toMatchObject({ entry: 'orcs', field: expect.stringMatching(/^explanation/) });
});
