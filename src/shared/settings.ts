// Reader settings: type, defaults, field-by-field validation, numbered migrations, and the
// three-step load. Pure: storage access goes through the `SettingsArea` interface so the
// platform layer (src/platform/settings-store.ts) is the only code that touches browser.storage.
//
//   raw storage ──1 validate envelope──▶ record ──2 migrate 001..N──▶ record
//               ──3 validate each field, fill defaults for the rest──▶ Settings
//
// Why the envelope is checked before migrating and the fields after: migrations receive the
// shape an older build wrote, which the current field schemas do not know; validating each
// field against the current schema only makes sense once it has been migrated to it. A field
// that fails validation is replaced by its default on its own, so one bad value never resets
// the reader's other choices (the Dark Reader habit, STYLE.md).
import * as v from 'valibot'; // not zod: the content script carries it (see messages.ts)
import type { ContextRule, TermEntry } from '../lexicon/schema';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from './report';
import { MIGRATIONS } from './migrations';
import { hostMatches, normalizeHost } from './hosts';

export const SCHEMA_VERSION = MIGRATIONS.length;

export type HighlightStyle = 'colours' | 'underline-only';

/** The categories a reader's own term may have (place names need the lexicon's structure). */
export const CUSTOM_CATEGORIES = ['loaded-term', 'unnamed-source', 'editorializing'] as const satisfies readonly Category[];

/**
 * What storage keeps of one custom term. The import and the add/edit form
 * (src/options/terms-file.ts) refuse a term over these limits with a message, so a term is
 * never accepted there and then dropped by the next settings load.
 */
export const CUSTOM_TERM_LIMITS = {
  /** Spellings per term. */
  patterns: 50,
  /** Characters per spelling. */
  patternLength: 200,
  /** Characters of the explanation and of the reference. */
  textLength: 500,
} as const;

/**
 * A term the reader added: a lexicon YAML term entry (src/lexicon/SCHEMA.md) with its category,
 * without the examples the pack tests use. Derived from the lexicon's type (a type-only import:
 * nothing of zod reaches the bundle) so the content script hands it to the engine as it is.
 */
// A reader's term explains itself in the reader's one language.
export type CustomEntry = Omit<TermEntry, 'examples' | 'explanation'> & { explanation: string; category: (typeof CUSTOM_CATEGORIES)[number] };

/** The least severe finding still highlighted and listed ('low' shows everything). */
export type SeverityThreshold = Severity;

export type Settings = {
  schemaVersion: number;
  /** Categories the reader wants highlighted. */
  categories: Record<Category, boolean>;
  /** Lexicon packs switched off (pack ids, SCHEMA.md). */
  disabledPacks: string[];
  highlightStyle: HighlightStyle;
  /** Findings below this severity are not shown (options page). */
  minSeverity: SeverityThreshold;
  /** Host names where scanning never runs (a host also covers its subdomains). */
  disabledSites: string[];
  /** Host names the reader added for automatic scanning (optional host permissions). */
  autoSites: string[];
  customEntries: CustomEntry[];
};

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SCHEMA_VERSION,
  categories: { 'loaded-term': true, 'place-name': true, 'unnamed-source': true, editorializing: true },
  disabledPacks: [],
  highlightStyle: 'colours',
  minSeverity: 'low',
  disabledSites: [],
  autoSites: [],
  customEntries: [],
};

/** A lower-case host name such as example.org. */
const hostName = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/));

const customEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), // kebab-case
  category: v.picklist(CUSTOM_CATEGORIES),
  patterns: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(CUSTOM_TERM_LIMITS.patternLength))),
    v.minLength(1),
    v.maxLength(CUSTOM_TERM_LIMITS.patterns),
  ),
  // A default fills the field when its key is missing or its value undefined.
  party: v.optional(v.nullable(v.string()), null),
  // Older builds stored a missing neutral as null, which the engine reads as a string (and
  // threw on); '' is what the add form stores for an empty one: the rewording drops the word.
  neutral: v.optional(v.pipe(v.nullable(v.string()), v.transform((n) => n ?? '')), ''),
  explanation: v.optional(v.pipe(v.string(), v.maxLength(CUSTOM_TERM_LIMITS.textLength)), ''),
  reference: v.optional(v.pipe(v.string(), v.maxLength(CUSTOM_TERM_LIMITS.textLength)), ''),
  severity: v.optional(v.picklist(SEVERITIES)),
  // Context rules were validated against the lexicon schema (zod, which the content script
  // does not carry) when the term was imported or added; storage keeps them as they were.
  context: v.optional(v.pipe(v.record(v.string(), v.unknown()), v.transform((c) => c as ContextRule))),
  // A form spelled `constructor` or `prototype` is dropped here (v.record drops those keys).
  forms: v.optional(v.record(v.string(), v.string())),
});

/** Stop at a field's first problem: only the verdict is used, not the list of issues. */
const EARLY = { abortEarly: true } as const;

/** One schema per field: a field is validated, and falls back to its default, on its own. */
const FIELD_SCHEMAS = {
  schemaVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  categories: v.object(Object.fromEntries(CATEGORIES.map((c) => [c, v.boolean()])) as Record<Category, v.BooleanSchema<undefined>>),
  disabledPacks: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(100)),
  highlightStyle: v.picklist(['colours', 'underline-only']),
  minSeverity: v.picklist(SEVERITIES),
  disabledSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  autoSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  customEntries: v.pipe(v.array(customEntrySchema), v.maxLength(5000)),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

export type LooseRecord = Record<string, unknown>;

export interface LoadResult {
  settings: Settings;
  /** Fields that were present but invalid and so replaced by their defaults. */
  rejected: string[];
  /** Migrations applied, by file name. */
  migrated: string[];
}

/** Step 1: the stored value must be a plain object; its version tells which migrations run. */
function validateEnvelope(raw: unknown): { record: LooseRecord; version: number } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { record: {}, version: 0 };
  const record = { ...(raw as LooseRecord) };
  const v = record.schemaVersion;
  const version = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
  return { record, version };
}

/** Step 2: apply every migration newer than `version`, in order. */
export function migrate(record: LooseRecord, version: number): { record: LooseRecord; applied: string[] } {
  let current = record;
  const applied: string[] = [];
  for (let i = version; i < MIGRATIONS.length; i++) {
    const m = MIGRATIONS[i]!;
    current = m.up(current);
    applied.push(m.name);
  }
  return { record: { ...current, schemaVersion: Math.max(version, MIGRATIONS.length) }, applied };
}

/** Step 3: validate field by field; a missing or invalid field takes its default. */
function fillDefaults(record: LooseRecord): { settings: Settings; rejected: string[] } {
  const settings: LooseRecord = {};
  const rejected: string[] = [];
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof Settings)[]) {
    const value = record[key];
    if (value === undefined) {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
      continue;
    }
    let parsed: v.SafeParseResult<v.GenericSchema> = v.safeParse(FIELD_SCHEMAS[key], value, EARLY);
    if (!parsed.success && key === 'categories' && value && typeof value === 'object') {
      // A missing category (one added by a later release) is on by default.
      parsed = v.safeParse(FIELD_SCHEMAS.categories, { ...DEFAULT_SETTINGS.categories, ...value }, EARLY);
    }
    if (!parsed.success && key in ITEM_SCHEMAS && Array.isArray(value)) {
      // A list with one bad item keeps its good ones: one odd imported term (a reference over
      // the limit) must not cost the reader every other term. Still reported as rejected.
      const item = ITEM_SCHEMAS[key as keyof typeof ITEM_SCHEMAS];
      const good = value.filter((x) => v.is(item, x));
      const kept = v.safeParse(FIELD_SCHEMAS[key], good, EARLY);
      if (kept.success) {
        settings[key] = kept.output;
        rejected.push(key);
        continue;
      }
    }
    if (parsed.success) settings[key] = parsed.output;
    else {
      settings[key] = structuredClone(DEFAULT_SETTINGS[key]);
      rejected.push(key);
    }
  }
  return { settings: settings as Settings, rejected };
}

/** The item schemas of the list fields, to keep a list's valid items when some are not. */
const ITEM_SCHEMAS = {
  customEntries: customEntrySchema,
  disabledSites: hostName,
  autoSites: hostName,
} satisfies Partial<Record<keyof Settings, v.GenericSchema>>;

/** The three-step load. Never throws: whatever storage holds, the reader gets usable settings. */
export function loadSettingsFrom(raw: unknown): LoadResult {
  const { record, version } = validateEnvelope(raw);
  const { record: migrated, applied } = migrate(record, version);
  const { settings, rejected } = fillDefaults(migrated);
  return { settings, rejected, migrated: applied };
}

export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  return settings.disabledSites.some((site) => hostMatches(hostname, site));
}

/**
 * The disabled-site list after the reader switches `hostname` off or back on. On removes every
 * entry that covers the host (the host itself and each parent domain, as isSiteDisabled reads
 * them): removing only the exact host left news.bbc.co.uk off while bbc.co.uk was listed.
 * Off adds the host unless an entry already covers it.
 */
export function setSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string, off: boolean): string[] {
  const site = normalizeHost(hostname);
  if (off) return isSiteDisabled(settings, site) ? [...settings.disabledSites] : [...settings.disabledSites, site];
  return settings.disabledSites.filter((s) => !hostMatches(site, s));
}

/** Whether a finding of this severity is shown under the reader's threshold. */
export function meetsSeverity(settings: Pick<Settings, 'minSeverity'>, severity: Severity): boolean {
  // SEVERITIES runs from least to most severe.
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(settings.minSeverity);
}

/** The categories switched off, in the shape EngineConfig wants. */
export function disabledCategories(settings: Settings): Category[] {
  return CATEGORIES.filter((c) => !settings.categories[c]);
}

/**
 * What of the settings the engine reads, in the shape EngineConfig wants: the content script's
 * detector and the service worker's engine, which completes its reports, must find the same.
 */
export function engineSettings(settings: Settings) {
  return {
    disabledCategories: disabledCategories(settings),
    minSeverity: settings.minSeverity,
    disabledPacks: settings.disabledPacks,
    customEntries: settings.customEntries,
  };
}

// ── storage layout ──────────────────────────────────────────────────────────────────────────
// storage.sync holds everything but a large customEntries list: sync allows 8 KB per item, so
// past that the list moves to storage.local and sync records where it went.

const SYNC_ITEM_LIMIT = 7_000;

export interface SettingsArea {
  get(keys: string[] | null): Promise<LooseRecord>;
  set(items: LooseRecord): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export async function readSettings(sync: SettingsArea, local: SettingsArea): Promise<LoadResult> {
  const raw = await sync.get(null);
  if (raw.customEntriesIn === 'local') {
    const { customEntries } = await local.get(['customEntries']);
    raw.customEntries = customEntries;
  }
  delete raw.customEntriesIn;
  return loadSettingsFrom(raw);
}

export async function writeSettings(sync: SettingsArea, local: SettingsArea, settings: Settings): Promise<void> {
  const { customEntries, ...rest } = settings;
  const large = JSON.stringify(customEntries).length > SYNC_ITEM_LIMIT;
  if (large) {
    // The list goes to local first; when sync then refuses its part (a quota error), the reader
    // would read the new list with the old settings: put the previous list back before failing.
    const previous = (await local.get(['customEntries'])).customEntries;
    await local.set({ customEntries });
    try {
      await sync.set({ ...rest, customEntriesIn: 'local' });
    } catch (error) {
      await (previous === undefined ? local.remove(['customEntries']) : local.set({ customEntries: previous })).catch(() => {});
      throw error;
    }
    await sync.remove(['customEntries']);
  } else {
    await sync.set({ ...rest, customEntries, customEntriesIn: 'sync' });
    await local.remove(['customEntries']);
  }
}

/** Storage keys whose change affects scanning (storage.onChanged filters on these). */
export const SETTINGS_KEYS: readonly string[] = [...Object.keys(DEFAULT_SETTINGS), 'customEntriesIn'];

/** The host patterns of a site the reader added: the site itself and its subdomains. */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}
