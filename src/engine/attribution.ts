// Who the article cites: outlets (known from the lexicon, or unknown ones introduced as "the
// newspaper X"), named people ("Kimakovskiy stated"), and how each was cited ("according to",
// "quoted by", a link). The cue words themselves are lexicon data (pack `sources`).
import type { CueEntry, OutletEntry } from '../lexicon/schema';
import { hostMatches, hostOf } from '../shared/hosts';
import type { MentionHow, Outlet, Source } from '../shared/report';
import type { Span } from './context';
import { nameAfter, nameBefore, type NameRun } from './names';
import type { Describe } from './lexicon';
import { byStart, overlapsAny, spansWithin } from './spans';
import { crossesSentence } from './sentences';
import { startOfWordsBefore, wordsAfter } from './words';

export interface CueHit extends Span {
  cue: CueEntry;
}

export interface OutletHit extends Span {
  outlet: OutletEntry;
}

export interface LinkHit extends Span {
  href: string;
}

export interface Attribution {
  outlets: Outlet[];
  sources: Source[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const ARTICLES = new Set(['the', 'a', 'an']);

/** Cue hits of a role whose end lies within `words` words before `pos`, nearest first. */
function cueBefore(text: string, cues: readonly CueHit[], pos: number, words: number, roles: string[]): CueHit | undefined {
  const from = startOfWordsBefore(text, pos, words);
  return spansWithin(cues, from, pos)
    .filter((c) => roles.includes(c.cue.role) && c.end <= pos && c.end >= from && !crossesSentence(text, c.end, pos))
    .sort((a, b) => b.end - a.end)[0];
}

function cueAfter(text: string, cues: readonly CueHit[], pos: number, words: number, roles: string[]): CueHit | undefined {
  const window = wordsAfter(text, pos, words);
  const to = window[window.length - 1]?.end ?? pos;
  return spansWithin(cues, pos, to + 1)
    .filter((c) => roles.includes(c.cue.role) && c.start >= pos && c.start <= to && !crossesSentence(text, pos, c.start))
    .sort((a, b) => a.start - b.start)[0];
}

function howCited(text: string, cues: readonly CueHit[], span: Span): MentionHow {
  const before = cueBefore(text, cues, span.start, 5, ['attribution-before']);
  if (before?.cue.how) return before.cue.how;
  const after = cueAfter(text, cues, span.end, 2, ['attribution-after']);
  if (after?.cue.how) return after.cue.how;
  return 'name';
}

function outletOf(entry: OutletEntry, describe: Describe): Outlet {
  const about = describe(entry);
  return {
    name: entry.name,
    known: true,
    country: about?.country ?? null,
    owner: about?.owner ?? null,
    stateControlled: about?.stateControlled ?? null,
    domains: entry.domains,
    reference: about?.reference ?? null,
    mentions: [],
  };
}

export function attribute(
  text: string,
  cues: readonly CueHit[],
  outletHits: readonly OutletHit[],
  links: readonly LinkHit[],
  allOutlets: readonly OutletEntry[],
  notNames: readonly Span[],
  describe: Describe,
): Attribution {
  const outlets = new Map<string, Outlet>();
  const sources: Source[] = [];
  const mention = (key: string, make: () => Outlet, span: Span, how: MentionHow) => {
    const outlet = outlets.get(key) ?? outlets.set(key, make()).get(key)!;
    outlet.mentions.push({ start: span.start, end: span.end, how });
    sources.push({ kind: 'outlet', text: text.slice(span.start, span.end), start: span.start, end: span.end });
  };

  for (const hit of outletHits) mention(hit.outlet.name, () => outletOf(hit.outlet, describe), hit, howCited(text, cues, hit));

  for (const link of links) {
    const host = hostOf(link.href);
    const entry = host && allOutlets.find((o) => o.domains.some((d) => hostMatches(host, d)));
    if (entry) mention(entry.name, () => outletOf(entry, describe), link, 'link');
  }

  // Static spans are sorted once; names found here are few and kept apart.
  const blocked: Span[] = [...outletHits, ...notNames].sort(byStart);
  const taken: Span[] = [];
  const people: NameRun[] = [];
  const unknownOutlet = (run: NameRun, how: MentionHow) => {
    const name = text.slice(run.start, run.end);
    mention(`unknown:${name}`, () => ({
      name, known: false, country: null, owner: null, stateControlled: null, domains: [], reference: null, mentions: [],
    }), run, how);
    taken.push(run);
  };
  const consider = (run: NameRun | null, how: MentionHow | null) => {
    if (!run || overlapsAny(blocked, run) || taken.some((s) => overlaps(s, run))) return;
    // An unknown outlet is one the article introduces as such ("the newspaper X"), and every
    // later citation of the same name.
    const introduced = how && cueBefore(text, cues, run.start, 3, ['outlet-noun']);
    if (how && (introduced || outlets.has(`unknown:${text.slice(run.start, run.end)}`))) {
      unknownOutlet(run, how);
      return;
    }
    const titled = cueBefore(text, cues, run.start, 1, ['person-title']) !== undefined;
    if (run.words >= 2 || titled || !run.sentenceInitial) {
      people.push(run);
      taken.push(run);
    }
  };

  for (const cue of cues) {
    if (cue.cue.role === 'attribution-before') consider(nameAfter(text, skipToName(text, cues, cue)), cue.cue.how ?? 'according to');
    else if (cue.cue.role === 'attribution-after') consider(nameBefore(text, cue.start), cue.cue.how ?? 'reported');
    else if (cue.cue.role === 'person-title') {
      const run = nameAfter(text, cue.end, 4);
      if (run && run.start - cue.end <= 2) consider(run, null);
    }
  }
  for (const p of people) sources.push({ kind: 'person', text: text.slice(p.start, p.end), start: p.start, end: p.end });
  sources.sort((a, b) => a.start - b.start);
  return { outlets: [...outlets.values()], sources };
}

/**
 * After "according to", skip to the name itself: past lower-case words and past an outlet noun
 * with its adjectives ("the American publication Responsible Statecraft").
 */
function skipToName(text: string, cues: readonly CueHit[], cue: CueHit): number {
  const window = wordsAfter(text, cue.end, 5);
  const noun = spansWithin(cues, cue.end, window[window.length - 1]?.end ?? cue.end)
    .filter((c) => c.cue.role === 'outlet-noun' && c.start >= cue.end && c.end <= (window[window.length - 1]?.end ?? cue.end))
    .sort((a, b) => b.end - a.end)[0];
  if (noun && !crossesSentence(text, cue.end, noun.start)) return noun.end;
  const first = window[0];
  return first && ARTICLES.has(first.text) ? first.end : cue.end;
}
