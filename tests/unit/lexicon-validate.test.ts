// A bad lexicon source (a shipped file or a reader's import) is refused with the line, the
// entry and the field, so it can be fixed without guessing.
import { describe, expect, it } from 'vitest';
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
