// The content script's engine carries no descriptions; the service worker fills them in. The
// result must be exactly the report the full engine gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundledDescriptions, createEngine } from '../../src/engine';
import { createEngine as createBareEngine } from '../../src/engine/without-descriptions';
import { describeReport } from '../../src/shared/describe';
import type { Report } from '../../src/shared/report';
import { SEED_ARTICLE } from '../support/seed-article';


it('a report without descriptions, once described, equals the full report', () => {
  const bare = createBareEngine().analyze(SEED_ARTICLE);
  expect(bare.findings.length).toBeGreaterThan(10);
  expect(bare.findings.every((f) => f.explanation === '' && f.reference === '')).toBe(true);
  expect(bare.outlets.find((o) => o.name === 'Responsible Statecraft')?.owner).toBeNull();
  expect(describeReport(bare, bundledDescriptions, 'en')).toEqual(createEngine().analyze(SEED_ARTICLE));
});

// A Russian or Ukrainian reader is told why in the interface's language, an English reader of a
// Russian page in English: each shipped entry explains itself in the three.
it.each(['en', 'ru', 'uk'] as const)('described in %s, a report equals the report of an engine in %s', (lang) => {
  const bare = createBareEngine().analyze(SEED_ARTICLE);
  const described = describeReport(bare, bundledDescriptions, lang);
  expect(described).toEqual(createEngine({ language: lang }).analyze(SEED_ARTICLE));
  const place = described.findings.find((f) => f.category === 'place-name')!;
  const script = /[\u0400-\u04ff]/;
  expect(script.test(place.explanation)).toBe(lang !== 'en');
  const owner = described.outlets.find((o) => o.name === 'Responsible Statecraft')!.owner!;
  expect(script.test(owner)).toBe(lang !== 'en');
});

it('the bundled lexicon carries no descriptions, so the content script stays small', () => {
  const lexicon = readFileSync(join(import.meta.dirname, '../../src/lexicon/generated/lexicon.json'), 'utf8');
  expect(lexicon).not.toMatch(/"explanation":|"reference":|"owner":|"domains":\["/);
});

// Outlets' domains are descriptions: the engine that completes reports (the service worker's,
// with them) lists an outlet a link points to; one without them does not list it at all.
it('a link to an outlet is cited by the engine with the descriptions', () => {
  const text = 'The ministry denied the report, the agency wrote.';
  const links = [{ href: 'https://ria.ru/20251201/strike.html', start: 35, end: 45 }];
  const cited = (report: Report) =>
    report.outlets.map((o) => [o.name, o.domains, o.mentions.map((m) => m.how)]);
  const full = cited(createEngine().analyze(text, { links }));
  expect(full).toEqual([['RIA Novosti (Rossiya Segodnya)', ['ria.ru'], ['link']]]);
  expect(cited(createBareEngine().analyze(text, { links }))).toEqual([]);
});

// Probe 23: a Russian or Ukrainian popup listed "TASS", "Ukrainska Pravda" in Latin letters.
it.each([
  ['en', null, null],
  ['ru', 'ТАСС', 'Украинская правда'],
  ['uk', 'ТАСС', 'Українська правда'],
] as const)('names outlets as readers of %s know them; the report\'s key stays the English name', (lang, tass, pravda) => {
  const text = 'Как сообщает ТАСС, бои продолжаются. По данным «Украинской правды», переговоры сорваны.';
  const outlets = describeReport(createBareEngine().analyze(text), bundledDescriptions, lang).outlets;
  expect(outlets.map((o) => [o.name, o.localName])).toEqual([['TASS', tass], ['Ukrainska Pravda', pravda]]);
  expect(createEngine({ language: lang }).analyze(text).outlets).toEqual(outlets);
});
