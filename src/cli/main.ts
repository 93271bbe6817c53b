// `npm run analyze -- FILE [--format json|md] [--lang en|ru|uk]`: the engine over a file (or `-`
// for stdin), for researchers working in batches; `--lang` is the language the report explains
// itself in. Exit 2 with one line on stderr when the input is unusable.
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine';
import type { Report } from '../shared/report';
import { reportToMarkdown } from '../shared/report-markdown';
import type { Language } from '../shared/localized';
import { markdownLabelsIn } from './labels';
import { htmlToText } from './html-text';
import { asWritten, unwrapLines } from './unwrap';

class UsageError extends Error {}

const USAGE = 'usage: npm run analyze -- FILE [--format json|md] [--lang en|ru|uk]   (FILE may be - for stdin; .html files are read as HTML)';

class Help extends Error {}

type Args = { file: string; format: 'json' | 'md'; lang: Language };

const LANGUAGES: readonly string[] = ['en', 'ru', 'uk'];

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let format: 'json' | 'md' = 'json';
  let lang: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') throw new Help(USAGE);
    const option = /^(--format|--lang)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? argv[++i];
      if (option[1] === '--format') {
        if (value !== 'json' && value !== 'md') throw new UsageError(`--format must be json or md, not ${value ?? 'nothing'}`);
        format = value;
      } else {
        if (value === undefined || !LANGUAGES.includes(value)) throw new UsageError(`--lang must be en, ru or uk, not ${value ?? 'nothing'}`);
        lang = value as Language;
      }
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got ${file} and ${arg})`);
  }
  if (file === undefined) throw new UsageError(USAGE);
  return { file, format, lang };
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
  // UTF-16 says so with its byte-order mark (its text is full of zero bytes, not binary).
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return decode(bytes, utf16, file);
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is not a text file (it holds binary data)`);
  // An HTML page may declare another charset (older Russian sites: windows-1251).
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase();
  // TextDecoder drops a byte-order mark.
  return decode(bytes, declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'utf-8', file);
}

function decode(bytes: Buffer, encoding: string, file: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new UsageError(`${file} declares the charset ${encoding}, which this analyzer cannot read (save it as UTF-8)`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid ${encoding.toUpperCase()} text (save it as UTF-8)`);
  }
}

export function run(argv: string[]): { out: string; code: number; warning?: string } {
  const { file, format, lang } = parseArgs(argv);
  const raw = readText(file);
  const isHtml = /\.x?html?$/i.test(file) || (file === '-' && /^\s*<(!doctype html|html)/i.test(raw));
  const { text, links } = isHtml ? htmlToText(raw) : { text: raw, links: [] };
  // A hard-wrapped file is read as its paragraphs; the report quotes the file as written.
  const read = isHtml ? text : unwrapLines(text);
  const analyzed = createEngine({ language: lang }).analyze(read, { links });
  const report = read === text ? analyzed : asWritten(analyzed, text);
  // An empty report of a page whose article was not found must not read as a clean article.
  const warning = /\p{L}/u.test(text) ? undefined : `${file === '-' ? 'the input' : file} has no ${isHtml ? 'article ' : ''}text to analyze`;
  return { out: format === 'json' ? JSON.stringify(report, null, 2) : markdownIn(report, lang, file), code: 0, warning };
}

function markdownIn(report: Report, lang: Language, file: string): string {
  const labels = markdownLabelsIn(lang);
  return reportToMarkdown(report, { ...labels, title: `${labels.title}: ${file}` });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { out, warning } = run(process.argv.slice(2));
    if (warning) process.stderr.write(`framing-lens: ${warning}\n`);
    process.stdout.write(`${out}\n`);
  } catch (e) {
    if (e instanceof Help) {
      process.stdout.write(`${e.message}\n`);
      process.exit(0);
    }
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`framing-lens: ${e.message}\n`);
    process.exit(2);
  }
}
