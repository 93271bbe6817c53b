// Word-level diff between a sentence and its neutral rewording: which words were removed and
// which were inserted. Longest common subsequence over tokens (words and the space/punctuation
// between them); sentences are short, so the O(n·m) table is a few thousand cells at most.
// Past MAX_CELLS (a run-on "sentence") it falls back to a whole replace rather than stall.

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

const MAX_CELLS = 250_000;

/** Words (letters, digits, apostrophes, hyphens inside words) and everything between them. */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) parts.push({ kind: 'removed', text: before });
    if (after) parts.push({ kind: 'added', text: after });
    return parts;
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++]!);
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(parts, 'removed', a[i++]!);
    else push(parts, 'added', b[j++]!);
  }
  while (i < a.length) push(parts, 'removed', a[i++]!);
  while (j < b.length) push(parts, 'added', b[j++]!);
  return tidy(parts);
}

/**
 * A space kept as "same" between two changes reads as noise: "special military operation" →
 * "invasion" would show three removed words split by kept spaces. So a whitespace-only run
 * between two changes joins the change (on both sides: it is in both texts), and each block
 * of consecutive changes is shown as one removed run followed by one added run. Each side's
 * text stays exact: a block's removed parts, in order, are its original words; its added
 * parts are its neutral words.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((p, k) => {
    const inChange = removed !== '' || added !== '';
    const next = parts[k + 1];
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if (inChange && next && next.kind !== 'same' && /^\s+$/.test(p.text)) {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += p.text;
      else out.push({ ...p });
    }
  });
  flush();
  return out;
}
