// The engine with the bundled lexicon but without its descriptions (explanations, references,
// outlet owners): what the content script injects into every news page. Its reports carry empty
// explanations and references until the service worker fills them in (src/shared/describe.ts).
//
// The lexicon comes packed (src/engine/packed-lexicon.ts): a page that never has article text
// only loads one string, and a page that has unpacks it in the steps that then compile it.
import { parties } from '../lexicon/generated/lexicon.json';
import packed from '../lexicon/generated/lexicon.packed.json';
import { createEngineWith, prepareDetectorWith, type Engine, type EngineConfig, type EnginePreparation } from './create';
import type { LexiconData, Party } from './lexicon';
import { unpackSteps } from './packed-lexicon';
import { finish } from './steps';

let unpacked: LexiconData | undefined;
let unpacking: Generator<void, LexiconData> | undefined;

/** Unpacks the bundled lexicon in steps, once; later calls go on where the last one stopped. */
function* bundledSteps(): Generator<void, LexiconData> {
  if (unpacked) return unpacked;
  unpacking ??= unpackSteps(packed.text, parties as Party[]);
  for (;;) {
    const next = unpacking.next();
    if (next.done) return (unpacked = next.value);
    yield;
  }
}

/** The bundled lexicon (Node: CLI, tests, benchmark; the content script unpacks in prepareDetector). */
export const bundledLexicon: LexiconData = /* @__PURE__ */ finish(/* @__PURE__ */ bundledSteps());

export function createEngine(config: EngineConfig = {}): Engine {
  return createEngineWith(config.lexicon ?? finish(bundledSteps()), config.descriptions ?? null, config);
}

/**
 * The detector alone, compiled in steps (the bundled lexicon unpacked in the first ones), so
 * the page's main thread is never held long: the content script's. The service worker
 * completes its reports (src/background/complete.ts), so no news page carries `complete`.
 */
export function prepareDetector(config: EngineConfig = {}): EnginePreparation {
  return prepareDetectorWith(config.lexicon ?? bundledSteps(), config);
}

export type { AnalyzeOptions, CustomEntry, Detection, Detector, Engine, EngineConfig, EnginePreparation, LinkSpan } from './create';
