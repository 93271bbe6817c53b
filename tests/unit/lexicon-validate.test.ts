// A bad lexicon source (a shipped file or a reader's import) is refused with the line, the
// entry and the field, so it can be fixed without guessing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../scripts/lexicon/load';
import { formatProblem, validateLexiconFile } from '../../src/lexicon/validate';

const header = 'pack: test\ncategory: loaded-term\nlanguage: en\nentries:\n';

describe('lexicon validation', () => {
  it('accepts a valid file', () => {
    const ok = validateLexiconFile(`${header}  - id: orcs\n    patterns: [orcs]\n    party: ua-official\n    neutral: Russian soldiers\n    explanation: A slur.\n    reference: https://example.org\n`);
    expect(ok.ok).toBe(true);
  });

  it.each([
    ['a missing field', `${header}  - id: orcs\n    patterns: [orcs]\n    neutral: x\n    reference: r\n`, { line: 5, entry: 'orcs', field: 'explanation' }],
    ['a bad id', `${header}  - id: Orcs Word\n    patterns: [orcs]\n    neutral: x\n    explanation: e\n    reference: r\n`, { line: 5, entry: 'Orcs Word', field: 'id' }],
    ['a stem in the middle of a word', `${header}  - id: orcs\n    patterns: [or*cs]\n    neutral: x\n    explanation: e\n    reference: r\n`, { line: 6, entry: 'orcs', field: 'patterns.0' }],
    ['a stem within the first four characters', `${header}  - id: orcs\n    patterns: ["Южн* Осети*"]\n    neutral: x\n    explanation: e\n    reference: r\n`, { line: 6, entry: 'orcs', field: 'patterns.0' }],
    ['a pattern beginning with punctuation', `${header}  - id: orcs\n    patterns: ["«Дождь"]\n    neutral: x\n    explanation: e\n    reference: r\n`, { line: 6, entry: 'orcs', field: 'patterns.0' }],
    ['an unknown field', `${header}  - id: orcs\n    patterns: [orcs]\n    neutral: x\n    explanation: e\n    reference: r\n    colour: red\n`, { line: 5, entry: 'orcs', field: '' }],
    ['YAML that does not parse', `${header}  - id: orcs\n    patterns: [orcs\n    neutral: x\n`, { line: 7, entry: null }],
  ])('refuses %s, naming line, entry and field', (_name, source, expected) => {
    const result = validateLexiconFile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject(expected);
    expect(formatProblem('custom.yaml', result.problems[0]!)).toMatch(/^custom\.yaml:\d+: /);
  });
});

describe('parties validation', () => {
  const party = (colour: string | null) =>
    `parties:\n  - id: ru-official\n${colour === null ? '' : `    colour: ${colour}\n`}    label: { en: a, ru: b, uk: c }\n    name: { en: a, ru: b, uk: c }\n`;
  const build = (source: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'framing-lens-parties-'));
    writeFileSync(join(dir, 'parties.yaml'), source);
    return loadLexicon(dir).errors;
  };

  it('accepts a quoted six-digit colour', () => {
    expect(build(party("'#c62828'"))).toEqual([]);
  });

  it.each([
    ['an unquoted colour (YAML reads a comment)', party('#c62828'), /parties\.yaml:3: entry ru-official, field colour: .*in quotes/],
    ['a colour name', party('red'), /parties\.yaml:3: entry ru-official, field colour: must be a colour like/],
    ['a three-digit colour', party("'#c22'"), /parties\.yaml:3: entry ru-official, field colour: must be a colour like/],
    ['no colour', party(null), /parties\.yaml:2: entry ru-official, field colour: /],
  ])('stops the build on %s, naming the party and the field', (_name, source, expected) => {
    const errors = build(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });
});
