// The compiled lexicon as the engine sees it: validated entries (examples stripped) tagged with
// their pack, and the flat list of match targets the automaton points to.
import type { CueEntry, OutletEntry, PlaceEntry, TermEntry } from '../lexicon/schema';
import { localName, type Description, type Descriptions } from '../shared/describe';
import { inLanguage, type Language } from '../shared/localized';
import type { Category, Severity } from '../shared/report';
import { Automaton } from './automaton';
import { foldPattern, foldText } from './fold';
import { tableSteps } from './chars';
import { finish } from './steps';

export type TermCategory = Exclude<Category, 'place-name'>;

/** The language of the file an entry comes from ("multi" when it carries several). */
export type FileLanguage = 'en' | 'ru' | 'uk' | 'multi';

export type DataEntry = { pack: string; language?: FileLanguage } & (
  | { kind: 'term'; category: TermCategory; entry: TermEntry }
  | { kind: 'place'; entry: PlaceEntry }
  | { kind: 'outlet'; entry: OutletEntry }
  | { kind: 'cue'; entry: CueEntry }
);

export interface Party {
  id: string;
  counterpart?: string;
  label: { en: string; ru: string; uk: string };
  name: { en: string; ru: string; uk: string };
}

export interface LexiconData {
  version: 1;
  parties: Party[];
  entries: DataEntry[];
}

/** What a pattern stands for: a flagged name or term, a neutral place name, an outlet, a cue. */
export type TargetRole = 'flag' | 'canonical' | 'outlet' | 'cue';

export interface Target {
  entry: number;
  role: TargetRole;
  /** The pattern as written, for case checks. */
  display: string;
  lang: 'en' | 'ru' | 'uk' | null;
  party: string | null;
  /** For a place's party name: how that name is shown ("Krasnoarmeysk"). */
  label: string | null;
  /** Per-form neutral replacements, keyed by the folded form. */
  forms: Map<string, string> | null;
}

export interface CompiledLexicon {
  data: LexiconData;
  automaton: Automaton;
  targets: Target[];
}

/** What the report says about an entry, in the reader's language. */
export interface About extends Omit<Description, 'explanation' | 'owner' | 'localNames'> {
  explanation: string;
  owner?: string;
  /** An outlet's name in the engine's language, where it has one. */
  localName?: string;
}

/**
 * What the report says about an entry: its own fields when the lexicon carries them (sources
 * loaded from YAML, a reader's custom terms), else the separate descriptions (the bundled
 * lexicon is stripped of them), else nothing: the content script's reports are described
 * later, by the service worker.
 */
export type Describe = (entry: { id: string }) => About | null;

export function describer(descriptions: Descriptions | null, lang: Language = 'en'): Describe {
  // An entry's texts in `lang`, worked out once per engine.
  const known = new Map<string, About | null>();
  return (entry) => {
    const seen = known.get(entry.id);
    if (seen !== undefined) return seen;
    const own = entry as Partial<Description>;
    const d = own.explanation !== undefined ? (own as Description) : descriptions?.entries[entry.id];
    let about: About | null = null;
    if (d) {
      const { owner, localNames: _localNames, ...rest } = d;
      const local = localName(d, lang);
      about = { ...rest, explanation: inLanguage(d.explanation, lang), ...(owner === undefined ? {} : { owner: inLanguage(owner, lang) }), ...(local === null ? {} : { localName: local }) };
    }
    known.set(entry.id, about);
    return about;
  };
}

/** Severities in order, for a reader's threshold (EngineConfig.minSeverity). */
export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

export const DEFAULT_SEVERITY: Record<Category, Severity> = {
  'loaded-term': 'high',
  'place-name': 'medium',
  'unnamed-source': 'medium',
  editorializing: 'low',
};

type CanonicalNames = { en: string; ru?: string; uk?: string };

/** A place's neutral name in a language: Russian or Ukrainian falls back to the other, then English. */
export function canonicalName(canonical: CanonicalNames, lang: string): string {
  if (lang === 'en') return canonical.en;
  return canonical[lang as 'ru' | 'uk'] ?? canonical.ru ?? canonical.uk ?? canonical.en;
}

/** The language of a canonical pattern: the one whose name it spells ("Київ*" is Ukrainian). */
function canonicalLang(canonical: CanonicalNames, pattern: string): 'en' | 'ru' | 'uk' {
  let best: 'en' | 'ru' | 'uk' = /[\u0400-\u04ff]/.test(pattern) ? 'ru' : 'en';
  let length = 0;
  for (const lang of ['en', 'ru', 'uk'] as const) {
    const name = canonical[lang];
    if (name !== undefined && name.length > length && pattern.startsWith(name)) {
      best = lang;
      length = name.length;
    }
  }
  return best;
}

const UNSCANNED_ROLES: ReadonlySet<string> = new Set(['not-person', 'place-word', 'naming-clause', 'rubric', 'institution-noun']);

// Every pattern of an entry or a name group shares one forms table.
const formsCache = new WeakMap<object, Map<string, string>>();

function foldedForms(forms: Record<string, string> | undefined): Map<string, string> | null {
  if (!forms) return null;
  let folded = formsCache.get(forms);
  if (!folded) formsCache.set(forms, (folded = new Map(Object.entries(forms).map(([form, neutral]) => [foldText(form), neutral]))));
  return folded;
}

function targetsOf(item: DataEntry, entry: number): Target[] {
  const plain = (role: TargetRole, patterns: string[], party: string | null, forms?: Record<string, string>) =>
    patterns.map((display) => ({ entry, role, display, lang: null, party, label: null, forms: foldedForms(forms) }));
  switch (item.kind) {
    case 'term': {
      // A term's language is its file's: with Russian and Ukrainian entries sharing a
      // spelling (режим), the one of the text's language is chosen.
      const lang = item.language && item.language !== 'multi' ? item.language : null;
      return plain('flag', item.entry.patterns, item.entry.party, item.entry.forms).map((t) => ({ ...t, lang }));
    }
    case 'outlet':
      return plain('outlet', item.entry.patterns, null);
    case 'cue':
      // Read beside names (not-person.ts), after a finding (naming-clause.ts) or at a paragraph's
      // start (headline-speech.ts) only, never scanned for.
      return UNSCANNED_ROLES.has(item.entry.role) ? [] : plain('cue', item.entry.patterns, null);
    case 'place': {
      const canonical = item.entry.canonicalPatterns.map((display): Target => ({
        entry, role: 'canonical', display, lang: canonicalLang(item.entry.canonical, display), party: null, label: null, forms: null,
      }));
      const names = item.entry.names.flatMap((group) =>
        group.patterns.map((display): Target => ({
          entry, role: 'flag', display, lang: group.lang, party: group.party, label: group.label, forms: foldedForms(group.forms),
        })),
      );
      return [...canonical, ...names];
    }
  }
}

/** Entries compiled between two chances to stop (see compileSteps). */
const ENTRIES_PER_STEP = 40;

/**
 * Builds the automaton in steps: the content script compiles on the page's main thread, cold
 * (no JIT warm-up) and so several times slower than a benchmark's warm runs, and must be able to
 * stop between steps and go on in the next idle slice.
 */
export function* compileSteps(data: LexiconData, disabledPacks: ReadonlySet<string> = new Set()): Generator<void, CompiledLexicon> {
  // The character tables (15-30 ms on a page, cold) come first, in steps of their own.
  yield* tableSteps();
  yield;
  const automaton = new Automaton();
  const targets: Target[] = [];
  for (let index = 0; index < data.entries.length; index++) {
    const item = data.entries[index]!;
    if (disabledPacks.has(item.pack)) continue;
    for (const target of targetsOf(item, index)) {
      const folded = foldPattern(target.display);
      if (folded.length === 0) continue;
      try {
        automaton.add(folded, targets.length);
      } catch (e) {
        // A reader's stored term that slipped past the import's checks (another version wrote
        // it) is left out; it must not stop the page from being scanned. Shipped data fails.
        if (item.pack === 'custom') continue;
        throw new Error(`${item.entry.id}: pattern "${target.display}": ${(e as Error).message}`);
      }
      targets.push(target);
    }
    if (index % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  return { data, automaton: automaton.freeze(), targets };
}

/** Builds the automaton at once (Node: CLI, tests, benchmark). */
export function compileLexicon(data: LexiconData, disabledPacks: ReadonlySet<string> = new Set()): CompiledLexicon {
  return finish(compileSteps(data, disabledPacks));
}
