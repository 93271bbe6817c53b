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

/** One corpus through the engine: the full report and the detection alone. */
export interface CorpusFigures {
  findings: number;
  fullMs: number;
  fullMBs: number;
  detectMs: number;
  detectMBs: number;
}

type Engine = ReturnType<typeof createEngine>;

function throughput(engine: Engine, text: string, runs: number): CorpusFigures {
  const mb = text.length / (1024 * 1024);
  let findings = 0;
  const fullMs = time(() => {
    findings = engine.analyze(text).findings.length;
  }, runs);
  // What a page needs before it can paint: the findings, without rewording and attribution.
  const detectMs = time(() => {
    engine.detect(text);
  }, runs);
  return { findings, fullMs, fullMBs: mb / (fullMs / 1000), detectMs, detectMBs: mb / (detectMs / 1000) };
}

export interface EngineFigures {
  corpusMB: number;
  /** The 5 MB corpus with 15% war reporting; sparse: 3%; dense: every paragraph framed. */
  main: CorpusFigures;
  sparse: CorpusFigures;
  dense: CorpusFigures;
  scanMBs: number;
  tablesMs: number;
  lexiconGzipBytes: number;
  baselineMBs: number;
  regexTokenizerMBs: number;
  compileMs: number;
  entries: number;
  lexiconBytes: number;
}

export function benchEngine(): EngineFigures {
  const text = corpus(5 * 1024 * 1024);
  const mb = text.length / (1024 * 1024);
  const engine = createEngine();
  const main = throughput(engine, text, 7);
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
  const sparse = throughput(engine, corpus(5 * 1024 * 1024, 0.03), 5);
  const dense = throughput(engine, corpus(5 * 1024 * 1024, 1), 3);
  // What the content script carries: the packed lexicon without its forms (src/engine/page-detector.ts).
  const json = readFileSync(join(import.meta.dirname, '../src/lexicon/generated/lexicon.detector.packed.json'), 'utf8');
  return {
    corpusMB: mb,
    main,
    sparse,
    dense,
    scanMBs: mb / (scanMs / 1000),
    baselineMBs: mb / (loopMs / 1000),
    regexTokenizerMBs: mb / (regexMs / 1000),
    compileMs,
    entries: bundledLexicon.entries.length,
    lexiconBytes: Buffer.byteLength(json),
    lexiconGzipBytes: gzipSync(json, { level: 9 }).length,
    tablesMs: TABLES_BUILD_MS,
  };
}
