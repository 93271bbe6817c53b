// Custom-term files: what the options page imports and exports. The same lexicon schema as
// the shipped packs (src/lexicon/schema.ts), so a reader's term obeys the same rules.
//
//   version: 1            # optional
//   entries:
//     - id: my-term
//       category: loaded-term | unnamed-source | editorializing
//       patterns: [...]
//       neutral: ...       # and explanation, reference, party, severity, context, forms
//
// JSON is read by the YAML parser too (JSON is YAML 1.2), so both kinds of file get the
// same line numbers, entry ids and field names in their error messages.
import { stringify } from 'yaml';
import { z } from 'zod';
import { explanationLine, termEntrySchema } from '../lexicon/schema';
import { validateValue, validateYaml, type Validated } from '../lexicon/validate';
import { CUSTOM_CATEGORIES, CUSTOM_TERM_LIMITS, type CustomEntry } from '../shared/settings';

export { CUSTOM_CATEGORIES };

// The lexicon schema plus what settings storage can keep (CUSTOM_TERM_LIMITS): a term over a
// limit is refused here, with its line and field, instead of vanishing at the next load.
const { patternLength, patterns: maxPatterns, textLength } = CUSTOM_TERM_LIMITS;
const base = termEntrySchema.shape;
const customTermSchema = termEntrySchema
  .extend({
    category: z.enum(CUSTOM_CATEGORIES),
    patterns: z
      .array(base.patterns.element.refine((p) => p.length <= patternLength, `a spelling may have at most ${patternLength} characters`))
      .min(1)
      .max(maxPatterns, `a term may have at most ${maxPatterns} spellings`),
    explanation: explanationLine.max(textLength, `at most ${textLength} characters`),
    reference: base.reference.max(textLength, `at most ${textLength} characters`),
  })
  .strict();

const customFileSchema = z
  .object({ version: z.literal(1).optional(), entries: z.array(customTermSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });

type CustomTerm = z.infer<typeof customTermSchema>;

/** A validated term as settings store it (examples are for the pack tests, not kept). */
function toCustomEntry(term: CustomTerm): CustomEntry {
  const entry: CustomEntry = {
    id: term.id,
    category: term.category,
    patterns: term.patterns,
    party: term.party ?? null,
    neutral: term.neutral,
    explanation: term.explanation,
    reference: term.reference,
  };
  if (term.severity) entry.severity = term.severity;
  if (term.context) entry.context = term.context;
  if (term.forms) entry.forms = term.forms;
  return entry;
}

export function parseTermsFile(source: string): Validated<CustomEntry[]> {
  if (!source.trim()) return { ok: false, problems: [{ line: 1, entry: null, field: '', message: 'the file is empty', code: 'empty_file' }] };
  const result = validateYaml(source, customFileSchema);
  return result.ok ? { ok: true, value: result.value.entries.map(toCustomEntry) } : result;
}

/** One term from the add/edit form, checked by the same schema; problems carry no line. */
export function validateTerm(term: unknown): Validated<CustomEntry> {
  const r = validateValue(term, customTermSchema);
  return r.ok ? { ok: true, value: toCustomEntry(r.value) } : r;
}

/** Imported terms replace stored ones with the same id; the rest are appended. */
export function mergeTerms(current: CustomEntry[], incoming: CustomEntry[]): CustomEntry[] {
  const ids = new Set(incoming.map((e) => e.id));
  return [...current.filter((e) => !ids.has(e.id)), ...incoming];
}

export function exportTerms(entries: CustomEntry[], format: 'json' | 'yaml'): string {
  const data = { version: 1, entries };
  return format === 'json' ? JSON.stringify(data, null, 2) + '\n' : stringify(data);
}

