// The schema every lexicon source file (and every custom-term file a reader imports) must
// satisfy. The build script and the options page both validate with it, so a term a reader adds
// obeys the same rules as a shipped one.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
// The scanner's word filter reads a pattern's first four characters (src/engine/automaton.ts),
// so they must be known: a letter or digit first, and no stem before the fifth character
// ("Южн* Осети*" would flood and defeat the filter; "Южная Осети*" is fine).
const pattern = nonEmpty
  .refine((p) => !/\*\S/.test(p), 'a `*` may only end a word')
  .refine((p) => /^[\p{L}\p{N}]/u.test(p.trim()), 'a pattern must begin with a letter or a digit')
  .refine((p) => {
    const star = p.trim().replace(/[\s\p{Pd}]+/gu, ' ').replace(/[\p{M}\u00ad\u200b-\u200d]/gu, '').indexOf('*');
    return star < 0 || star >= 4;
  }, 'keep at least four characters before a `*` (a shorter stem floods)');
// A year is a natural context word (`1944`); YAML reads it as a number.
const word = z.union([nonEmpty, z.number().transform(String)]);
const words = z.array(word).min(1);

export const contextSchema = z
  .object({
    near: z
      .object({
        words: z.array(word).default([]),
        places: z.boolean().default(false),
        within: z.number().int().min(1).max(60).default(6),
        // Only the words after the match count: "так званий з'їзд", not "влада провела так званий".
        after: z.boolean().optional(),
      })
      .strict()
      .optional(),
    notNear: z
      .object({ words, within: z.number().int().min(1).max(60).default(6) })
      .strict()
      .optional(),
    notBefore: words.optional(),
    notAfter: words.optional(),
    matchCase: z.boolean().optional(),
    capitalized: z.boolean().optional(),
    lowerCase: z.boolean().optional(),
    unlessNamed: z.boolean().optional(),
    // Only right before an outlet's name: "источник РБК", "собеседник «Ведомостей»".
    outletAfter: z.boolean().optional(),
    // Not when one of these nouns ends the match and an organization's name follows it:
    // "according to analysts at Goldman Sachs", «по мнению экспертов ISW».
    unlessOrganization: words.optional(),
    // Whose usage a word both sides use is, when one of `words` stands up to `within` words before
    // it, the sentence's subject: "ЗСУ звільнили Херсон" is Kyiv's, "Russian forces liberated" Moscow's.
    // `forms`: the neutral in that party's mouth where it differs ("звільнений": Kyiv's
    // recapture is «відвойований», Moscow's capture «захоплений»).
    partyBy: z.object({ party: nonEmpty, words, within: z.number().int().min(1).max(8).default(3), forms: z.record(z.string(), z.string()).optional() }).strict().optional(),
    // The year a renamed place's name stopped being official: a sentence dated by earlier years
    // only ("born in Artemovsk in 1952") uses the name of its time, as history does.
    officialUntil: z.number().int().min(1000).max(2100).optional(),
    // A preposition of the match's object that its neutral governs otherwise, read up to a few
    // words on in its clause: { от: у } rewords «освободили Покровск от ВСУ» as «захватили
    // Покровск у ВСУ», not «захватили Покровск от ВСУ».
    governs: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const examplesSchema = z
  .object({ flag: z.array(nonEmpty).default([]), pass: z.array(nonEmpty).default([]) })
  .strict();

const severity = z.enum(['high', 'medium', 'low']);
const forms = z.record(z.string(), z.string());

/** An explanation: one line a reader takes in at a glance. */
export const explanationLine = nonEmpty.max(300, 'keep it to one line (300 characters at most)');

/**
 * What a reader is told, in each language of the interface (en, ru, uk): the shipped lexicon
 * gives all three; a custom term, or a cue no reader is shown, one text in any language.
 */
function inLanguages<T extends z.ZodType<string>>(text: T) {
  return z.union([text, z.object({ en: text, ru: text, uk: text }).strict()], {
    error: 'must be one text, or one per language: { en: …, ru: …, uk: … }',
  });
}

const base = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens'),
  explanation: inLanguages(explanationLine),
  reference: nonEmpty,
  context: contextSchema.optional(),
  examples: examplesSchema.optional(),
  severity: severity.optional(),
};

export const termEntrySchema = z
  .object({
    ...base,
    patterns: z.array(pattern).min(1),
    party: z.string().nullable().default(null),
    neutral: z.string(),
    forms: forms.optional(),
  })
  .strict();

const lang = z.enum(['en', 'ru', 'uk']);

export const placeEntrySchema = z
  .object({
    ...base,
    canonical: z.object({ en: nonEmpty, ru: nonEmpty.optional(), uk: nonEmpty.optional() }).strict(),
    canonicalPatterns: z.array(pattern).default([]),
    names: z
      .array(
        z
          .object({
            party: nonEmpty,
            lang,
            label: nonEmpty,
            patterns: z.array(pattern).min(1),
            forms: forms.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const outletEntrySchema = z
  .object({
    ...base,
    name: nonEmpty,
    // The name Russian- and Ukrainian-language readers know it by («ТАСС», «Українська правда»),
    // for an interface in their language; `name` stays the report's key.
    localNames: z.object({ ru: nonEmpty, uk: nonEmpty }).strict().optional(),
    patterns: z.array(pattern).min(1),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain like tass.ru')).default([]),
    country: nonEmpty,
    owner: inLanguages(nonEmpty),
    stateControlled: z.boolean(),
  })
  .strict();

// `not-person`: words that make a capitalised run an institution, a country or a place, never a
// person's name ("European Commission", "Минобороны России"); src/engine/attribution.ts.
// `place-word`: words that name a country, a region or a place: no person's name either, and
// before a headline's colon a location tag ("Ukraine: …"), not a speaker; src/engine/headline-speech.ts.
// `naming-clause`: words that open a clause saying whose word the one before it is ("X, as Moscow
// calls it"); src/engine/naming-clause.ts.
export const CUE_ROLES = ['attribution-before', 'attribution-after', 'outlet-noun', 'person-title', 'so-called', 'renamed', 'not-person', 'place-word', 'naming-clause', 'disputed', 'rubric', 'institution-noun'] as const;
export const MENTION_HOWS = ['according to', 'quoted by', 'reported', 'told', 'cited by'] as const;

export const cueEntrySchema = z
  .object({
    ...base,
    role: z.enum(CUE_ROLES),
    how: z.enum(MENTION_HOWS).optional(),
    // With \`how: told\`: the name after the cue is whom the speaker told, an outlet or no one
    // cited ("Shoigu told Putin"); not an interviewer's ("in an interview with Tucker Carlson").
    addressee: z.boolean().optional(),
    // `so-called` only: words that may stand between the cue and the word it keeps at a distance
    // (default 5: "called the Ukrainian leadership a neo-Nazi gang"); 1 for an adjective ("the
    // so-called Wagner group liberated Artemovsk" leaves "liberated" to the outlet).
    reach: z.number().int().min(0).max(8).optional(),
    patterns: z.array(pattern).min(1),
  })
  .strict();

export const FILE_CATEGORIES = ['loaded-term', 'place-name', 'unnamed-source', 'editorializing', 'outlet', 'cue'] as const;
export type FileCategory = (typeof FILE_CATEGORIES)[number];

const header = {
  pack: z.string().regex(/^[a-z0-9-]+$/),
  language: z.enum(['en', 'ru', 'uk', 'multi']),
};

export const lexiconFileSchema = z.discriminatedUnion('category', [
  z.object({ ...header, category: z.literal('loaded-term'), entries: z.array(termEntrySchema) }).strict(),
  z.object({ ...header, category: z.literal('unnamed-source'), entries: z.array(termEntrySchema) }).strict(),
  z.object({ ...header, category: z.literal('editorializing'), entries: z.array(termEntrySchema) }).strict(),
  z.object({ ...header, category: z.literal('place-name'), entries: z.array(placeEntrySchema) }).strict(),
  z.object({ ...header, category: z.literal('outlet'), entries: z.array(outletEntrySchema) }).strict(),
  z.object({ ...header, category: z.literal('cue'), entries: z.array(cueEntrySchema) }).strict(),
]);

// A badge background (chrome.action.setBadgeBackgroundColor takes any CSS colour; six hex digits
// keep the contrast test's arithmetic simple). An unquoted `#` makes YAML read null.
const colour = z
  .string({ error: "must be a colour like '#c62828', in quotes (YAML reads an unquoted # as a comment)" })
  .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like '#c62828': # and six hex digits");

export const partiesFileSchema = z
  .object({
    parties: z.array(
      z
        .object({
          id: nonEmpty,
          counterpart: nonEmpty.optional(),
          colour,
          label: z.object({ en: nonEmpty, ru: nonEmpty, uk: nonEmpty }).strict(),
          name: z.object({ en: nonEmpty, ru: nonEmpty, uk: nonEmpty }).strict(),
        })
        .strict(),
    ),
  })
  .strict();

export type LexiconFile = z.infer<typeof lexiconFileSchema>;
export type TermEntry = z.infer<typeof termEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type OutletEntry = z.infer<typeof outletEntrySchema>;
export type CueEntry = z.infer<typeof cueEntrySchema>;
export type ContextRule = z.infer<typeof contextSchema>;
export type PartiesFile = z.infer<typeof partiesFileSchema>;
