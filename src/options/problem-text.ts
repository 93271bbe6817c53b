// A problem with a reader's term, in the reader's language: where (line, entry, the form's own
// label for the field) and why, from the schema's issue code. The build's messages
// (validate.ts: formatProblem) are for the lexicon's maintainers, in English; these are for
// readers, who see the options page in Russian or Ukrainian too.
import type { LexiconProblem } from '../lexicon/validate';
import { t } from '../ui/i18n';

/** The form's label for a term's field ("patterns.2" is a pattern: the field is "patterns"). */
const FIELD_LABELS: Record<string, string> = {
  id: 'termId', category: 'termCategory', patterns: 'termPatterns', party: 'termParty',
  neutral: 'termNeutral', explanation: 'termExplanation', reference: 'termReference',
};

const REASONS: Record<string, string> = {
  too_small: 'problemEmpty',
  invalid_format: 'problemFormat',
  invalid_value: 'problemChoice',
  invalid_type: 'problemType',
  unrecognized_keys: 'problemUnknownField',
  empty_file: 'problemEmptyFile',
};

function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field.split('.')[0]!];
  return key ? t(key) : field;
}

function reason(p: LexiconProblem): string {
  // An id's format has words of its own: it is the one field with a pattern to follow.
  if (p.code === 'invalid_format' && p.field === 'id') return t('problemIdFormat');
  if (p.code === 'custom' && p.message.startsWith('duplicate id')) return t('problemDuplicateId');
  const key = p.code ? REASONS[p.code] : undefined;
  // A syntax error's text comes from the YAML parser, in English: said as such.
  return key ? t(key) : p.code ? p.message : t('problemSyntax', p.message);
}

export function problemText(p: LexiconProblem): string {
  const where = [p.line > 0 && t('problemLine', p.line), p.entry && t('problemEntry', p.entry), p.field && t('problemField', fieldLabel(p.field))]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${reason(p)}`;
}

/** A file's problems in the order of its lines. */
export function problemsText(problems: readonly LexiconProblem[]): string[] {
  return [...problems].sort((a, b) => a.line - b.line).map(problemText);
}

/** The form's fields, top to bottom. */
const FORM_ORDER = ['patterns', 'category', 'party', 'neutral', 'explanation', 'reference', 'id'];

/** The term form's problems in the order of its fields (probe 23: "Why", "Reference", then "Words"). */
export function formProblemsText(problems: readonly LexiconProblem[]): string[] {
  const at = (p: LexiconProblem) => {
    const k = FORM_ORDER.indexOf(p.field?.split('.')[0] ?? '');
    return k < 0 ? FORM_ORDER.length : k;
  };
  return [...problems].sort((a, b) => at(a) - at(b)).map(problemText);
}
