// The pipeline, in two stages:
//
//   detect:   scan (one pass: automaton + mixed-script words)
//               → select (longest match wins; context rules asked only of what would be kept)
//               → findings, place mentions, outlets, the cues that mark findings
//               → quoted? (quotation marks, "so-called", a speaker's words)
//   complete: the attribution cues selected → sentences → neutral rewording → attribution
//             (outlets, people, how cited) → summary
//
// A page shows its highlights from `detect` alone (the content script); the service worker
// completes the report for the popup and the badge afterwards; the CLI runs both at once.
import type { CueEntry, OutletEntry, PlaceEntry } from '../lexicon/schema';
import type { Category, Finding, Report, Sentence, Severity } from '../shared/report';
import { attribute, type CueHit, type DomainsOf, type LinkHit, type OutletHit } from './attribution';
import { compileRule, partyOf, passesContext, type Span } from './context';
import { foldText } from './fold';
import type { CompiledLexicon, DataEntry, Target } from './lexicon';
import { DEFAULT_SEVERITY, SEVERITY_RANK, canonicalName, type Describe } from './lexicon';
import { fewWordsOnly, inCapitals, onlyJoiners, possessiveAt } from './chars';
import { SPEECH_ROLES } from './cue-role';
import { inWebAddress } from './web-address';
import { fourDigitsIn } from './dated';
import { inDisputedClaim } from './disputed-claim';
import { headlineSpeech } from './headline-speech';
import { describedAsName, namingClause, type NamingClause } from './naming-clause';
import { firstNameBefore } from './names';
import { actsAsPerson } from './person-use';
import { institutionNouns, notPersonWords, placeWords } from './not-person';
import { insideAny } from './quotes';
import { languageOf } from './language';
import { Paragraphs, type Paragraph } from './paragraphs';
import { isParenthetical, rewriteSentence, type PlaceMention, type RewriteHint } from './rewrite';
import type { Candidate } from './scan';
import { scan } from './scan';
import { opensClauseAt, opensSentenceAt, sentenceEndFrom, sentenceSpans, sentenceStartBefore } from './sentences';
import { dropExplainedNames } from './renamed';
import { byStart, overlapsAny, spansWithin } from './spans';
import { summarize } from './summary';
import { isConjunction, startOfWordsBefore, wordsAfter, wordsBefore } from './words';

export interface AnalyzeInput {
  text: string;
  links: readonly LinkHit[];
  /** Quotations the page marks up (<blockquote>, <q>), in text order: their findings are a speaker's. */
  quotes: readonly Span[];
  disabledCategories: ReadonlySet<string>;
  /** Findings below this severity are left out, of the findings and of everything built on them. */
  minSeverity: Severity;
  describe: Describe;
  domainsOf: DomainsOf;
  /** false: findings carry no neutral (the lexicon has no forms; the report is completed elsewhere). */
  neutrals: boolean;
}

const ROLE_RANK = { flag: 0, outlet: 1, canonical: 2, cue: 3 } as const;

/** How far a person's surname keeps the same word from being a place: an article's length. */
const SURNAME_REACH = 6000;

type Rules = Map<number, ReturnType<typeof compileRule> | null>;

function ruleFor(lexicon: CompiledLexicon, rules: Rules, entry: number) {
  if (!rules.has(entry)) {
    const context = lexicon.data.entries[entry]!.entry.context;
    rules.set(entry, context ? compileRule(context) : null);
  }
  return rules.get(entry)!;
}

const byPosition = (targets: readonly Target[]) => (a: Candidate, b: Candidate) =>
  a.start - b.start || b.end - a.end || ROLE_RANK[targets[a.target]!.role] - ROLE_RANK[targets[b.target]!.role];

/**
 * Picks the matches to keep: longest first, and at equal length a flag before an outlet name
 * before a neutral name. Context rules are asked lazily, only of a candidate that would
 * otherwise be kept, so matches inside a longer kept match cost nothing.
 *
 * Russian and Ukrainian groups of one place (Краснодон), or Russian and Ukrainian entries
 * (режим), can share a spelling; of candidates on the same words, the one of the text's own
 * language goes first, for the right neutral name and ending.
 */
function select(paragraphs: Paragraphs, candidates: Candidate[], targets: readonly Target[], accept: (c: Candidate) => boolean): Candidate[] {
  const sorted = candidates.sort(byPosition(targets));
  const kept: Candidate[] = [];
  let reach = -1;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.start < reach) continue;
    let same = k + 1;
    while (same < sorted.length && sorted[same]!.start === c.start && sorted[same]!.end === c.end) same++;
    const group = same - k > 1 ? byTextLanguage(paragraphs, sorted.slice(k, same), targets) : [c];
    const chosen = group.find(accept);
    // None of the group: its members are not asked again one by one (another language's
    // entry would take words its own turned down).
    if (!chosen) {
      k = same - 1;
      continue;
    }
    kept.push(chosen);
    reach = chosen.end;
  }
  return kept;
}

function byTextLanguage(paragraphs: Paragraphs, group: Candidate[], targets: readonly Target[]): Candidate[] {
  const first = targets[group[0]!.target]!.lang;
  if (group.every((c) => targets[c.target]!.lang === first)) return group;
  // The paragraph's language, or in a long one the language of 300 characters each side: the
  // next paragraph, or the next part of a long one, may be in another language.
  const { start, end } = group[0]!;
  const para = paragraphs.at(start);
  const lang = para.end - para.start <= 600 ? para.lang : languageOf(paragraphs.text.slice(Math.max(para.start, start - 300), Math.min(para.end, end + 300)));
  // Another language's entry is no fallback: its context rules do not read this language, so
  // when the text's own entry turns the words down ("режим чрезвычайного положения"), the
  // Ukrainian entry of the same spelling must not take them.
  const own = group.filter((c) => (targets[c.target]!.lang ?? lang) === lang);
  const rank = (c: Candidate) => (targets[c.target]!.lang === lang ? 0 : 1);
  return (own.length ? own : [...group]).sort((a, b) => ROLE_RANK[targets[a.target]!.role] - ROLE_RANK[targets[b.target]!.role] || rank(a) - rank(b));
}

/**
 * «в Артемівську», «у звільненому Артемівську»: a locative preposition before the name, past the
 * words that agree with it. The name's form is then the one the lexicon gives after «в» («в
 * Артемівську: в Бахмуті»), where the same ending is also the dative («по Артемівську» → «по Бахмуту»).
 */
function afterLocative(text: string, start: number): boolean {
  const before = wordsBefore(text, start, 3).reverse();
  const k = before.findIndex((w) => !/(?:ому|ій|ім|их)$/.test(w.text));
  return k >= 0 && /^[вуВУ]$/.test(before[k]!.text);
}

function neutralFor(item: DataEntry, target: Target, matched: string, suffix: string, text: string, start: number): string | null {
  const folded = foldText(matched);
  const locative = target.lang === 'uk' ? target.forms?.get('в ' + folded) : undefined;
  // A word that does not decline («СВО», «ПМР») opening its sentence, or a clause after a
  // semicolon, is its subject: the form keyed "^word" is the nominative.
  const subjectForm = target.forms?.get('^' + folded);
  const subject = subjectForm !== undefined && (opensSentenceAt(text, start) || opensClauseAt(text, start)) ? subjectForm : undefined;
  const form = subject ?? (locative !== undefined && afterLocative(text, start) ? locative.slice(2) : undefined) ?? target.forms?.get(folded);
  if (form !== undefined) return form;
  if (item.kind === 'term') {
    return item.entry.neutral.includes('*') ? item.entry.neutral.replace('*', suffix) : item.entry.neutral;
  }
  if (item.kind === 'place') {
    const lang = target.lang ?? 'en';
    return canonicalName(item.entry.canonical, lang) + (lang === 'en' ? '' : suffix);
  }
  return null;
}

function categoryOf(item: DataEntry): Category | null {
  if (item.kind === 'term') return item.category;
  if (item.kind === 'place') return 'place-name';
  return null;
}

/** The candidates of entries of one kind, in text order. */
function spansOfKind(raw: readonly Candidate[], { targets, data }: CompiledLexicon, kind: DataEntry['kind']): Span[] {
  return raw.filter((c) => data.entries[targets[c.target]!.entry]!.kind === kind).sort(byStart);
}

/** The cue roles whose hits decide a finding's own fields (`quoted`, a name explained). */
const MARKING_ROLES: ReadonlySet<string> = new Set(['so-called', 'renamed', 'disputed']);

/**
 * The cue candidates split in two: those selection must judge now, and those it may judge
 * when the report is completed. Selection keeps the longest of overlapping candidates, so a
 * run of candidates that overlap one another is judged on its own, apart from the runs
 * around it: a run with a marking cue is judged now (whatever it keeps is as before), a run
 * of attribution cues only is left for later.
 */
function cuesNeededBy(raw: readonly Candidate[], lexicon: CompiledLexicon): [Candidate[], Candidate[]] {
  const cues = raw.filter((c) => lexicon.targets[c.target]!.role === 'cue').sort(byStart);
  const now: Candidate[] = [];
  const later: Candidate[] = [];
  for (let k = 0; k < cues.length; ) {
    let end = cues[k]!.end;
    let marking = false;
    let j = k;
    for (; j < cues.length && (j === k || cues[j]!.start < end); j++) {
      const c = cues[j]!;
      end = Math.max(end, c.end);
      marking ||= MARKING_ROLES.has(cueRole(c, lexicon));
    }
    const into = marking ? now : later;
    for (; k < j; k++) into.push(cues[k]!);
  }
  return [now, later];
}

function cueHits(kept: readonly Candidate[], { targets, data }: CompiledLexicon): CueHit[] {
  return kept.map((c) => ({ start: c.start, end: c.end, cue: data.entries[targets[c.target]!.entry]!.entry as CueEntry }));
}

const TITLE_ROLES: ReadonlySet<string> = new Set(['person-title']);

/** The candidates of cues of `roles`, in text order (unselected: whether one is there is all that is asked). */
function cuesOfRoles(raw: readonly Candidate[], lexicon: CompiledLexicon, roles: ReadonlySet<string>): Span[] {
  return raw.filter((c) => lexicon.targets[c.target]!.role === 'cue' && roles.has(cueRole(c, lexicon))).sort(byStart);
}

/** A cue candidate's role (the candidate must be a cue's). */
function cueRole(c: Candidate, { targets, data }: CompiledLexicon): string {
  return (data.entries[targets[c.target]!.entry]!.entry as CueEntry).role;
}

/**
 * Whether a finding is in reported speech: a speech cue in its sentence ("Economists said the
 * rise was clearly linked", «Врачи, конечно, не могли…, сказал главврач»). Asked of the
 * editorializing words the rewording would drop: there they are the speaker's judgement, and
 * dropping one would change what was said. A word of doubt (allegedly, «нібито») is the
 * outlet's own, reworded; a loaded term repeated without quotation marks is its wording still.
 */
function inReportedSpeech(text: string, f: Finding, speech: readonly Span[], para: Paragraph): boolean {
  const from = sentenceStartBefore(text, para.start, f.start);
  // After the cue ("said the rise was clearly linked"), or before it past a comma or a quote
  // ("Clearly, Russia will not stop, the minister said"): not in the speaker's own name ("the
  // puppet administration announced").
  return spansWithin(speech, from, sentenceEndFrom(text, f.end, para.end)).some((c) => c.end <= f.start || (c.start >= f.end && /[,:;—–»"”]/.test(text.slice(f.end, c.start))));
}

/** A Russian or Ukrainian adjective's case endings. */
const ADJECTIVE_ENDING = /(?:[ыи]х|[ыи]ми?|[оеі]й|[ое]го|[ое]му|[ая]я|[ую]ю|[ое]е|[ыи]е|ої)$/u;
/** The lower-case noun right after, on the line, in a case a place of work takes («структурах», «ведомстве»), not a verb («рассказал»). */
const NEXT_WORD = /^[ \u00a0]([а-яёіїєґ'’-]{2,}(?:ах|ях|е|и|ії|у|ю|ом|ем|ой|ей|ів|ов|ев))(?=[\s,.;:!?)»”]|$)/u;

/**
 * Where an unnamed source's phrase ends: «Источник в силовых структурах», whose pattern's stem
 * read the adjective («в силов*») and left its noun out of the highlight and the card (probe 23).
 */
function withItsNoun(text: string, c: Candidate): number {
  if (c.stemEnd < 0 || c.stemEnd >= c.end || /\s/.test(text.slice(c.stemEnd, c.end)) || !ADJECTIVE_ENDING.test(text.slice(c.stemEnd - 2, c.end))) return c.end;
  const next = NEXT_WORD.exec(text.slice(c.end, c.end + 40));
  return next ? c.end + next[0].length : c.end;
}

/** What `detect` found: the findings a page highlights, and what `complete` builds on. */
export interface Detection {
  readonly text: string;
  /** In text order, `quoted` set; the report's findings. */
  readonly findings: Finding[];
  readonly hints: readonly RewriteHint[];
  readonly places: readonly PlaceMention[];
  /** The cues that mark findings (so-called, renamed, disputed), in text order. */
  readonly cues: readonly CueHit[];
  /** The other cues, left for `complete` to select: the report's attribution needs them, highlights do not. */
  readonly laterCues: { readonly candidates: Candidate[]; readonly accept: (c: Candidate) => boolean };
  readonly outletHits: readonly OutletHit[];
  readonly links: readonly LinkHit[];
  /** The quotations the page marked up, as given (a report completed elsewhere is given them too). */
  readonly quotes: readonly Span[];
  readonly describe: Describe;
  readonly domainsOf: DomainsOf;
  readonly paragraphs: Paragraphs;
}

export function detect(lexicon: CompiledLexicon, input: AnalyzeInput, rules: Rules): Detection {
  const { text } = input;
  const { targets, data } = lexicon;
  const raw = scan(text, lexicon.automaton);
  const paragraphs = new Paragraphs(text);

  // Outlets are asked for only beside a source noun ("источник РБК"): a few times a page.
  let outletSpans: Span[] | undefined;
  // Speech cues, read for editorializing words, which reported speech makes the speaker's, and
  // for a source named before its apposition.
  let speech: Span[] | undefined;
  const spans = {
    places: spansOfKind(raw, lexicon, 'place'),
    outlets: () => (outletSpans ??= spansOfKind(raw, lexicon, 'outlet')),
    digitsNear: fourDigitsIn(text),
    placeWords: () => placeWords(data.entries),
    speech: () => (speech ??= cuesOfRoles(raw, lexicon, SPEECH_ROLES)),
  };
  const placeFlag = (c: Candidate) => targets[c.target]!.role === 'flag' && data.entries[targets[c.target]!.entry]!.kind === 'place';
  // "Иван Артемовский", "Гулака-Артемовского": a surname, not the town's Soviet name. Where the
  // first name is read from weak signs (a sentence's start), the surname is the person's there
  // only; else in the article around it too ("Prince Georgy Lvov … Lvov resigned"), not the
  // whole page. Read once, when the first place name asks: every place candidate's first name.
  let surnames: { at: Set<Candidate>; words: Map<string, number[]> } | undefined;
  const surnameOf = (c: Candidate): boolean => {
    if (!surnames) {
      surnames = { at: new Set(), words: new Map() };
      const notPerson = notPersonWords(data.entries);
      for (const r of raw) {
        if (!placeFlag(r)) continue;
        const first = firstNameBefore(text, r.start, r.end);
        // Not a place, nor an institution's word ("the Hotel Lvov", "Metalist Kharkov").
        if (first === null || overlapsAny(spans.places, first) || notPerson.covered(text, wordsAfter(text, first.start, 1)).size) continue;
        surnames.at.add(r);
        const word = text.slice(r.start, r.end);
        if (!first.here) surnames.words.set(word, [...(surnames.words.get(word) ?? []), r.start]);
      }
    }
    return surnames.at.has(c) || (surnames.words.get(text.slice(c.start, c.end))?.some((at) => Math.abs(at - c.start) <= SURNAME_REACH) ?? false);
  };
  // Title cues, in text order, for a place name that may be a person's (person-use.ts).
  let titles: Span[] | undefined;
  const personUse = (c: Candidate): boolean => actsAsPerson(text, c, (titles ??= cuesOfRoles(raw, lexicon, TITLE_ROLES)), spans.speech());
  const accept = (c: Candidate) => {
    const target = targets[c.target]!;
    if (target.role === 'canonical') return true;
    if (target.role === 'flag' && inWebAddress(text, c.start, c.end)) return false;
    if (placeFlag(c) && (surnameOf(c) || personUse(c))) return false;
    const rule = ruleFor(lexicon, rules, target.entry);
    return !rule || passesContext(text, c, target.display, rule, spans);
  };
  // Cues are a layer of their own: "как сообщил" must not hide "сообщил источник". Of them,
  // detection needs only those that mark a finding (see cuesNeededBy); the attribution cues,
  // most of them, are selected when the report is completed.
  const [now, later] = cuesNeededBy(raw, lexicon);
  const kept = [...select(paragraphs, raw.filter((c) => targets[c.target]!.role !== 'cue'), targets, accept), ...select(paragraphs, now, targets, accept)];

  const findings: Finding[] = [];
  const hints: RewriteHint[] = [];
  const places: PlaceMention[] = [];
  const cues: CueHit[] = [];
  const outletHits: OutletHit[] = [];
  // Editorializing words the rewording would drop: in reported speech they are the speaker's.
  const dropped = new Set<Finding>();

  for (const c of kept) {
    const target = targets[c.target]!;
    const item = data.entries[target.entry]!;
    if (item.kind === 'cue') {
      cues.push({ start: c.start, end: c.end, cue: item.entry });
      continue;
    }
    if (item.kind === 'outlet') {
      outletHits.push({ start: c.start, end: c.end, outlet: item.entry });
      continue;
    }
    if (item.kind === 'place') places.push({ start: c.start, end: c.end, entry: target.entry, name: target.label });
    const category = categoryOf(item);
    // A neutral name is a finding only when its spelling is anomalous (mixed scripts).
    if (!category || (target.role === 'canonical' && !c.mixed) || input.disabledCategories.has(category)) continue;
    const entry = item.entry;
    const severity = entry.severity ?? DEFAULT_SEVERITY[category];
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[input.minSeverity]) continue;
    const matched = text.slice(c.start, c.end);
    // A mixed-script word's forms and ending are read in the one script it was matched in.
    const written = c.unmixed ?? matched;
    const suffix = c.stemEnd >= 0 ? written.slice(c.stemEnd - c.start) : '';
    const about = input.describe(entry);
    const rule = ruleFor(lexicon, rules, target.entry);
    const party = partyOf(text, c, rule, target.party);
    // A page's detector gives no neutral (its lexicon has no forms) but for editorializing,
    // whose dropped words reported speech quotes (below). The word in the other party's mouth
    // may want another neutral (a recapture, a capture).
    const neutral = !input.neutrals && category !== 'editorializing' ? null
      : target.role === 'canonical' && c.unmixed ? c.unmixed // the name itself, in one script
      : ((party !== target.party ? rule?.partyBy?.forms?.get(foldText(written)) : undefined) ?? neutralFor(item, target, written, suffix, text, c.start));
    const end = category === 'unnamed-source' ? withItsNoun(text, c) : c.end;
    const finding: Finding = {
      id: `${entry.id}@${c.start}`,
      category,
      text: end === c.end ? matched : text.slice(c.start, end),
      start: c.start,
      end,
      entryId: entry.id,
      party,
      neutral: input.neutrals ? neutral : null,
      canonical: item.kind === 'place' ? (item.entry as PlaceEntry).canonical.en : null,
      explanation: about?.explanation ?? '',
      reference: about?.reference ?? '',
      quoted: false,
      mixedScript: c.mixed,
      severity,
    };
    findings.push(finding);
    if (category === 'editorializing' && neutral === '') dropped.add(finding);
    // Only an unnamed source's mark asks it (rewrite.ts: markAt).
    const openEnd = category === 'unnamed-source' && end === c.end && c.stemEnd >= 0 && !/\s/.test(text.slice(c.stemEnd, c.end));
    // In capitals though its pattern is not: a dateline ("KIEV (Reuters)"), a headline, stress.
    const capitals = inCapitals(matched) && !inCapitals(target.display);
    const governs = item.kind === 'term' ? item.entry.context?.governs : undefined;
    hints.push({ finding, placeEntry: item.kind === 'place' ? target.entry : null, label: target.label, lang: target.lang, openEnd, capitals, governs });
  }

  // A party name that only explains its place's canonical name beside it ("Artemovsk, now
  // Bakhmut", "Bakhmut, known as Artemovsk") is a mention, not a finding: renaming and naming
  // cues are rare, so this is rarely asked.
  const joiners = cues.filter((c) => c.cue.role === 'renamed' || c.cue.role === 'so-called');
  if (joiners.length) {
    const canonical = kept.filter((c) => targets[c.target]!.role === 'canonical').map((c) => ({ start: c.start, end: c.end, entry: targets[c.target]!.entry, name: null }));
    dropExplainedNames(text, findings, hints, joiners, canonical.sort(byStart));
  }

  // Of the cues, only "so-called" and its kin mark a finding as quoted: a few per page at most.
  const soCalled = cues.filter((c) => c.cue.role === 'so-called');
  const disputed = cues.filter((c) => c.cue.role === 'disputed');
  const clause = namingClause(data.entries);
  const headline = headlineSpeech(data.entries);
  const besideOwn = besideOwnName(text, places);
  // Where each paragraph's headline speech begins ("Лавров: …"), asked once per paragraph.
  let speechPara: Paragraph | null = null;
  let speechFrom = -1;
  let speechTo = -1;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const place = hints[k]!.placeEntry;
    const para = paragraphs.at(f.start);
    if (para !== speechPara) {
      speechPara = para;
      speechFrom = headline.speechStart(text, para, places);
      // The speaker's words are the label's sentence: "Zakharova: West is arming Kiev regime.
      // Her remarks came a day after…" goes on in the outlet's voice.
      speechTo = speechFrom >= 0 ? sentenceEndFrom(text, speechFrom, para.end) : -1;
    }
    f.quoted = (place !== null && besideOwn.has(f.start)) || (speechFrom >= 0 && f.start >= speechFrom && f.start < speechTo) || insideAny(input.quotes, f.start, f.end) || isQuoted(text, f, place, soCalled, disputed, places, para, clause);
    if (!f.quoted && place !== null && soCalled.length !== 0) {
      const end = canonicalNamedAfter(text, f, place, places, soCalled);
      if (end >= 0) hints[k]!.namedAfter = end;
    }
    if (!f.quoted && dropped.has(f)) f.quoted = inReportedSpeech(text, f, (speech ??= cuesOfRoles(raw, lexicon, SPEECH_ROLES)), para);
    // A doubt word's parenthetical neutral in an attributed sentence is dropped instead (rewrite.ts).
    else if (!f.quoted && f.category === 'editorializing' && f.neutral && isParenthetical(f.neutral)) hints[k]!.attributed = inReportedSpeech(text, f, (speech ??= cuesOfRoles(raw, lexicon, SPEECH_ROLES)), para);
  }
  return { text, findings, hints, places, cues, laterCues: { candidates: later, accept }, outletHits, links: input.links, quotes: input.quotes, describe: input.describe, domainsOf: input.domainsOf, paragraphs };
}

/** The report: the detection's findings with their sentences reworded, sources and a summary. */
export function complete(lexicon: CompiledLexicon, d: Detection): Report {
  const { text, findings } = d;
  const cues = [...d.cues, ...cueHits(select(d.paragraphs, d.laterCues.candidates, lexicon.targets, d.laterCues.accept), lexicon)].sort(byStart);
  const sentences = flaggedSentences(d, lexicon, cues.filter((c) => c.cue.role === 'outlet-noun'));
  const notNames: Span[] = [...d.places, ...findings];
  const { outlets, sources: cited } = attribute(text, cues, d.outletHits, d.links, outletEntries(lexicon.data), notNames, notPersonWords(lexicon.data.entries), institutionNouns(lexicon.data.entries), d.describe, d.domainsOf, headlineSpeakers(d, lexicon));
  const sources = [
    ...findings.filter((f) => f.category === 'unnamed-source').map((f) => ({ kind: 'unnamed' as const, text: f.text, start: f.start, end: f.end })),
    ...cited,
  ].sort((a, b) => a.start - b.start);
  return { version: 1, findings, sentences, outlets, sources, summary: summarize(findings) };
}

/** The speakers of paragraphs that open with "Name: …" (headline-speech.ts). */
function headlineSpeakers(d: Detection, lexicon: CompiledLexicon): Span[] {
  const headline = headlineSpeech(lexicon.data.entries);
  const out: Span[] = [];
  for (let start = 0; start < d.text.length; ) {
    const para = d.paragraphs.at(start);
    const speaker = headline.speaker(d.text, para, d.places);
    if (speaker) out.push(speaker);
    start = Math.max(para.end, start) + 1;
  }
  return out;
}

const outletCache = new WeakMap<object, OutletEntry[]>();
function outletEntries(data: CompiledLexicon['data']): OutletEntry[] {
  let list = outletCache.get(data);
  if (!list) {
    list = data.entries.flatMap((e) => (e.kind === 'outlet' ? [e.entry] : []));
    outletCache.set(data, list);
  }
  return list;
}

/**
 * `soCalled`, `disputed`: the text's cues of those roles, in order; `place`: a place finding's entry;
 * `clause`: the lexicon's naming-clause openers.
 */
function isQuoted(text: string, f: Finding, place: number | null, soCalled: readonly CueHit[], disputed: readonly CueHit[], places: readonly PlaceMention[], para: Paragraph, clause: NamingClause): boolean {
  if (insideAny(para.quotes, f.start, f.end)) return true;
  if (disputed.length !== 0 && inDisputedClaim(text, f.start, disputed, para.start)) return true;
  if (soCalled.length === 0) return false;
  // "The special military operation, as Moscow calls the war, …": the clause after it says whose.
  if (clause.after(text, f.end, soCalled) || describedAsName(text, f.end, soCalled)) return true;
  // "so-called X", "what Moscow termed X": the outlet keeps its distance from the word. A
  // place's label may come further on, after the place's canonical name (namedAsLabel).
  const from = startOfWordsBefore(text, f.start, place === null ? TERM_AFTER : 3 + LABEL_AFTER, para.start);
  for (const c of spansWithin(soCalled, from, f.start)) {
    // The distance ends at punctuation or a closing quote: in "the so-called DPR, residents
    // said" the residents are not quoted.
    const between = text.slice(c.end, f.start);
    if (c.end > f.start || c.end < from || /[.!?,;:»”)\]]/.test(between)) continue;
    if (place === null && (between.match(/\p{L}+/gu)?.length ?? 0) > (c.cue.reach ?? TERM_AFTER)) continue;
    if (place === null || namedAsLabel(text, c.end, f, place, places)) return true;
  }
  return false;
}

/** Words between a so-called cue and the term it names, unless the cue says (`reach`): "called the Ukrainian leadership a neo-Nazi gang". */
const TERM_AFTER = 5;
/** Words between a place's canonical name and its other name that still make one naming. */
const LABEL_AFTER = 4;
/** Words between two names of one place that make a sentence about the names. */
const NAMES_APART = 6;

/** Characters six words span at most: how far the next mention is looked for. */
const NAMES_REACH = 100;

/**
 * A bracket after a place's canonical name, and the name's language if given ("Russian:"); one
 * that says the name was the place's ("formerly", «ранее») is the lexicon's renaming cue
 * (renamed.ts), which drops the finding itself.
 */
const GLOSS_OPENS = /^\s*[([]\s*(?:(?:russian|soviet|russ\.|русск\.|рус\.|рос\.)\s*:?\s*)?$/iu;
/** The gloss's end: its bracket, after "in Russian" and its kin. */
const GLOSS_CLOSES = /^(?:\s+(?:in Russian|in Soviet times|по-русски|по-российски|по-російськи|російською))?\s*[)\]]/iu;

/** ", not ", «, а не »: "It is Bakhmut, not Artemovsk" sets one name against the other. */
const NEGATED_AFTER_COMMA = /^,\s+(?:not|rather than|instead of|а не|не|вместо|замість)\s+(?:(?:in|at|of|from|to|near|в|во|на|о|об|у|з|із|до|під|под)\s+)?$/iu;

/**
 * Where its own place's canonical name ends when a comma, a few words and a naming cue give it
 * right after a party name: "Krasnoarmeysk, which Ukraine calls Pokrovsk", «Красноармейск,
 * который в Киеве называют Покровском» (the rewording turns them round), or -1.
 */
function canonicalNamedAfter(text: string, f: Finding, entry: number, places: readonly PlaceMention[], soCalled: readonly CueHit[]): number {
  if (text[f.end] !== ',') return -1;
  for (const p of spansWithin(places, f.end, f.end + NAMES_REACH)) {
    if (p.entry !== entry || p.name !== null || p.start <= f.end) continue;
    const named = spansWithin(soCalled, f.end, p.start).some((c) => c.start > f.end && c.end <= p.start && fewWordsOnly(text, f.end + 1, c.start, 4) && onlyJoiners(text, c.end, p.start));
    return named ? p.end : -1;
  }
  return -1;
}

/** ", or " alone between two names: "Krasnoarmeysk, or Pokrovsk" offers one name for the other. */
function conjunctionAfterComma(text: string, from: number, to: number): boolean {
  return text[from] === ',' && text[from + 1] === ' ' && text[to - 1] === ' ' && isConjunction(text, from + 2, to - 1);
}

/**
 * The starts of place mentions with another name of the same place a few words away, words
 * alone between: the sentence is about the names ("Artemovsk is the Soviet-era name of Bakhmut",
 * "papers still write Artemovsk instead of Bakhmut"), and rewording it gave "Bakhmut is the
 * Soviet-era name of Bakhmut". Punctuation between is a sentence using both ("entered
 * Artemovsk; Kyiv said Bakhmut held"), or one that explains the other ("Krasny Armeysk
 * (Ukrainian name: Pokrovsk)", which the rewording turns round), unless it is a comma and a
 * conjunction that offer one name for the other ("toward Krasnoarmeysk, or Pokrovsk as Ukraine
 * calls it", which was reworded "toward Pokrovsk, or Pokrovsk"). The same name twice is a
 * sentence using it twice ("near Artemovsk and inside Artemovsk"). One pass over the mentions,
 * in text order: each looks at the few that follow it.
 */
function besideOwnName(text: string, places: readonly PlaceMention[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < places.length; k++) {
    const a = places[k]!;
    for (let j = k + 1; j < places.length && places[j]!.start - a.end <= NAMES_REACH; j++) {
      const b = places[j]!;
      if (b.entry !== a.entry || b.name === a.name || b.start < a.end) continue;
      if ((!onlyJoiners(text, a.end, b.start) && fewWordsOnly(text, a.end, b.start, NAMES_APART)) || conjunctionAfterComma(text, a.end, b.start) || NEGATED_AFTER_COMMA.test(text.slice(a.end, b.start))) {
        out.add(a.start).add(b.start);
      } else if (a.name === null && GLOSS_OPENS.test(text.slice(a.end, b.start)) && GLOSS_CLOSES.test(text.slice(b.end, b.end + 24))) {
        // "Pokrovsk (Krasnoarmeysk in Russian)", «у Покровска (Красноармейска)»: the other name glosses
        // the one the outlet uses; "Krasnoarmeysk (Pokrovsk)" uses the party's name still.
        out.add(b.start);
      }
    }
  }
  return out;
}

/**
 * A place name after "calls", "known as", "называют" is the label itself only right after the
 * cue, or after its own place's canonical name, up to a few words on and no punctuation between
 * ("називають Покровськ Красноармійськом", "renamed Bakhmut back to Artemovsk", "calls Bakhmut
 * by its Soviet name Artemovsk"): both names of one place in one naming are names spoken of.
 * Not as an owner: in "Putin called Kiev's claims lies" the outlet names Kiev itself. Or two
 * words on when the name ends the clause: "still call the city Artemovsk.", "называют этот
 * город Артемовском," (not "called the Kiev mayor").
 */
function namedAsLabel(text: string, cueEnd: number, f: Finding, place: number, places: readonly PlaceMention[]): boolean {
  if (possessiveAt(text, f.end)) return false;
  if (onlyJoiners(text, cueEnd, f.start)) return true;
  // Four when the object is no owner's and names no place ("calls the breakaway territory the
  // Tskhinvali region;", not "called the mayor of Artemovsk.", "renamed Pokrovsk back to Artemovsk.").
  if (/^\s*(?:[.,;:!?)]|$)/.test(text.slice(f.end, f.end + 3))) {
    const between = text.slice(cueEnd, f.start);
    if (fewWordsOnly(text, cueEnd, f.start, 2)) return true;
    const object = fewWordsOnly(text, cueEnd, f.start, 4) && !/(?<!\p{L})(?:of|из|с|з)(?!\p{L})/iu.test(between) && !/[,;:]/.test(between);
    if (object && spansWithin(places, cueEnd, f.start).length === 0) return true;
  }
  return spansWithin(places, cueEnd, f.start).some(
    (p) => p.entry === place && p.end <= f.start && onlyJoiners(text, cueEnd, p.start) && (onlyJoiners(text, p.end, f.start) || fewWordsOnly(text, p.end, f.start, LABEL_AFTER)),
  );
}

/** Sentences holding findings, with their rewording. Findings arrive sorted by offset. */
function flaggedSentences(d: Detection, lexicon: CompiledLexicon, outletNouns: readonly Span[]): Sentence[] {
  const { text, findings, hints, places } = d;
  const sentences: Sentence[] = [];
  const spansOf = (para: Paragraph) => sentenceSpans(text.slice(para.start, para.end)).map((s) => ({ start: s.start + para.start, end: s.end + para.start }));
  let k = 0;
  // Where the last sentence ended: one a name broken over a line ran into is not read again.
  let done = 0;
  while (k < findings.length) {
    const para = d.paragraphs.at(findings[k]!.start);
    for (const span of spansOf(para)) {
      if (span.end <= done) continue;
      const start = Math.max(span.start, done);
      let end = span.end;
      while (k < findings.length && findings[k]!.start < start) k++;
      const inside: number[] = [];
      for (; k < findings.length && findings[k]!.start < end; k++) {
        inside.push(k);
        // "Kiev\nregime", "Krasnoar-\nmeysk": a match over a line break takes in the sentence
        // it ends in, which is in the next line's paragraph.
        const f = findings[k]!;
        if (f.end > end) end = spansOf(d.paragraphs.at(f.end)).find((s) => s.end >= f.end)?.end ?? f.end;
      }
      done = end;
      if (!inside.length) continue;
      sentences.push({
        start,
        end,
        original: text.slice(start, end),
        neutral: rewriteSentence(text, { start, end }, inside.map((i) => hints[i]!), places, lexicon.data.parties, para.lang, outletNouns),
        findings: inside,
      });
    }
    while (k < findings.length && findings[k]!.start < para.end) k++;
  }
  return sentences;
}
