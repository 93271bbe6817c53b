// A small lexicon for testing the engine's mechanisms independently of the shipped data: built
// from YAML through the same validation the build uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import { toData } from '../../scripts/lexicon/load';
import { partiesFileSchema } from '../../src/lexicon/schema';
import { validateLexiconFile, validateYaml } from '../../src/lexicon/validate';

const dir = join(import.meta.dirname, '../fixtures/lexicon');

export function fixtureLexicon(): LexiconData {
  const parties = validateYaml(readFileSync(join(import.meta.dirname, '../../src/lexicon/parties.yaml'), 'utf8'), partiesFileSchema);
  if (!parties.ok) throw new Error(JSON.stringify(parties.problems));
  const entries: DataEntry[] = [];
  for (const name of ['terms.yaml', 'places.yaml', 'outlets.yaml', 'cues.yaml', 'sources.yaml']) {
    const result = validateLexiconFile(readFileSync(join(dir, name), 'utf8'));
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
    entries.push(...toData(result.value));
  }
  return { version: 1, parties: parties.value.parties, entries };
}
