// `npm run analyze -- FILE [--format json|md]`: the engine over a file (or `-` for stdin), for
// researchers working in batches. Exit 2 with one line on stderr when the input is unusable.
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine';
import { reportToMarkdown } from '../shared/report-markdown';
import { ENGLISH_MARKDOWN_LABELS } from './english';
import { htmlToText } from './html-text';

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; format: 'json' | 'md' } {
  let file: string | undefined;
  let format: 'json' | 'md' = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'md') throw new UsageError(`--format must be json or md, not ${value ?? 'nothing'}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      return parseArgs([...argv.slice(0, i), '--format', arg.slice(9), ...argv.slice(i + 1)]);
    } else if (arg.startsWith('--') ) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got ${file} and ${arg})`);
  }
  if (file === undefined) throw new UsageError('usage: npm run analyze -- FILE [--format json|md]   (FILE may be - for stdin)');
  return { file, format };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is not a text file (it holds binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${file} is not a text file (it is not valid UTF-8)`);
  }
}

export function run(argv: string[]): { out: string; code: number } {
  const { file, format } = parseArgs(argv);
  const raw = readText(file);
  const isHtml = /\.x?html?$/i.test(file) || (file === '-' && /^\s*<(!doctype html|html)/i.test(raw));
  const { text, links } = isHtml ? htmlToText(raw) : { text: raw, links: [] };
  const report = createEngine().analyze(text, { links });
  return { out: format === 'json' ? JSON.stringify(report, null, 2) : reportToMarkdown(report, { ...ENGLISH_MARKDOWN_LABELS, title: `Framing Lens report: ${file}` }), code: 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { out } = run(process.argv.slice(2));
    process.stdout.write(`${out}\n`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`framing-lens: ${e.message}\n`);
    process.exit(2);
  }
}
