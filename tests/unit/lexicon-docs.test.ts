// docs/lexicon.md is generated from the lexicon and committed so readers can browse it. Every
// npm script that runs tests first runs `npm run lexicon`, which rewrites the file on disk, so
// the file on disk cannot show a forgotten regeneration: this compares what is committed, the
// docs at HEAD against the docs rendered from the lexicon sources at HEAD. It fails once a
// lexicon change is committed without docs/lexicon.md, and is not disturbed by lexicon edits
// still uncommitted in the working tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lexiconDocs } from '../../scripts/lexicon/docs';
import { loadLexicon } from '../../scripts/lexicon/load';

const root = join(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 256 << 20 });

it('docs/lexicon.md at HEAD matches the lexicon at HEAD', () => {
  const committed = git('show', 'HEAD:docs/lexicon.md').toString('utf8');
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-head-'));
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: git('archive', '--format=tar', 'HEAD', 'src/lexicon') });
    const { data, errors } = loadLexicon(join(dir, 'src/lexicon'));
    expect(errors).toEqual([]);
    expect(committed === lexiconDocs(data), 'run `npm run lexicon` and commit docs/lexicon.md with the lexicon change').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('lists every entry with its reference', () => {
  const { data } = loadLexicon();
  const docs = lexiconDocs(data);
  for (const item of data.entries) expect(docs).toContain(`\`${item.entry.id}\``);
  expect(docs).toContain('GeoNames');
});
