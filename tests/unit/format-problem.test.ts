// The build and the options page word a lexicon problem with one function
// (src/lexicon/validate.ts formatProblem): the options page passes no file name, and a form
// field has no line (0), which is left out rather than shown as "line 0".
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lexicon/validate';
import { validateTerm } from '../../src/options/terms-file';

const problem = { line: 4, entry: 'my-term', field: 'patterns.0', message: 'must not be empty' };

describe('formatProblem', () => {
  it('names the file and line for the build', () => {
    expect(formatProblem('en/loaded.yaml', problem)).toBe('en/loaded.yaml:4: entry my-term, field patterns.0: must not be empty');
  });
  it('names the line for the options page', () => {
    expect(formatProblem(null, problem)).toBe('line 4, entry my-term, field patterns.0: must not be empty');
  });
  it('leaves out a line it does not have', () => {
    expect(formatProblem(null, { ...problem, line: 0, entry: null })).toBe('field patterns.0: must not be empty');
    expect(formatProblem(null, { line: 0, entry: null, field: '', message: 'the file is empty' })).toBe('the file is empty');
  });
  it('a form term is checked with the same problems, without a line', () => {
    const r = validateTerm({ id: 'Bad_Id', category: 'loaded-term', patterns: ['a phrase'], neutral: 'b', explanation: 'c', reference: 'd' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => formatProblem(null, p))).toEqual([expect.stringMatching(/^field id: must be kebab-case/)]);
  });
});
