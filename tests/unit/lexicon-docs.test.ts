// docs/lexicon.md is generated from the lexicon and committed so readers can browse it; this
// fails when a data change was committed without regenerating it (`npm run lexicon`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lexiconDocs } from '../../scripts/lexicon/docs';
import { loadLexicon } from '../../scripts/lexicon/load';

it('docs/lexicon.md matches the lexicon', () => {
  const committed = readFileSync(join(import.meta.dirname, '../../docs/lexicon.md'), 'utf8');
  expect(committed === lexiconDocs(loadLexicon().data), 'run `npm run lexicon` and commit docs/lexicon.md').toBe(true);
});

it('lists every entry with its reference', () => {
  const { data } = loadLexicon();
  const docs = lexiconDocs(data);
  for (const item of data.entries) expect(docs).toContain(`\`${item.entry.id}\``);
  expect(docs).toContain('GeoNames');
});
