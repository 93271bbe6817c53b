// Cue roles read as word lists beside a few matches instead of being scanned for on the whole
// page (not-person.ts, naming-clause.ts): each builds its reader once per lexicon.
import type { CueEntry } from '../lexicon/schema';

type Role = CueEntry['role'];

/** The cue roles that give words to a speaker: "said", "according to", «сказал», «за словами». */
export const SPEECH_ROLES: ReadonlySet<string> = new Set<Role>(['attribution-after', 'attribution-before']);
type Entries = readonly { kind: string; entry: unknown }[];

/** `make` of the lexicon's cues of `roles`, built once per lexicon (its entries list). */
export function perLexicon<T>(roles: Role | readonly Role[], make: (cues: CueEntry[]) => T): (entries: Entries) => T {
  const wanted: readonly Role[] = typeof roles === 'string' ? [roles] : roles;
  const cache = new WeakMap<object, T>();
  return (entries) => {
    let built = cache.get(entries);
    if (built === undefined) {
      built = make(entries.flatMap((e) => (e.kind === 'cue' && wanted.includes((e.entry as CueEntry).role) ? [e.entry as CueEntry] : [])));
      cache.set(entries, built);
    }
    return built;
  };
}
