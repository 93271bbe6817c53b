// The content script's engine carries no descriptions; the service worker fills them in. The
// result must be exactly the report the full engine gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundledDescriptions, createEngine } from '../../src/engine';
import { createEngine as createBareEngine } from '../../src/engine/without-descriptions';
import { describeReport } from '../../src/shared/describe';
import { SEED_ARTICLE } from '../support/seed-article';


it('a report without descriptions, once described, equals the full report', () => {
  const bare = createBareEngine().analyze(SEED_ARTICLE);
  expect(bare.findings.length).toBeGreaterThan(10);
  expect(bare.findings.every((f) => f.explanation === '' && f.reference === '')).toBe(true);
  expect(bare.outlets.find((o) => o.name === 'Responsible Statecraft')?.owner).toBeNull();
  expect(describeReport(bare, bundledDescriptions)).toEqual(createEngine().analyze(SEED_ARTICLE));
});

it('the bundled lexicon carries no descriptions, so the content script stays small', () => {
  const lexicon = readFileSync(join(import.meta.dirname, '../../src/lexicon/generated/lexicon.json'), 'utf8');
  expect(lexicon).not.toMatch(/"explanation"|"reference"|"owner"/);
});
