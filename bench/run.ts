// `npm run bench`: the engine in Node and the extension in Chromium, each against a baseline
// run in the same process (a bare charCodeAt loop, a regex tokenizer, mark.js), written to
// bench/results.md with the machine it ran on.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchEngine } from './engine';
import { median } from './stats';

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
    `Corpus: ${f1(e.corpusMB)} MB of generated English, Russian and Ukrainian news (bench/corpus.ts): 15% of paragraphs are war reporting of the seed article's kind, the rest everyday news; ${e.main.findings} findings (one per ${Math.round((e.corpusMB * 2 ** 20) / e.main.findings)} characters).`,
    '',
    '| measure | value | baseline in the same run | target |',
    '|---|---|---|---|',
    `| detection: the findings a page highlights (single pass, context rules, quoted) | ${f1(e.main.detectMBs)} MB/s (${f1(e.main.detectMs)} ms) | bare charCodeAt loop ${f1(e.baselineMBs)} MB/s (detection = ${(100 * e.main.detectMBs / e.baselineMBs).toFixed(1)}%); \`/\\p{L}+/gu\` tokenizer ${f1(e.regexTokenizerMBs)} MB/s (detection ×${(e.main.detectMBs / e.regexTokenizerMBs).toFixed(2)}) | ≥ 80 MB/s: ${target(e.main.detectMBs >= 80)} |`,
    `| full report: detection + sentences reworded, outlets, people, sources, summary (the CLI; the popup's report) | ${f1(e.main.fullMBs)} MB/s (${f1(e.main.fullMs)} ms) | ${(100 * e.main.fullMBs / e.baselineMBs).toFixed(1)}% of the bare loop; tokenizer ×${(e.main.fullMBs / e.regexTokenizerMBs).toFixed(2)} | |`,
    `| the single pass alone (automaton over all words) | ${f1(e.scanMBs)} MB/s | ${(100 * e.scanMBs / e.baselineMBs).toFixed(1)}% of the bare loop | |`,
    `| sparse: 3% war reporting | detection ${f1(e.sparse.detectMBs)} MB/s, full report ${f1(e.sparse.fullMBs)} MB/s; ${e.sparse.findings} findings | | |`,
    `| dense: every paragraph framed | detection ${f1(e.dense.detectMBs)} MB/s, full report ${f1(e.dense.fullMBs)} MB/s; ${e.dense.findings} findings | | |`,
    `| lexicon compile (automaton build) | ${f1(e.compileMs)} ms for ${e.entries} entries | character tables, once per process: ${f1(e.tablesMs)} ms | < 50 ms: ${target(e.compileMs < 50)} |`,
    `| compiled lexicon (the page detector's part, packed without the forms: what the content script carries) | ${(e.lexiconBytes / 1024).toFixed(0)} KB, ${(e.lexiconGzipBytes / 1024).toFixed(0)} KB gzip | | |`,
    '',
    'The target is read as the detection\'s throughput: the engine\'s matching and context rules, all a page needs to highlight (the content script paints from it and completes the report afterwards). The full report adds the rewording and attribution the popup and the CLI show.',
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
      '| page | text | matches | scan: start to last highlight | first highlights | extension busy | longest task | mark.js, same terms | ratio | DOM mutations by the extension | report: last highlight to complete (busy) | the same scan again, code warm |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...b.pages.map((p) =>
        `| ${p.page} | ${(p.textChars / 1024).toFixed(0)} KB | ${p.matches} | ${f1(p.extensionMs)} ms | ${f1(p.firstPaintMs)} ms | ${f1(p.busyMs)} ms | ${f1(p.longestTaskMs)} ms | ${f1(p.markjsMs)} ms (${p.markjsMatches} marks) | ×${f1(p.ratio)} | ${p.extensionMutations} | ${f1(p.completeMs)} ms (${f1(p.completeBusyMs)} ms) | ${f1(p.warmMs)} ms |`),
      '',
      'The scan runs in slices of a few milliseconds between which the page keeps the main thread; "busy" sums the slices. Highlights come from the engine\'s detection alone; the rest of the report (sentences and their rewording, sources, outlets) is completed after the last highlight by the service worker, to which the content script sends each piece\'s text (framing-lens:complete ends with the last answer; its busy time is the page\'s part, the sending), before the badge gets it. Targets: the 1 MB page under 50 ms and 20× faster than mark.js with about 1,000 matches, no long task, no mutation. The last column is the same page scanned again by the same content script (as a settings change does): the difference to the first scan is the cold start, the content script\'s code compiled and optimized anew on every page.',
      `Lexicon compile on the page (cold, in slices, once per page with article text): ${b.pages.map((p) => `${p.page} ${f1(p.parts.engine ?? 0)} ms`).join(', ')}.`,
      '',
      `Popup opened on the seed page's tab, navigation to report rendered: ${b.popupMs.join(', ')} ms (median ${f1(median(b.popupMs))} ms; target < 100 ms).`,
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
