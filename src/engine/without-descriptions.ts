// The engine with the bundled lexicon but without its descriptions (explanations, references,
// outlet owners). Its reports carry empty explanations and references until they are filled in
// (src/shared/describe.ts). A page's detector is page-detector.ts, with less of the lexicon.
//
// The lexicon comes packed (src/engine/packed-lexicon.ts) and is unpacked on first use.
import { parties } from '../lexicon/generated/lexicon.json';
import packed from '../lexicon/generated/lexicon.packed.json';
import { createEngineWith, type Engine, type EngineConfig } from './create';
import type { LexiconData, Party } from './lexicon';
import { unpackedOnce } from './packed-lexicon';
import { finish } from './steps';

const bundledSteps = unpackedOnce(packed.text, parties as Party[]);

/** The bundled lexicon (Node: CLI, tests, benchmark; the service worker). */
export const bundledLexicon: LexiconData = /* @__PURE__ */ finish(/* @__PURE__ */ bundledSteps());

export function createEngine(config: EngineConfig = {}): Engine {
  return createEngineWith(config.lexicon ?? finish(bundledSteps()), config.descriptions ?? null, config);
}

export type { AnalyzeOptions, CustomEntry, Detection, Detector, Engine, EngineConfig, EnginePreparation, LinkSpan } from './create';
