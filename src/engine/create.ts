// The engine's constructor, with the lexicon and its descriptions passed in: index.ts binds the
// bundled ones (Node: CLI, tests, benchmark); without-descriptions.ts binds the lexicon alone
// (the content script, kept small).
import type { OutletEntry, TermEntry } from '../lexicon/schema';
import type { Descriptions } from '../shared/describe';
import type { Language } from '../shared/localized';
import type { Report, Severity } from '../shared/report';
import { complete, detect, type Detection } from './analyze';
import type { Span } from './context';
import { runFor, type Steps } from './steps';
import { compileLexicon, compileSteps, describer, type CompiledLexicon, type LexiconData, type TermCategory } from './lexicon';

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface AnalyzeOptions {
  /** Links in the text (offsets into it), so outlets cited by a link are listed. */
  links?: LinkSpan[];
  /**
   * Quotations the page marks up rather than writes with quotation marks (<blockquote>, <q>):
   * the findings in them are a speaker's words (`quoted`).
   */
  quotes?: readonly Span[];
}

/** A term the reader added in the options page (already validated against the schema). */
export type CustomEntry = Omit<TermEntry, 'explanation'> & { explanation: string; category: TermCategory };

export interface EngineConfig {
  /** Pack ids switched off by the reader. */
  disabledPacks?: string[];
  /** Categories switched off by the reader. */
  disabledCategories?: string[];
  /** The reader's threshold: findings below it are left out of the report (all by default). */
  minSeverity?: Severity;
  /** Entries the reader added. */
  customEntries?: CustomEntry[];
  /** Another lexicon (tests of the mechanism); the bundled one by default. */
  lexicon?: LexiconData;
  /** Descriptions for a lexicon stripped of them; the bundled ones by default, where bundled. */
  descriptions?: Descriptions | null;
  /** false: findings carry no neutral (a page's detector, whose lexicon has no forms; see page-detector.ts). */
  neutrals?: boolean;
  /** The language of what the report tells the reader (explanations, owners); English by default. */
  language?: Language;
}

export interface Engine {
  /** The whole report: `complete(detect(text))`. */
  analyze(text: string, options?: AnalyzeOptions): Report;
  /** The findings alone, what a page highlights; the rest of the report waits for `complete`. */
  detect(text: string, options?: AnalyzeOptions): Detection;
  /** The report of a detection: sentences and their rewording, outlets, sources, summary. */
  complete(detection: Detection): Report;
}

export type { Detection };

function customData(base: LexiconData, config: EngineConfig): LexiconData {
  const custom = (config.customEntries ?? []).map(({ category, ...entry }) => ({
    kind: 'term' as const, pack: 'custom', category, entry,
  }));
  return custom.length ? { ...base, entries: [...base.entries, ...custom] } : base;
}

/** What a page needs to highlight: `detect` alone (the content script; the service worker completes). */
export type Detector = Pick<Engine, 'detect'>;

function detectorOf(compiled: CompiledLexicon, descriptions: Descriptions | null, config: EngineConfig): Detector {
  const disabledCategories = new Set(config.disabledCategories ?? []);
  const describe = describer(descriptions, config.language);
  const domainsOf = (outlet: OutletEntry) => describe(outlet)?.domains ?? outlet.domains;
  const rules = new Map();
  return {
    detect: (text, options = {}) =>
      detect(compiled, { text, links: options.links ?? [], quotes: options.quotes ?? [], disabledCategories, minSeverity: config.minSeverity ?? 'low', describe, domainsOf, neutrals: config.neutrals ?? true }, rules),
  };
}

function engineOf(compiled: CompiledLexicon, descriptions: Descriptions | null, config: EngineConfig): Engine {
  const { detect: detectIn } = detectorOf(compiled, descriptions, config);
  return {
    analyze: (text, options) => complete(compiled, detectIn(text, options)),
    detect: detectIn,
    complete: (detection) => complete(compiled, detection),
  };
}

export function createEngineWith(base: LexiconData, descriptions: Descriptions | null, config: EngineConfig = {}): Engine {
  return engineOf(compileLexicon(customData(base, config), new Set(config.disabledPacks ?? [])), descriptions, config);
}

/** A detector being compiled in steps; `step` works until `timeLeft()` runs out. */
export interface EnginePreparation {
  /** The detector once the compile is done, or null when it must go on in another slice. */
  step(timeLeft: () => number): Detector | null;
}

/**
 * A detector alone, for the content script, which carries no `complete` (the service worker
 * completes its reports). `base`: the lexicon, or its own steps to come first (its unpacking).
 */
export function prepareDetectorWith(base: LexiconData | Steps<LexiconData>, config: EngineConfig = {}): EnginePreparation {
  const steps = (function* (): Steps<Detector> {
    const data = 'entries' in base ? base : yield* base;
    return detectorOf(yield* compileSteps(customData(data, config), new Set(config.disabledPacks ?? [])), null, config);
  })();
  let engine: Detector | null = null;
  return {
    step(timeLeft) {
      engine ??= runFor(steps, timeLeft)?.value ?? null;
      return engine;
    },
  };
}
