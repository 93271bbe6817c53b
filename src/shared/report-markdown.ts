// The report as Markdown a fact-checker can paste: used by the CLI (in English) and the popup's
// copy button (in the reader's language). Every word comes from `labels`; the ids of the report
// (categories, parties, how an outlet was cited) never reach the reader.
import type { MarkdownLabels } from './markdown-labels';
import { partyCounts } from './parties';
import { peopleCited } from './people';
import type { Category, Report } from './report';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportToMarkdown(report: Report, labels: MarkdownLabels): string {
  const L = labels;
  const { summary } = report;
  const lines: string[] = [`# ${L.title}`, ''];
  const counts = (Object.entries(summary.counts) as [Category, number][]).map(([c, n]) => `${L.categories[c]}: ${n}`).join(' · ');
  lines.push(`**${L.counts}:** ${counts}`, '');
  const { rows, noParty } = partyCounts(report);
  const parties = rows.length ? [...rows.map(([p, n]) => `${L.party(p)}: ${n}`), `${L.noParty}: ${noParty}`].join(' · ') : L.none;
  lines.push(`**${L.parties}:** ${parties}${summary.lean ? ` — ${L.dominant}: ${L.party(summary.lean)}` : ''}`, '');
  lines.push(`_${L.caveat}_`, '');

  if (report.sentences.length) {
    lines.push(`## ${L.sentences}`, '');
    for (const s of report.sentences) {
      const found = s.findings.map((k) => report.findings[k]!).map((f) => `\`${f.text}\` (${[L.category[f.category], f.quoted && L.quoted, f.mixedScript && L.mixedScript].filter(Boolean).join(', ')})`);
      lines.push(`- **${L.original}:** ${s.original}`, `  **${L.neutral}:** ${s.neutral}`, `  **${L.flags}:** ${found.join(', ')}`, '');
    }
  }
  const C = L.columns;
  if (report.findings.length) {
    lines.push(`## ${L.findings}`, '', row([C.text, C.category, C.party, C.neutral, C.why, C.reference]), '|---|---|---|---|---|---|');
    for (const f of report.findings) {
      const category = `${L.category[f.category]}${f.quoted ? ` (${L.quoted})` : ''}`;
      lines.push(row([f.text, category, f.party ? L.party(f.party) : '—', f.neutral ?? '—', f.explanation, f.reference]));
    }
    lines.push('');
  }
  if (report.outlets.length) {
    lines.push(`## ${L.outlets}`, '', row([C.outlet, C.country, C.owner, C.stateControlled, C.citedAs]), '|---|---|---|---|---|');
    for (const o of report.outlets) {
      const state = o.stateControlled === null ? L.unknown : o.stateControlled ? L.yes : L.no;
      const how = [...new Set(o.mentions.map((m) => L.how[m.how]))].join(', ');
      lines.push(row([`${o.name}${o.known ? '' : ` (${L.unknownOutlet})`}`, o.country ?? '—', o.owner ?? '—', state, how]));
    }
    lines.push('');
  }
  const people = peopleCited(report);
  const unnamed = report.sources.filter((s) => s.kind === 'unnamed');
  if (people.length) lines.push(`## ${L.people}`, '', ...people.map((p) => `- ${p}`), '');
  if (unnamed.length) lines.push(`## ${L.unnamed}`, '', ...unnamed.map((u) => `- “${u.text}”`), '');
  return lines.join('\n');
}

/** A table row; a cell's `|` and line breaks would end the cell or the table. */
function row(cells: string[]): string {
  return `| ${cells.map(esc).join(' | ')} |`;
}
