// The people a report cites, each once: its sources list every mention ("Dmitry Peskov", later
// "Peskov"; "Денис Пушилин", later "Пушилина"), and the popup and the Markdown report name each
// person once, by the full name the article gives; the unnamed sources once per wording.
import type { Report } from './report';

/** `word`, a surname alone, is the surname `full` ends with, in any case form (Slavic surnames decline). */
export function sameSurname(full: string, word: string): boolean {
  if (full === word) return true;
  // Cyrillic only: English surnames do not decline, and "Smith" is no form of "Smithers".
  if (full.charCodeAt(0) < 0x400 || full.charCodeAt(0) > 0x4ff || full.length < 4) return false;
  const stem = full.slice(0, Math.max(4, full.length - 2));
  return word.startsWith(stem) && Math.abs(word.length - full.length) <= 3;
}

/** The names of the people cited, in order of first mention; a surname alone joins its full name. */
export function peopleCited(report: Report): string[] {
  const names = [...new Set(report.sources.filter((s) => s.kind === 'person').map((s) => s.text))];
  const surnames = names.filter((n) => /\s/.test(n)).map((n) => n.slice(n.search(/\S+$/)));
  return names.filter((n) => /\s/.test(n) || !surnames.some((s) => sameSurname(s, n)));
}

/** The unnamed sources' wordings in order of first use, each with how often it stands ("reportedly" ×2). */
export function unnamedCited(report: Report): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of report.sources) {
    if (s.kind !== 'unnamed') continue;
    const text = s.text.replace(/\s+/g, ' ');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts];
}
