// Instructions the engine executes per MB of the benchmark corpus, counted by valgrind
// (callgrind) instead of timed. On this project's VM wall time moves by ±20% between runs; the
// count of one checkout moves by under 1% from run to run, and between two checkouts of the
// same engine code (other code around it moves the GC's work) the count by about 3%, its ratio
// to the bare loop by under 1%: compare the ratios. A change that saves a few percent shows,
// and one that only seemed faster does not. It counts work, not time: a change in memory access
// (cache misses) shows in the timed benchmark only. Needs valgrind (apt-get install valgrind);
// not part of CI.
//
//   npx tsx bench/instructions.ts [scan|detect|analyze …] [--tree DIR]
//
// --tree counts another checkout (a git worktree of the commit to compare with; run
// `npm run lexicon` in it first) over this checkout's corpus. Each stage is bundled with esbuild
// (startup through tsx varies by 1% between runs: more than the signal), run under
// `node --single-threaded --predictable-gc-schedule` once with no timed runs and once with 3,
// and the difference divided by 3; beside it the bare charCodeAt loop over the same text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const RUNS = 3;
const here = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const treeAt = args.indexOf('--tree');
const tree = resolve(treeAt >= 0 ? args.splice(treeAt, 2)[1]! : here);
const stages = args.length ? args : ['scan', 'detect'];

/** Instructions of a whole process running `runs` timed runs of `stage`. */
function count(bundle: string, stage: string, runs: number): number {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable-gc-schedule', bundle], {
    env: { ...process.env, STAGE: stage, RUNS: String(runs) },
    encoding: 'utf8',
  });
  const m = /Collected : (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`valgrind failed (is it installed?): ${r.error?.message ?? r.stderr.slice(-500)}`);
  return Number(m[1]);
}

// The workload sits in the counted tree's bench/ while it is bundled, so its imports are that
// tree's engine; the corpus is read from this checkout's ../shared.
const entry = join(tree, 'bench', '.instructions-run.ts');
const bundle = join(tree, 'bench', '.instructions-run.mjs');
copyFileSync(join(here, 'bench', 'instructions-run.ts'), entry);
try {
  await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning',
    define: { 'import.meta.dirname': JSON.stringify(join(here, 'bench')) },
  });
  const perRun = (stage: string) => (count(bundle, stage, RUNS) - count(bundle, stage, 0)) / RUNS;
  const loop = perRun('loop');
  console.log(`${tree}: instructions per run over 1 MB of the corpus`);
  console.log(`  bare charCodeAt loop  ${(loop / 1e6).toFixed(1)} M`);
  for (const stage of stages) {
    const n = perRun(stage);
    console.log(`  ${stage.padEnd(20)}  ${(n / 1e6).toFixed(1)} M  (×${(n / loop).toFixed(2)} the loop)`);
  }
} finally {
  rmSync(entry, { force: true });
  rmSync(bundle, { force: true });
}
