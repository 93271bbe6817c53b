// The report as Markdown a fact-checker can paste: used by the CLI (in English) and the popup's
// copy button (in the reader's language). Every word comes from `labels`; the ids of the report
// (categories, parties, how an outlet was cited) never reach the reader.
import type { MarkdownLabels } from './markdown-labels';
import { partyCounts } from './parties';
import { peopleCited, unnamedCited } from './people';
import type { Category, Report } from './report';

/** Control characters (a terminal's escapes) and line breaks, as spaces: they would end a line or a cell. */
const withoutControls = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ');

/** A web address in page text, bare or in angle brackets: printed as it is, so it stays a working link. */
const URL_IN_TEXT = /<https?:\/\/[^\s<>]+>|https?:\/\/[^\s<>|]+/g;

/**
 * Page text as Markdown prose: its own markup characters escaped, so "*Kiev regime*", a link
 * or an <img> tag in an article prints as written instead of turning into emphasis, a live
 * link or HTML; control characters (a terminal's escapes) and line breaks become spaces. Only
 * what would be markup is escaped: an underscore inside a word ("Avdiivka_2024"), brackets
 * that open no link ("[unnamed source]"), "&", and web addresses print as they are.
 */
function prose(s: string): string {
  const text = withoutControls(s);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    out += markupEscaped(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + markupEscaped(text.slice(at));
}

function markupEscaped(s: string): string {
  return s
    .replace(/[\\`*~<>|]/g, '\\$&')
    .replace(/_/g, (u, i: number, t: string) => (/[\p{L}\d]/u.test(t[i - 1] ?? '') && /[\p{L}\d]/u.test(t[i + 1] ?? '') ? u : '\\_'))
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/!(?=\[)/g, '\\!');
}

/** A finding's words as inline code, without the invisible characters that would break a search for them. */
function code(s: string): string {
  const plain = withoutControls(s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, ''));
  return plain.includes('`') ? `\`\` ${plain} \`\`` : `\`${plain}\``;
}

export function reportToMarkdown(report: Report, labels: MarkdownLabels): string {
  const L = labels;
  const { summary } = report;
  const lines: string[] = [`# ${L.title}`, ''];
  const counts = (Object.entries(summary.counts) as [Category, number][]).map(([c, n]) => `${L.categories[c]}: ${n}`).join(' · ');
  lines.push(`**${L.counts}:** ${counts}`, '');
  const { rows, noParty, quoted } = partyCounts(report);
  const parties = rows.length ? [...rows.map(([p, n]) => `${L.party(p)}: ${n}`), `${L.noParty}: ${noParty}`, ...(quoted ? [`${L.partyQuoted}: ${quoted}`] : [])].join(' · ') : L.none;
  lines.push(`**${L.parties}:** ${parties}${summary.lean ? ` — ${L.dominant}: ${L.party(summary.lean)}` : ''}`, '');
  lines.push(`_${L.caveat}_`, '');

  if (report.sentences.length) {
    lines.push(`## ${L.sentences}`, '');
    for (const s of report.sentences) {
      const found = s.findings.map((k) => report.findings[k]!).map((f) => `${code(f.text)} (${[L.category[f.category], f.quoted && L.quoted, f.mixedScript && L.mixedScript].filter(Boolean).join(', ')})`);
      lines.push(`- **${L.original}:** ${prose(s.original)}`, `  **${L.neutral}:** ${prose(s.neutral)}`, `  **${L.flags}:** ${found.join(', ')}`, '');
    }
  }
  const C = L.columns;
  if (report.findings.length) {
    lines.push(`## ${L.findings}`, '', row([C.text, C.category, C.party, C.neutral, C.why, C.reference]), '|---|---|---|---|---|---|');
    // One row per distinct finding, its count after the words: a long article repeats a name
    // or a term dozens of times, and the same row over and over hid the others.
    const rows = new Map<string, { cells: string[]; count: number }>();
    for (const f of report.findings) {
      const category = `${L.category[f.category]}${f.quoted ? ` (${L.quoted})` : ''}`;
      // A name broken over a line is the same name: one row.
      const cells = [f.text.replace(/\s+/g, ' '), category, f.party ? L.party(f.party) : '—', f.neutral ?? '—', f.explanation, f.reference];
      const key = cells.join('\u0000');
      const same = rows.get(key);
      if (same) same.count++;
      else rows.set(key, { cells, count: 1 });
    }
    for (const { cells, count } of rows.values()) {
      lines.push(row(count > 1 ? [`${cells[0]} ×${count}`, ...cells.slice(1)] : cells, 5));
    }
    lines.push('');
  }
  if (report.outlets.length) {
    lines.push(`## ${L.outlets}`, '', row([C.outlet, C.country, C.owner, C.stateControlled, C.citedAs]), '|---|---|---|---|---|');
    for (const o of report.outlets) {
      const state = o.stateControlled === null ? L.unknown : o.stateControlled ? L.yes : L.no;
      const how = [...new Set(o.mentions.map((m) => L.how[m.how]))].join(', ');
      lines.push(row([`${o.localName ?? o.name}${o.known ? '' : ` (${L.unknownOutlet})`}`, o.country ?? '—', o.owner ?? '—', state, how]));
    }
    lines.push('');
  }
  const people = peopleCited(report);
  const unnamed = unnamedCited(report);
  if (people.length) lines.push(`## ${L.people}`, '', ...people.map((p) => `- ${prose(p)}`), '');
  if (unnamed.length) lines.push(`## ${L.unnamed}`, '', ...unnamed.map(([text, n]) => `- ${L.quote(prose(text))}${n > 1 ? ` ×${n}` : ''}`), '');
  return lines.join('\n');
}

/**
 * A table row of page or lexicon text (`prose`); cell `reference`, a citation with its URL, keeps
 * the URL's own characters ("Russian_invasion", "?a=1&b=2") and loses only what would end the cell.
 */
function row(cells: string[], reference = -1): string {
  return `| ${cells.map((c, k) => (k === reference ? withoutControls(c).replace(/[|<>]/g, '\\$&') : prose(c))).join(' | ')} |`;
}
