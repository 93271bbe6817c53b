// Reads every lexicon source under src/lexicon, validates it, and checks what no single file can:
// ids unique across files, parties known, stems long enough. Shared by the build script and the
// tests, so a test sees exactly what the build sees.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataEntry, LexiconData } from '../../src/engine/lexicon';
import { partiesFileSchema, type LexiconFile } from '../../src/lexicon/schema';
import { formatProblem, validateLexiconFile, validateYaml } from '../../src/lexicon/validate';

export const LEXICON_DIR = join(import.meta.dirname, '../../src/lexicon');

export interface Examples {
  id: string;
  file: string;
  kind: DataEntry['kind'];
  flag: string[];
  pass: string[];
}

export interface LoadedLexicon {
  data: LexiconData;
  examples: Examples[];
  errors: string[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'generated' ? [] : yamlFiles(path);
      return name.endsWith('.yaml') && name !== 'parties.yaml' ? [path] : [];
    });
}

export function toData(file: LexiconFile): DataEntry[] {
  return file.entries.map((entry) => {
    const { examples: _examples, ...rest } = entry;
    switch (file.category) {
      case 'place-name':
        return { kind: 'place', pack: file.pack, language: file.language, entry: rest } as DataEntry;
      case 'outlet':
        return { kind: 'outlet', pack: file.pack, language: file.language, entry: rest } as DataEntry;
      case 'cue':
        return { kind: 'cue', pack: file.pack, language: file.language, entry: rest } as DataEntry;
      default:
        return { kind: 'term', pack: file.pack, language: file.language, category: file.category, entry: rest } as DataEntry;
    }
  });
}


export function loadLexicon(dir = LEXICON_DIR): LoadedLexicon {
  const errors: string[] = [];
  const partiesPath = join(dir, 'parties.yaml');
  const parties = validateYaml(readFileSync(partiesPath, 'utf8'), partiesFileSchema);
  if (!parties.ok) errors.push(...parties.problems.map((p) => formatProblem(relative(process.cwd(), partiesPath), p)));
  const partyIds = new Set(parties.ok ? parties.value.parties.map((p) => p.id) : []);
  for (const p of parties.ok ? parties.value.parties : []) {
    if (p.counterpart && !partyIds.has(p.counterpart)) errors.push(`src/lexicon/parties.yaml: party ${p.id}: field counterpart: unknown party "${p.counterpart}"`);
  }

  const entries: DataEntry[] = [];
  const examples: Examples[] = [];
  const seen = new Map<string, string>();
  for (const path of yamlFiles(dir)) {
    const name = relative(process.cwd(), path);
    const result = validateLexiconFile(readFileSync(path, 'utf8'));
    if (!result.ok) {
      errors.push(...result.problems.map((p) => formatProblem(name, p)));
      continue;
    }
    const file = result.value;
    if (!path.includes(`/${file.pack}/`)) errors.push(`${name}: pack "${file.pack}" must match its folder`);
    const data = toData(file);
    data.forEach((item, k) => {
      const id = item.entry.id;
      const where = `${name}: entry ${id}`;
      if (seen.has(id)) errors.push(`${where}: id already used in ${seen.get(id)}`);
      seen.set(id, name);
      const parties = item.kind === 'term' ? [item.entry.party, item.entry.context?.partyBy?.party] : item.kind === 'place' ? item.entry.names.map((n) => n.party) : [];
      for (const party of parties) if (party && !partyIds.has(party)) errors.push(`${where}: field party: unknown party "${party}" (see parties.yaml)`);
      const ex = file.entries[k]!.examples ?? { flag: [], pass: [] };
      if (item.kind !== 'cue' && ex.flag.length === 0) errors.push(`${where}: field examples.flag: at least one must-flag example is required`);
      examples.push({ id, file: name, kind: item.kind, flag: ex.flag, pass: ex.pass });
      entries.push(item);
    });
  }
  return {
    data: { version: 1, parties: parties.ok ? parties.value.parties : [], entries },
    examples,
    errors,
  };
}
