// Public surface of the engine. Pure TypeScript: no DOM, no browser API, so the CLI, the tests,
// the benchmark and the content script all run the very same code.
import type { Report } from '../shared/report';

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface AnalyzeOptions {
  /** Links in the text (offsets into it), so outlets cited by a link are listed. */
  links?: LinkSpan[];
}

export interface EngineConfig {
  /** Pack ids switched off by the reader. */
  disabledPacks?: string[];
  /** Categories switched off by the reader. */
  disabledCategories?: string[];
  /** Entries the reader added (same shape as lexicon YAML term entries). */
  customEntries?: unknown[];
}

export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): Report;
}

export declare function createEngine(config?: EngineConfig): Engine;
