// Fills in why each finding is flagged, and its reference, for the hover card. The content
// script's engine carries no descriptions (they would double its size on every news page), so
// they are asked of the service worker once per entry and kept for the page's lifetime.
import type { Finding } from '../shared/report';

/** An entry's explanation and reference, in the reader's language (the service worker's choice). */
type About = { explanation: string; reference: string };
type Ask = (entryIds: string[]) => Promise<{ entries: Record<string, About> } | undefined>;

export interface Describer {
  /** Describes what is known now; the rest is asked for and filled in when it arrives. */
  fill(findings: readonly Finding[]): void;
}

export function createDescriber(ask: Ask): Describer {
  const known = new Map<string, About>();
  const waiting = new Map<string, Finding[]>();
  const apply = (f: Finding, about: About) => {
    f.explanation = about.explanation;
    f.reference = about.reference;
  };
  return {
    fill(findings) {
      const missing: string[] = [];
      for (const f of findings) {
        if (f.explanation) continue;
        const about = known.get(f.entryId);
        if (about) {
          apply(f, about);
          continue;
        }
        const list = waiting.get(f.entryId);
        if (list) list.push(f);
        else {
          waiting.set(f.entryId, [f]);
          missing.push(f.entryId);
        }
      }
      if (!missing.length) return;
      const settle = (entries: Record<string, About>) => {
        for (const id of missing) {
          const about = entries[id];
          if (about) {
            known.set(id, about);
            for (const f of waiting.get(id) ?? []) apply(f, about);
          }
          waiting.delete(id);
        }
      };
      ask(missing).then((r) => settle(r?.entries ?? {}), () => settle({}));
    },
  };
}
