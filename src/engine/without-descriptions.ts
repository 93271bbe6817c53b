// The engine with the bundled lexicon but without its descriptions (explanations, references,
// outlet owners): what the content script injects into every news page. Its reports carry empty
// explanations and references until the service worker fills them in (src/shared/describe.ts).
import bundled from '../lexicon/generated/lexicon.json';
import { createEngineWith, type Engine, type EngineConfig } from './create';
import type { LexiconData } from './lexicon';

export const bundledLexicon = bundled as unknown as LexiconData;

export function createEngine(config: EngineConfig = {}): Engine {
  return createEngineWith(config.lexicon ?? bundledLexicon, config.descriptions ?? null, config);
}

export type { AnalyzeOptions, CustomEntry, Engine, EngineConfig, LinkSpan } from './create';
