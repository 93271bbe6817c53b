// Parses and validates one lexicon source (a shipped YAML file or a reader's import) and says
// exactly what is wrong: the line, the entry id and the field. Used by the build and by the
// options page, so both refuse the same mistakes with the same words.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { lexiconFileSchema, type LexiconFile } from './schema';

export interface LexiconProblem {
  line: number;
  entry: string | null;
  field: string;
  message: string;
  /** The schema's issue code ("too_small", "invalid_format"…), for a reason in the reader's language; none for a syntax error. */
  code?: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: LexiconProblem[] };

function nodeAt(root: unknown, path: readonly PropertyKey[]): Node | null {
  let node = root as Node | null;
  let last = node;
  for (const key of path) {
    if (isMap(node)) node = (node.get(key as string, true) as Node | undefined) ?? null;
    else if (isSeq(node)) node = (node.get(Number(key), true) as Node | undefined) ?? null;
    else break;
    if (!node) break;
    last = node;
  }
  return last;
}

// The id of the listed item a problem is in: a lexicon file's entries, or parties.yaml's parties.
function entryIdAt(value: unknown, path: readonly PropertyKey[]): string | null {
  if ((path[0] !== 'entries' && path[0] !== 'parties') || typeof path[1] !== 'number') return null;
  const list = (value as Record<string, unknown[] | undefined> | null)?.[path[0]];
  const id = (list?.[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : `#${path[1] + 1}`;
}

export function validateYaml<T>(source: string, schema: z.ZodType<T>): Validated<T> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line, entry: null, field: '', message: e.message.split('\n')[0]!,
      })),
    };
  }
  const value: unknown = doc.toJS();
  return validateValue(value, schema, (path) => {
    const node = nodeAt(doc.contents, path);
    return lines.linePos(node?.range?.[0] ?? 0).line;
  });
}

/**
 * Validate a value that has no source text (the options page's add/edit form): the same
 * problems as validateYaml, with line 0 unless `lineOf` can say where a path is.
 */
export function validateValue<T>(
  value: unknown,
  schema: z.ZodType<T>,
  lineOf: (path: readonly PropertyKey[]) => number = () => 0,
): Validated<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const entry = entryIdAt(value, issue.path);
      const field = issue.path.slice(entry ? 2 : 0).join('.');
      return { line: lineOf(issue.path), entry, field, message: issue.message, code: issue.code };
    }),
  };
}

export function validateLexiconFile(source: string): Validated<LexiconFile> {
  return validateYaml(source, lexiconFileSchema);
}

/**
 * One problem as a line of text: `file:line: entry x, field y: reason` for the build, or, with
 * no file name (the options page), `line N, entry x, field y: reason`. Line 0 means the
 * problem has no source line (a form field) and is left out.
 */
export function formatProblem(file: string | null, p: LexiconProblem): string {
  const where = [!file && p.line > 0 && `line ${p.line}`, p.entry && `entry ${p.entry}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(', ');
  const at = file ? `${file}${p.line > 0 ? `:${p.line}` : ''}: ` : '';
  return `${at}${where ? `${where}: ` : ''}${p.message}`;
}
