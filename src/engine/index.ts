// Public surface of the engine. Pure TypeScript: no DOM, no browser API, so the CLI, the tests,
// the benchmark and the content script all run the very same code.
import type { TermEntry } from '../lexicon/schema';
import type { Report } from '../shared/report';
import { analyzeText } from './analyze';
import { compileLexicon, type LexiconData, type TermCategory } from './lexicon';
import bundled from '../lexicon/generated/lexicon.json';

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface AnalyzeOptions {
  /** Links in the text (offsets into it), so outlets cited by a link are listed. */
  links?: LinkSpan[];
}

/** A term the reader added in the options page (already validated against the schema). */
export type CustomEntry = TermEntry & { category: TermCategory };

export interface EngineConfig {
  /** Pack ids switched off by the reader. */
  disabledPacks?: string[];
  /** Categories switched off by the reader. */
  disabledCategories?: string[];
  /** Entries the reader added. */
  customEntries?: CustomEntry[];
  /** Another lexicon (tests of the mechanism); the bundled one by default. */
  lexicon?: LexiconData;
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Report;
}

export const bundledLexicon = bundled as unknown as LexiconData;

export function createEngine(config: EngineConfig = {}): Engine {
  const base = config.lexicon ?? bundledLexicon;
  const custom = (config.customEntries ?? []).map(({ category, ...entry }) => ({
    kind: 'term' as const, pack: 'custom', category, entry,
  }));
  const data: LexiconData = custom.length ? { ...base, entries: [...base.entries, ...custom] } : base;
  const compiled = compileLexicon(data, new Set(config.disabledPacks ?? []));
  const disabledCategories = new Set(config.disabledCategories ?? []);
  const rules = new Map();
  return {
    analyze(text, options = {}) {
      return analyzeText(compiled, { text, links: options.links ?? [], disabledCategories }, rules);
    },
  };
}

export type { LexiconData } from './lexicon';
export { compileLexicon } from './lexicon';
