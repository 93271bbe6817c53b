// The engine with the bundled lexicon but without its descriptions (explanations, references,
// outlet owners): what the content script injects into every news page. Its reports carry empty
// explanations and references until the service worker fills them in (src/shared/describe.ts).
import bundled from '../lexicon/generated/lexicon.json';
import { createEngineWith, prepareEngineWith, type Engine, type EngineConfig, type EnginePreparation } from './create';
import type { LexiconData } from './lexicon';

export const bundledLexicon = bundled as unknown as LexiconData;

export function createEngine(config: EngineConfig = {}): Engine {
  return createEngineWith(config.lexicon ?? bundledLexicon, config.descriptions ?? null, config);
}

/** The same engine compiled in steps, so the page's main thread is never held long. */
export function prepareEngine(config: EngineConfig = {}): EnginePreparation {
  return prepareEngineWith(config.lexicon ?? bundledLexicon, config.descriptions ?? null, config);
}

export type { AnalyzeOptions, CustomEntry, Detection, Engine, EngineConfig, EnginePreparation, LinkSpan } from './create';
