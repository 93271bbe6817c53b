// The report as Markdown a fact-checker can paste: used by the CLI and the popup's copy button.
import type { Report } from './report';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportToMarkdown(report: Report, title = 'Framing Lens report'): string {
  const { summary } = report;
  const lines: string[] = [`# ${title}`, ''];
  const counts = Object.entries(summary.counts).map(([c, n]) => `${c}: ${n}`).join(' · ');
  lines.push(`**Findings:** ${counts}`, '');
  const parties = Object.entries(summary.parties).map(([p, n]) => `${p}: ${n}`).join(' · ');
  lines.push(`**Vocabulary by party:** ${parties || 'none'}${summary.lean ? ` — dominant: ${summary.lean}` : ''}`, '');
  lines.push('_Counts show whose words the article uses, not whether its facts are right._', '');

  if (report.sentences.length) {
    lines.push('## Flagged sentences', '');
    for (const s of report.sentences) {
      const found = s.findings.map((k) => report.findings[k]!).map((f) => `\`${f.text}\` (${f.category}${f.quoted ? ', quoted' : ''}${f.mixedScript ? ', mixed script' : ''})`);
      lines.push(`- **Original:** ${s.original}`, `  **Neutral:** ${s.neutral}`, `  **Flags:** ${found.join(', ')}`, '');
    }
  }
  if (report.findings.length) {
    lines.push('## Findings', '', '| text | category | party | neutral | why | reference |', '|---|---|---|---|---|---|');
    for (const f of report.findings) {
      lines.push(`| ${esc(f.text)} | ${f.category}${f.quoted ? ' (quoted)' : ''} | ${f.party ?? '—'} | ${esc(f.neutral ?? '—')} | ${esc(f.explanation)} | ${esc(f.reference)} |`);
    }
    lines.push('');
  }
  if (report.outlets.length) {
    lines.push('## Outlets cited', '', '| outlet | country | owner | state-controlled | cited as |', '|---|---|---|---|---|');
    for (const o of report.outlets) {
      const state = o.stateControlled === null ? 'unknown' : o.stateControlled ? 'yes' : 'no';
      const how = [...new Set(o.mentions.map((m) => m.how))].join(', ');
      lines.push(`| ${esc(o.name)}${o.known ? '' : ' (unknown outlet)'} | ${o.country ?? '—'} | ${esc(o.owner ?? '—')} | ${state} | ${how} |`);
    }
    lines.push('');
  }
  const people = report.sources.filter((s) => s.kind === 'person');
  const unnamed = report.sources.filter((s) => s.kind === 'unnamed');
  if (people.length) lines.push('## People cited', '', ...[...new Set(people.map((p) => p.text))].map((p) => `- ${p}`), '');
  if (unnamed.length) lines.push('## Unnamed sources', '', ...unnamed.map((u) => `- “${u.text}”`), '');
  return lines.join('\n');
}
