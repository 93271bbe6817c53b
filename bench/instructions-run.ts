// The workload bench/instructions.ts counts: after warm-up runs, RUNS more of one engine stage
// over a MB of the benchmark corpus (RUNS=0 counts everything else, which the driver subtracts).
import { bundledLexicon, compileLexicon, createEngine } from '../src/engine';
import { scan } from '../src/engine/scan';
import { corpus } from './corpus';

const text = corpus(1024 * 1024);
const engine = createEngine();
const { automaton } = compileLexicon(bundledLexicon);

/** The baseline: every code unit read once, as the engine's benchmark does in the same process. */
function charCodeLoop(t: string): number {
  let sum = 0;
  for (let i = 0; i < t.length; i++) sum = (sum + t.charCodeAt(i)) | 0;
  return sum;
}

const STAGES: Record<string, () => number> = {
  loop: () => charCodeLoop(text),
  scan: () => scan(text, automaton).length,
  detect: () => engine.detect(text).findings.length,
  analyze: () => engine.analyze(text).findings.length,
};

const run = STAGES[process.env.STAGE ?? '']!;
// Warm: the count is of optimized code. Five runs were too few for code a change adds: its
// optimizing compile (on this thread, --single-threaded) then fell into the counted runs and
// showed as 80 M instructions per MB that no timed run had.
for (let k = 0; k < 15; k++) run();
let sink = 0;
for (let k = Number(process.env.RUNS); k > 0; k--) sink += run();
if (sink === -1) console.log(sink);
