// `npm run bench`: the engine in Node and the extension in Chromium, each against a baseline
// run in the same process (a bare charCodeAt loop, a regex tokenizer, mark.js), written to
// bench/results.md with the machine it ran on.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchEngine } from './engine';

const f1 = (n: number) => n.toFixed(1);
const target = (ok: boolean) => (ok ? 'met' : '**not met**');

async function main() {
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Recorded by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB.`,
    'Every figure is a median of repeated runs in one process; baselines run in the same process, so ratios hold across machines better than the absolute numbers do.',
    '',
  ];

  console.log('engine: 5 MB corpus …');
  const e = benchEngine();
  lines.push(
    '## Engine (Node, full lexicon)',
    '',
    `Corpus: ${f1(e.corpusMB)} MB of generated English, Russian and Ukrainian news (bench/corpus.ts): 15% of paragraphs are war reporting of the seed article's kind, the rest everyday news; ${e.findings} findings (one per ${Math.round((e.corpusMB * 2 ** 20) / e.findings)} characters).`,
    '',
    '| measure | value | baseline in the same run | target |',
    '|---|---|---|---|',
    `| full report (scan, context, rewording, attribution) | ${f1(e.engineMBs)} MB/s (${f1(e.engineMs)} ms) | bare charCodeAt loop ${f1(e.baselineMBs)} MB/s (engine = ${(100 * e.engineMBs / e.baselineMBs).toFixed(1)}%); \`/\\p{L}+/gu\` tokenizer ${f1(e.regexTokenizerMBs)} MB/s (engine ×${(e.engineMBs / e.regexTokenizerMBs).toFixed(2)}) | ≥ 80 MB/s: ${target(e.engineMBs >= 80)} |`,
    `| the single pass alone (automaton over all words) | ${f1(e.scanMBs)} MB/s | ${(100 * e.scanMBs / e.baselineMBs).toFixed(1)}% of the bare loop | |`,
    `| sparse: 3% war reporting | ${f1(e.sparseMBs)} MB/s, ${e.sparseFindings} findings | | |`,
    `| dense: every paragraph framed | ${f1(e.denseMBs)} MB/s, ${e.denseFindings} findings | | |`,
    `| lexicon compile (automaton build) | ${f1(e.compileMs)} ms for ${e.entries} entries | character tables, once per process: ${f1(e.tablesMs)} ms | < 50 ms: ${target(e.compileMs < 50)} |`,
    `| compiled lexicon (matcher's part, what the content script carries) | ${(e.lexiconBytes / 1024).toFixed(0)} KB JSON, ${(e.lexiconGzipBytes / 1024).toFixed(0)} KB gzip | | |`,
    '',
  );

  try {
    const { benchBrowser } = await import('./browser');
    console.log('browser: Chromium with the built extension …');
    const b = await benchBrowser();
    lines.push(
      '## Extension in Chromium',
      '',
      `${b.chromium}; built dist/ loaded as users install it.`,
      '',
      '| page | text | matches | scan: start to last highlight | first highlights | extension busy | longest task | mark.js, same terms | ratio | DOM mutations by the extension |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...b.pages.map((p) =>
        `| ${p.page} | ${(p.textChars / 1024).toFixed(0)} KB | ${p.matches} | ${f1(p.extensionMs)} ms | ${f1(p.firstPaintMs)} ms | ${f1(p.busyMs)} ms | ${f1(p.longestTaskMs)} ms | ${f1(p.markjsMs)} ms (${p.markjsMatches} marks) | ×${f1(p.ratio)} | ${p.extensionMutations} |`),
      '',
      'The scan runs in slices of a few milliseconds between which the page keeps the main thread; "busy" sums the slices. Targets: the 1 MB page under 50 ms and 20× faster than mark.js with about 1,000 matches, no long task, no mutation.',
      `Lexicon compile on the page (cold, in slices, once per page with article text): ${b.pages.map((p) => `${p.page} ${f1(p.parts.engine ?? 0)} ms`).join(', ')}.`,
      '',
      `Popup opened on the seed page's tab, navigation to report rendered: ${b.popupMs.join(', ')} ms (median ${f1([...b.popupMs].sort((x, y) => x - y)[Math.floor(b.popupMs.length / 2)] ?? 0)} ms; target < 100 ms).`,
      '',
      `Content script with the full compiled lexicon: ${(b.contentScript.bytes / 1024).toFixed(0)} KB, ${(b.contentScript.gzipBytes / 1024).toFixed(1)} KB gzip (target ≤ 100 KB gzip: ${target(b.contentScript.gzipBytes <= 100 * 1024)}).`,
      '',
    );
  } catch (err) {
    lines.push('## Extension in Chromium', '', `Not measured: ${(err as Error).message.split('\n')[0]}`, '');
  }

  const out = join(import.meta.dirname, 'results.md');
  writeFileSync(out, lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
