// Public surface of the engine. Pure TypeScript: no DOM, no browser API, so the CLI, the tests,
// the benchmark and the content script all run the very same code. This entry bundles the
// lexicon and its descriptions; the content script uses without-descriptions.ts instead.
import type { Descriptions } from '../shared/describe';
import bundledDescriptionsJson from '../lexicon/generated/descriptions.json';
import { createEngineWith, type Engine, type EngineConfig } from './create';
import { bundledLexicon } from './without-descriptions';

export { bundledLexicon };
export const bundledDescriptions = bundledDescriptionsJson as Descriptions;

export function createEngine(config: EngineConfig = {}): Engine {
  const descriptions = config.descriptions === undefined ? bundledDescriptions : config.descriptions;
  return createEngineWith(config.lexicon ?? bundledLexicon, descriptions, config);
}

export type { AnalyzeOptions, CustomEntry, Detection, Engine, EngineConfig, LinkSpan } from './create';
export type { LexiconData } from './lexicon';
export type { Span } from './context';
export { compileLexicon } from './lexicon';
