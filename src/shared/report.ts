// The report contract (DESIGN.md): produced by the engine, consumed by the CLI, the content
// script, the popup and the tests. Offsets are UTF-16 indices into the analysed text.

export const CATEGORIES = ['loaded-term', 'place-name', 'unnamed-source', 'editorializing'] as const;
export type Category = (typeof CATEGORIES)[number];

/** From least to most severe: a severity's index is its rank. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: string;
  category: Category;
  text: string;
  start: number;
  end: number;
  entryId: string;
  party: string | null;
  neutral: string | null;
  canonical: string | null;
  explanation: string;
  reference: string;
  quoted: boolean;
  mixedScript: boolean;
  severity: Severity;
}

/**
 * The name a finding is flagged for spelling alone: a place's own name in mixed scripts
 * («Покровsk»), whose letters, not the place's renaming, are what the reader is told of. Null
 * for every other finding.
 */
export function mixedScriptName(f: Finding): string | null {
  return f.mixedScript && f.party === null ? (f.neutral ?? f.canonical) : null;
}

export interface Sentence {
  start: number;
  end: number;
  original: string;
  neutral: string;
  /** Indices into Report.findings. */
  findings: number[];
}

/** How an article cites an outlet: an attribution cue's words, a link to it, or its bare name. */
export const MENTION_HOWS = ['according to', 'quoted by', 'reported', 'told', 'cited by', 'link', 'name'] as const;
export type MentionHow = (typeof MENTION_HOWS)[number];

export interface OutletMention {
  start: number;
  end: number;
  how: MentionHow;
}

export interface Outlet {
  name: string;
  /** The name in the report's language where readers of it know another («ТАСС» for TASS), else null. */
  localName: string | null;
  known: boolean;
  country: string | null;
  owner: string | null;
  stateControlled: boolean | null;
  domains: string[];
  reference: string | null;
  mentions: OutletMention[];
}

export const SOURCE_KINDS = ['unnamed', 'person', 'outlet'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  kind: SourceKind;
  text: string;
  start: number;
  end: number;
}

export interface Summary {
  counts: Record<Category, number>;
  parties: Record<string, number>;
  /** The party whose vocabulary dominates, or null when none does. */
  lean: string | null;
}

export interface Report {
  version: 1;
  findings: Finding[];
  sentences: Sentence[];
  outlets: Outlet[];
  sources: Source[];
  summary: Summary;
}
