// What the content script injects into every news page: a detector alone, compiled in steps so
// the page's main thread is never held long, from the lexicon without its per-form replacements
// (scripts/lexicon/detector-data.ts). Its findings carry no neutral: the service worker
// completes each page's report (src/background/complete.ts) with the whole lexicon, and the page
// takes the neutrals from it. A page that never has article text only loads one string.
import { parties } from '../lexicon/generated/lexicon.json';
import packed from '../lexicon/generated/lexicon.detector.packed.json';
import { prepareDetectorWith, type EngineConfig, type EnginePreparation } from './create';
import type { Party } from './lexicon';
import { unpackedOnce } from './packed-lexicon';

const detectorSteps = unpackedOnce(packed.text, parties as Party[]);

/** The page's detector, its lexicon unpacked in the first steps. */
export function prepareDetector(config: EngineConfig = {}): EnginePreparation {
  return prepareDetectorWith(config.lexicon ?? detectorSteps(), { ...config, neutrals: false });
}

export type { Detection, Detector, EngineConfig, EnginePreparation } from './create';
