// `npm run lexicon`: validate every lexicon source and write the compiled data the engine
// bundles, the outlet domains the manifest's match patterns come from, and docs/lexicon.md.
// Any problem stops the build, naming the file, the line, the entry and the field.
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packLexicon, unpackLexicon } from '../src/engine/packed-lexicon';
import { LEXICON_DIR, loadLexicon } from './lexicon/load';
import { lexiconDocs } from './lexicon/docs';
import { splitDescriptions } from './lexicon/split';
import { withoutEquivalentPatterns } from './lexicon/equivalent-patterns';
import { detectorData } from './lexicon/detector-data';

const quiet = process.argv.includes('--quiet');
const { data, errors } = loadLexicon();
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`lexicon: ${errors.length} problem(s); nothing written`);
  process.exit(1);
}

const out = join(LEXICON_DIR, 'generated');
mkdirSync(out, { recursive: true });
// The matcher's data and what a reader is told about each entry go to separate files: the
// content script bundles the first only (src/shared/describe.ts says why).
const split = splitDescriptions(data);
const { descriptions } = split;
const matching = withoutEquivalentPatterns(split.matching);
const json = JSON.stringify(matching);
writeFileSync(join(out, 'lexicon.json'), json);
// What the engine bundles: the same data packed (src/engine/packed-lexicon.ts), checked here to
// unpack to exactly what lexicon.json holds, so a field the packer does not know stops the build.
const packed = packLexicon(matching);
if (!isDeepStrictEqual(unpackLexicon(packed, matching.parties), JSON.parse(json))) {
  console.error('lexicon: the packed lexicon does not unpack to lexicon.json: teach src/engine/packed-lexicon.ts the new field');
  process.exit(1);
}
writeFileSync(join(out, 'lexicon.packed.json'), JSON.stringify({ text: packed }));
// What a page's detector bundles (src/engine/page-detector.ts): the same without the forms.
const detector = detectorData(matching);
const detectorPacked = packLexicon(detector);
if (!isDeepStrictEqual(unpackLexicon(detectorPacked, matching.parties), JSON.parse(JSON.stringify(detector)))) {
  console.error('lexicon: the detector\'s packed lexicon does not unpack to its data');
  process.exit(1);
}
writeFileSync(join(out, 'lexicon.detector.packed.json'), JSON.stringify({ text: detectorPacked }));
writeFileSync(join(out, 'descriptions.json'), JSON.stringify(descriptions));
const domains = [...new Set(data.entries.flatMap((e) => (e.kind === 'outlet' ? e.entry.domains : [])))].sort();
writeFileSync(join(out, 'outlet-domains.json'), JSON.stringify(domains, null, 1));
mkdirSync(join(LEXICON_DIR, '../../docs'), { recursive: true });
writeFileSync(join(LEXICON_DIR, '../../docs/lexicon.md'), lexiconDocs(data));
if (!quiet) console.log(`lexicon: ${data.entries.length} entries, ${domains.length} outlet domains, ${json.length} bytes compiled, ${packed.length} packed`);
