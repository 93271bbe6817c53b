// Engine benchmark: throughput over a 5 MB mixed-language corpus with the full lexicon, and the
// lexicon compile time, each against a baseline measured in the same process so the figures are
// ratios, not machine-dependent absolutes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledLexicon, compileLexicon, createEngine } from '../src/engine';
import { TABLES_BUILD_MS } from '../src/engine/chars';
import { scan } from '../src/engine/scan';
import { corpus } from './corpus';
import { time } from './stats';



function charCodeLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function regexTokens(text: string): number {
  let count = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) count += m[0].length;
  return count;
}

export interface EngineFigures {
  corpusMB: number;
  engineMs: number;
  engineMBs: number;
  detectMs: number;
  detectMBs: number;
  sparseDetectMBs: number;
  denseDetectMBs: number;
  scanMBs: number;
  sparseMBs: number;
  sparseFindings: number;
  denseMBs: number;
  denseFindings: number;
  tablesMs: number;
  lexiconGzipBytes: number;
  baselineMBs: number;
  regexTokenizerMBs: number;
  findings: number;
  compileMs: number;
  entries: number;
  lexiconBytes: number;
}

export function benchEngine(): EngineFigures {
  const text = corpus(5 * 1024 * 1024);
  const mb = text.length / (1024 * 1024);
  const engine = createEngine();
  let findings = 0;
  const engineMs = time(() => {
    findings = engine.analyze(text).findings.length;
  }, 5);
  // What a page needs before it can paint: the findings, without rewording and attribution.
  const detectMs = time(() => {
    engine.detect(text);
  }, 7);
  // Baselines from the engine issue: a bare charCodeAt loop, and a Unicode regex tokenizer.
  let sink = 0;
  const loopMs = time(() => {
    sink += charCodeLoop(text);
  }, 5);
  const regexMs = time(() => {
    sink += regexTokens(text);
  }, 3);
  if (sink === 42) console.log('');
  // The single pass alone, without the work on each match (selection, rewording, attribution).
  const compiled = compileLexicon(bundledLexicon);
  const scanMs = time(() => {
    sink += scan(text, compiled.automaton).length;
  }, 5);
  const compileMs = time(() => compileLexicon(bundledLexicon), 9);
  const sparse = corpus(5 * 1024 * 1024, 0.03);
  let sparseFindings = 0;
  const sparseMs = time(() => {
    sparseFindings = engine.analyze(sparse).findings.length;
  }, 5);
  const sparseDetectMs = time(() => {
    engine.detect(sparse);
  }, 5);
  const dense = corpus(5 * 1024 * 1024, 1);
  let denseFindings = 0;
  const denseMs = time(() => {
    denseFindings = engine.analyze(dense).findings.length;
  }, 3);
  const denseDetectMs = time(() => {
    engine.detect(dense);
  }, 3);
  // What the content script carries: the packed lexicon (src/engine/packed-lexicon.ts).
  const json = readFileSync(join(import.meta.dirname, '../src/lexicon/generated/lexicon.packed.json'), 'utf8');
  return {
    corpusMB: mb,
    engineMs,
    engineMBs: mb / (engineMs / 1000),
    detectMs,
    detectMBs: mb / (detectMs / 1000),
    sparseDetectMBs: sparse.length / (1024 * 1024) / (sparseDetectMs / 1000),
    denseDetectMBs: dense.length / (1024 * 1024) / (denseDetectMs / 1000),
    scanMBs: mb / (scanMs / 1000),
    baselineMBs: mb / (loopMs / 1000),
    regexTokenizerMBs: mb / (regexMs / 1000),
    findings,
    sparseMBs: sparse.length / (1024 * 1024) / (sparseMs / 1000),
    sparseFindings,
    compileMs,
    entries: bundledLexicon.entries.length,
    lexiconBytes: Buffer.byteLength(json),
    lexiconGzipBytes: gzipSync(json, { level: 9 }).length,
    denseMBs: dense.length / (1024 * 1024) / (denseMs / 1000),
    denseFindings,
    tablesMs: TABLES_BUILD_MS,
  };
}
