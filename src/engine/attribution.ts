// Who the article cites: outlets (known from the lexicon, or unknown ones introduced as "the
// newspaper X"), named people ("Kimakovskiy stated"), and how each was cited ("according to",
// "quoted by", a link). The cue words themselves are lexicon data (pack `sources`). A person is
// listed only when the words look like a personal name (names.ts `personalName`): institutions,
// countries and places the lexicon knows are not people.
import type { CueEntry, OutletEntry } from '../lexicon/schema';
import { hostMatches, hostOf } from '../shared/hosts';
import { sameSurname } from '../shared/people';
import type { MentionHow, Outlet, Source } from '../shared/report';
import { CLASS, LETTER } from './chars';
import type { Span } from './context';
import { SPEECH_ROLES } from './cue-role';
import { PLACE_PREPOSITIONS, cyrillicSurname, nameAfter, nameBefore, personalName, type NameRun } from './names';
import type { NotPersonWords } from './not-person';
import type { Describe } from './lexicon';
import { byStart, overlapsAny, spansWithin } from './spans';
import { crossesSentence, isAbbreviation, sentenceAround, startsSentenceAt } from './sentences';
import { startOfWordsBefore, wordsAfter, wordsBefore } from './words';

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
/** Cue roles whose words are no part of a personal name: "President", "newspaper" (and not-person.ts). */
const NOT_NAME_ROLES: readonly string[] = ['person-title', 'outlet-noun'];
/** How long an apposition between a name and its verb may be. */
const APPOSITION_CHARS = 100;

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
  // Russian and Ukrainian put the verb first: «…, сообщила «Украинская правда»», «сообщила газета The Guardian».
  const verbFirst = cueBefore(text, cues, span.start, 3, ['attribution-after']);
  if (verbFirst?.cue.how && /[\u0400-\u04ff]/.test(text.slice(verbFirst.start, verbFirst.end))) return verbFirst.cue.how;
  return 'name';
}

/** An outlet's domains: its own, or from its description (a lexicon without descriptions). */
export type DomainsOf = (outlet: OutletEntry) => readonly string[];

function outletOf(entry: OutletEntry, describe: Describe, domainsOf: DomainsOf): Outlet {
  const about = describe(entry);
  return {
    name: entry.name,
    localName: about?.localName ?? null,
    known: true,
    country: about?.country ?? null,
    owner: about?.owner ?? null,
    stateControlled: about?.stateControlled ?? null,
    domains: [...domainsOf(entry)],
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
  notPerson: NotPersonWords,
  /** Words that make the name after them an institution's ("nuclear agency Rosatom"). */
  institutionNouns: NotPersonWords,
  describe: Describe,
  domainsOf: DomainsOf,
  headlineSpeakers: readonly Span[] = [],
): Attribution {
  const outlets = new Map<string, Outlet>();
  const sources: Source[] = [];
  // A name that is also a link ("<a href=…>RIA Novosti</a>") is one source, cited two ways.
  const sourceSpans = new Set<string>();
  const mention = (key: string, make: () => Outlet, span: Span, how: MentionHow) => {
    const outlet = outlets.get(key) ?? outlets.set(key, make()).get(key)!;
    outlet.mentions.push({ start: span.start, end: span.end, how });
    const at = `${span.start}:${span.end}`;
    if (sourceSpans.has(at)) return;
    sourceSpans.add(at);
    sources.push({ kind: 'outlet', text: text.slice(span.start, span.end), start: span.start, end: span.end });
  };

  // "RT @Zelenskyy: …" is a retweet, not RT (Russia Today).
  const cited = outletHits.filter((hit) => !retweetMarker(text, hit));
  for (const hit of cited) mention(hit.outlet.name, () => outletOf(hit.outlet, describe, domainsOf), hit, howCited(text, cues, hit));

  /** The outlet whose site a host is ("ria.ru", "www.pravda.com.ua"). */
  const outletAt = (host: string | null) => (host ? allOutlets.find((o) => domainsOf(o).some((d) => hostMatches(host, d))) : undefined);
  for (const link of links) {
    const entry = outletAt(hostOf(link.href));
    if (entry) mention(entry.name, () => outletOf(entry, describe, domainsOf), link, 'link');
  }

  // Static spans are sorted once; names found here are few and kept apart.
  const blocked: Span[] = [...cited, ...notNames].sort(byStart);
  const notNameSpans: Span[] = [...blocked, ...cues.filter((c) => NOT_NAME_ROLES.includes(c.cue.role))].sort(byStart);
  const notName = (w: Span) => overlapsAny(notNameSpans, w);
  const taken: Span[] = [];
  const people: NameRun[] = [];
  const surnameOnly: NameRun[] = [];
  const unknownOutlet = (run: NameRun, how: MentionHow) => {
    const name = text.slice(run.start, run.end);
    mention(`unknown:${name}`, () => ({
      name, localName: null, known: false, country: null, owner: null, stateControlled: null, domains: [], reference: null, mentions: [],
    }), run, how);
    taken.push(run);
  };
  // "according to kavkaz-uzel.eu", "Fontanka.ru reported": a web address cited is a site, an
  // outlet the lexicon may not know.
  // The address of a site the lexicon knows ("according to tass.ru") is that outlet.
  const site = (span: Span | null, how: MentionHow): boolean => {
    if (!span || overlapsAny(blocked, span) || taken.some((s) => overlaps(s, span))) return false;
    const known = outletAt(text.slice(span.start, span.end).toLowerCase());
    if (!known) {
      unknownOutlet({ ...span, words: 1, tokens: [] }, how);
      return true;
    }
    mention(known.name, () => outletOf(known, describe, domainsOf), span, how);
    taken.push(span);
    return true;
  };
  /** The personal name in a capitalised run, without the words the lexicon says are no name's. */
  const personIn = (run: NameRun): NameRun | null => {
    const listed = notPerson.covered(text, run.tokens);
    return personalName(text, run, (w) => listed.has(w.start) || notName(w));
  };
  // Full names after a title in a sentence without speech: cited only if they speak elsewhere.
  const introduced: NameRun[] = [];
  // `addressee`: the name is whom the speaker told, an outlet or no one cited.
  const consider = (found: NameRun | null, how: MentionHow | null, quoted = false, into: NameRun[] | null = null, addressee = false) => {
    if (!found || taken.some((s) => overlaps(s, found))) return;
    // An unknown outlet is one the article introduces as such ("the newspaper X"), and every
    // later citation of the same name.
    const introduced = how && cueBefore(text, cues, found.start, 3, ['outlet-noun']);
    if (how && !overlapsAny(blocked, found) && (introduced || outlets.has(`unknown:${text.slice(found.start, found.end)}`))) {
      unknownOutlet(found, how);
      return;
    }
    if (addressee) return;
    // "the nuclear agency Rosatom said": an institution's name, neither a person nor an outlet
    // ("the news agency X" is an outlet, above).
    const noun = wordsBefore(text, found.start, 1)[0];
    if (noun && /^[ \u00a0]+$/.test(text.slice(noun.end, found.start)) && institutionNouns.covered(text, [noun]).size) return;
    const run = personIn(found);
    if (!run || taken.some((s) => overlaps(s, run))) return;
    // One word is a person's name with a sign of a person: a title ("spokesman Kirby", "Mr
    // Smith"), a direct quote it speaks ("‘…,’ Kimakovskiy stated"), the full name elsewhere in
    // the article (below), or a place inside a sentence ("the talks failed, Peskov said"). Not
    // at a sentence's start ("Moscow said") nor after an institution's word ("Группа Coldplay"):
    // places and institutions the lexicon knows are left out before this.
    const titled = cueBefore(text, cues, run.start, 1, ['person-title']) !== undefined;
    // Not after an article: "The Bulgarian said" names a nationality, not a person.
    const before = wordsBefore(text, run.start, 1)[0]?.text ?? '';
    const inSentence = run.start === found.start && !startsSentenceAt(text, run.start) && !PLACE_PREPOSITIONS.has(before) && !/^(?:the|an?)$/i.test(before);
    // «Пєсков заявив…» opens its sentence with a bare surname, as "Moscow said" opens with a place:
    // a Russian or Ukrainian surname's ending tells them apart (places the lexicon knows are out).
    const surname = how !== null && run.words === 1 && cyrillicSurname(text, run, true);
    if (into) into.push(run);
    else if (run.words >= 2 || titled || quoted || inSentence || surname || afterQuote(text, run.start, false)) {
      people.push(run);
      taken.push(run);
    } else surnameOnly.push(run);
  };

  // "Захарова: «…»": a headline's speaker, who speaks as a quote does when a quote follows. A
  // single word before other words ("Claim: …", "Outputs: …") is a person only as the surname of
  // a full name the article gives.
  for (const label of headlineSpeakers) {
    const run = nameAfter(text, label.start, 4);
    if (run && run.end <= label.end) consider(run, 'reported', /^:\s*["«“„]/.test(text.slice(label.end, label.end + 4)));
  }
  // A quotation's signature on the line after it: "“…”⏎— Vladimir Putin, speaking in Moscow".
  for (const m of text.matchAll(SIGNATURE)) {
    const run = nameAfter(text, m.index + m[0].length, 4);
    if (run && run.start === m.index + m[0].length && run.words >= 2) consider(run, 'reported', true);
  }
  for (const cue of cues) {
    if (cue.cue.role === 'attribution-before') {
      const from = skipToName(text, cues, cue);
      const how = cue.cue.how ?? 'according to';
      // "Shoigu told Putin": whom one tells is no source; an outlet told is ("told Reuters",
      // listed with the outlets), and so is whom "in an interview with" names.
      const addressee = cue.cue.addressee === true;
      if (!site(webAddressAt(text, from), how) && !site(outletTitleAt(text, cues, from), how)) consider(nameAfter(text, from), how, false, null, addressee);
      // "Dmitry Peskov told reporters": who tells is cited too, as who says is. One word before
      // "told" as any name before speech ("…, Shoigu told Putin"), which `consider` weighs: not
      // "a resident of Mariupol told the BBC", where one capitalised word after "of" is a place;
      // before the other telling words («житель Мариуполя в интервью») a full name only.
      // "Michael Kofman, a senior fellow at Carnegie, told the Financial Times": past an apposition.
      const teller = cue.cue.how === 'told' ? (nameBefore(text, cue.start) ?? (inverted(text, cue.start) ? beforeApposition(text, cue.start) : null)) : null;
      // Or one word right after the quote it speaks: '"…," Kostyuk told reporters' (not a call
      // sign in quotation marks: 'the call sign "Tesla" told').
      const called = teller !== null && CLOSING_QUOTES.has(text.charCodeAt(teller.end));
      const quoting = teller !== null && afterQuote(text, teller.start, true) && !called;
      if (teller && (teller.words >= 2 || quoting || (addressee && !called))) consider(teller, null, quoting);
    }
    else if (cue.cue.role === 'attribution-after') {
      // "…, said John Smith", "«…», — заявил Песков": after a comma or a quote the speaker
      // follows the verb.
      if (site(inverted(text, cue.start) ? webAddressAt(text, cue.end) : webAddressBefore(text, cue.start), cue.cue.how ?? 'reported')) continue;
      if (inverted(text, cue.start)) {
        consider(nameAfter(text, cue.end) ?? beforeApposition(text, cue.start), cue.cue.how ?? 'reported', afterQuote(text, cue.start, true));
      } else {
        // "Palestinian families in Sheikh Jarrah said": after "in" the words before the verb are a place.
        const run = nameBefore(text, cue.start);
        if (run && !WHERE.has(wordsBefore(text, run.start, 1)[0]?.text.toLowerCase() ?? '')) consider(run, cue.cue.how ?? 'reported');
      }
    } else if (cue.cue.role === 'person-title') {
      // Right after the title, or after the lower-case words that complete it ("министр
      // обороны Сергей Шойгу", "minister of defence Rustem Umerov").
      // Not a place after a preposition: "the prime minister at Mount Stewart".
      let complement = TITLE_COMPLEMENT.exec(text.slice(cue.end, cue.end + 64));
      if (complement?.[0].split(/\s+/).some((w) => PLACE_PREPOSITIONS.has(w))) complement = null;
      const from = cue.end + (complement?.[0].length ?? 0);
      const run = nameAfter(text, from, 4);
      // A title names a person; speech makes a source of one, in the sentence ("said Defence
      // Minister Rustem Umerov"), or later ("…Umerov visited the front. Umerov said"), or what
      // comes from them ("an order from President Zelenskyy"). "Defence Minister Rustem Umerov
      // visited the front" cites nobody; «звільнив головнокомандувача … Залужного» neither.
      const source = speaksIn(text, cues, run ?? cue) || /(?:^|\s)(?:from|by|від|от)\s+$/i.test(text.slice(Math.max(0, cue.start - 8), cue.start));
      // "told President Vladimir Putin": whom the speaker told, as "told Putin" (probe 22).
      const told = spansWithin(cues, cue.start - 24, cue.start).some((c) => c.cue.addressee === true && c.end <= cue.start && /^[ \u00a0]+$/.test(text.slice(c.end, cue.start)));
      if (run && !told && run.start - from <= 2 && (!complement || run.words >= 2)) consider(run, null, false, source ? null : introduced);
    }
  }
  // "Peskov said" is Dmitry Peskov when the article names him in full (Slavic surnames decline:
  // "Песков", "Пескова").
  const full = [...people, ...introduced].filter((p) => p.words >= 2).map((p) => lastWord(text, p));
  // Or before, as no source: "…refused to shake hands with Aryna Sabalenka. Sabalenka said"; an
  // article's length back at most: a page's text may hold many articles, and every bare surname
  // would otherwise search the whole text before it.
  const namedBefore = (p: NameRun): boolean => {
    const word = text.slice(p.start, p.end);
    const stem = word.slice(0, Math.max(3, word.length - 2));
    const from = Math.max(0, p.start - NAMED_BEFORE_REACH);
    for (let i = text.indexOf(stem, from); i >= 0 && i < p.start; i = text.indexOf(stem, i + 1)) {
      if (i > 0 && CLASS[text.charCodeAt(i - 1)] === LETTER) continue; // inside a word
      // Letters only: "Agnieszka Holland's film" names Holland.
      let j = i;
      while (j < text.length && CLASS[text.charCodeAt(j)] === LETTER) j++;
      if (!sameSurname(text.slice(i, j), word)) continue;
      const run = nameBefore(text, j, 4);
      const name = run && run.words >= 2 ? personIn(run) : null;
      if (name && name.words >= 2 && name.end === j) return true;
    }
    return false;
  };
  for (const p of surnameOnly) {
    const word = text.slice(p.start, p.end);
    if (!taken.some((s) => overlaps(s, p)) && (full.some((f) => sameSurname(f, word)) || namedBefore(p))) {
      people.push(p);
      taken.push(p);
    }
  }
  const spoke = people.map((p) => lastWord(text, p));
  for (const p of introduced) {
    if (!taken.some((s) => overlaps(s, p)) && spoke.some((w) => sameSurname(lastWord(text, p), w))) {
      people.push(p);
      taken.push(p);
    }
  }
  people.sort(byStart);
  for (const p of people) sources.push({ kind: 'person', text: text.slice(p.start, p.end), start: p.start, end: p.end });
  sources.sort((a, b) => a.start - b.start);
  return { outlets: [...outlets.values()], sources };
}

/**
 * «Донецкий вестник» after the word for an outlet ("издание", "the newspaper"): the title in
 * quotation marks is the outlet's whole name, lower-case words and all (only its first,
 * capitalised word was read before).
 */
function outletTitleAt(text: string, cues: readonly CueHit[], pos: number): Span | null {
  const m = /^ ?[«“„"]([^«»“”„"\n]{2,60})[»”“"]/.exec(text.slice(pos, pos + 64));
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return null;
  const noun = cues.some((c) => c.cue.role === 'outlet-noun' && c.end <= pos && pos - c.end <= 1);
  if (!noun) return null;
  const start = pos + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * A web address: a name, perhaps hyphenated or dotted, and a top-level domain ("kavkaz-uzel.eu",
 * "Civil.ge"): a country's two letters or a generic one news sites use, so a file ("data.csv")
 * or a missing space ("police.some") is none.
 */
const WEB_ADDRESS = /[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|org|net|info|news|media|online|site|press|today|live|world|tv|io|app|blog|space|pro|biz|vision|digital|global|agency|network|center|asia)(?![\p{L}\d]|\.[\p{L}\d])/uy;
/** Two-letter endings that are files' or abbreviations', not countries' domains. */
const NOT_DOMAINS = new Set(['js', 'py', 'md', 'rb', 'sh', 'cs', 'go', 'rs', 'ts', 'db', 'gz', 'xz', 'pl']);

/** The web address right after `pos` (past spaces), or null. */
function webAddressAt(text: string, pos: number): Span | null {
  let i = pos;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0) i++;
  WEB_ADDRESS.lastIndex = i;
  const m = WEB_ADDRESS.exec(text);
  // "Mr.Smith" is a title written without its space.
  if (!m || isAbbreviation(m[0].slice(0, m[0].indexOf('.'))) || NOT_DOMAINS.has(m[0].slice(m[0].lastIndexOf('.') + 1))) return null;
  return { start: i, end: i + m[0].length };
}

/** The web address that ends right before `pos` (past spaces), or null: "Fontanka.ru reported". */
function webAddressBefore(text: string, pos: number): Span | null {
  let end = pos;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0xa0)) end--;
  let start = end;
  while (start > 0 && /[\p{L}\d.-]/u.test(text[start - 1]!)) start--;
  const found = webAddressAt(text, start);
  return found && found.end === end ? found : null;
}

/** A line that closes a quotation, then a line that opens with a dash: where a signature stands. */
const SIGNATURE = /["”»’][.!?]?\s*\n+[ \t]*[—–][ \t]*/g;

/** How far before a bare surname its full name is looked for: an article's length. */
const NAMED_BEFORE_REACH = 6000;

/** Prepositions of place only: "the regime of Nicolás Maduro claimed" is the person's. */
const WHERE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'nearby', 'outside', 'в', 'во', 'на', 'у', 'под', 'під', 'біля', 'при']);

/**
 * Whether the sentence holding `run` gives someone's words: a speech cue, quotation marks,
 * "Name: …", or the name calling something ("Президент России Владимир Путин назвал ее целью").
 */
function speaksIn(text: string, cues: readonly CueHit[], run: Span): boolean {
  const { start, end } = sentenceAround(text, run, 400);
  return (
    spansWithin(cues, start, end).some((c) => (SPEECH_ROLES.has(c.cue.role) && !anotherSpeaks(text, run, c)) || (c.cue.role === 'so-called' && c.start >= run.end && c.start - run.end <= 2)) ||
    /["“”«»„]/.test(text.slice(start, end)) ||
    /^\s*:/.test(text.slice(run.end, run.end + 3))
  );
}

/** A pronoun between a comma and a speech verb leaves the verb the name's: "…, which she said". */
const PRONOUN = /(?:^|[^\p{L}])(?:he|she|он|она|він|вона)(?![\p{L}])/iu;

/** After a speech verb, its own subject: a name («сообщает ТАСС», "said Reuters"), "the" ("said the ministry"), or where («сообщили в СК»). */
const SUBJECT_AFTER = /^[ \u00a0]+(?:\p{Lu}|«|the\s|(?:в|у|на)[ \u00a0]+\p{Lu})/u;

/**
 * Whether a speech verb after a name in its sentence is another's: "dismissed director John
 * Smith, officials said" (the verb has its own subject after the comma), «звільнила директора
 * Дмитра Ремньова, повідомили в КМДА» (a plural verb right after the comma: "they reported",
 * the institution's; one person's verb is singular), «Задержан бывший губернатор … Алексей
 * Смирнов, сообщает ТАСС» (the subject after the verb, when the verb follows the name's own
 * comma), «…, говорится на сайте Кремля» (an impersonal verb).
 */
function anotherSpeaks(text: string, run: Span, cue: Span): boolean {
  if (cue.start < run.end) return false;
  const gap = text.slice(run.end, cue.start);
  const comma = gap.lastIndexOf(',');
  if (comma < 0) return false;
  const tail = gap.slice(comma + 1);
  if (/\p{L}/u.test(tail)) return !PRONOUN.test(tail);
  // «как сообщили», «говорится»: a plural or impersonal verb is no one person's.
  if (/(?:^|\s)\p{L}*(?:ли|ся|сь)(?![\p{L}])/u.test(text.slice(cue.start, cue.end))) return true;
  // «Мишустин, комментируя удар, заявил РИА Новости»: past an apposition or a participle's
  // clause the verb is the name's, and a name after it the one it speaks to.
  if (/^\s*,/.test(gap) && /\p{L}/u.test(gap.slice(0, comma))) return false;
  return SUBJECT_AFTER.test(text.slice(cue.end, cue.end + 6));
}

/**
 * Up to four lower-case words, abbreviations, names in guillemets or a region's adjective,
 * then a capitalised word: what completes a title before a full name ("обороны", "of defence",
 * «ЗСУ», «Шахтера», «губернатор Нижегородской области Глеб Никитин»).
 */
const COMPLEMENT_WORD = String.raw`\p{Ll}+|\p{Lu}{2,5}|«[^«»]{1,40}»|\p{Lu}\p{Ll}+(?:ск|цк|ськ|цьк|зьк)(?:ой|ого|ому|ий|ая|ої|а)`;
const TITLE_COMPLEMENT = new RegExp(String.raw`^(?:\s+(?:${COMPLEMENT_WORD})){1,4}(?=\s+\p{Lu}\p{Ll})`, 'u');

function lastWord(text: string, run: NameRun): string {
  const w = run.tokens[run.tokens.length - 1]!;
  return text.slice(w.start, w.end);
}

const CLOSING_QUOTES = new Set([...'’”"»\''].map((ch) => ch.charCodeAt(0)));
/** A closing quote right before `pos`, past spaces (and, after quoted words, a comma and a dash). */
function afterQuote(text: string, pos: number, punctuation: boolean): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0 || (punctuation && /[,\u2013\u2014-]/.test(text[i]!)))) i--;
  return i >= 0 && CLOSING_QUOTES.has(text.charCodeAt(i));
}

/**
 * "Mykhailo Podolyak, an adviser to the head of the presidential office, said": before a speech
 * verb after a comma, the speaker may stand before an apposition that opens in lower case, or
 * be the apposition.
 */
function beforeApposition(text: string, pos: number): NameRun | null {
  const close = text.lastIndexOf(',', pos);
  const open = text.lastIndexOf(',', close - 1);
  const apposition = text.slice(open + 1, close);
  if (open < 0 || apposition.length > APPOSITION_CHARS || /[.!?;:"«»“”]/.test(apposition)) return null;
  // Or the name is the apposition: "The governor of the region, Alexander Khinshtein, said".
  const described = /^\s*\p{Ll}/u.test(apposition);
  const run = nameBefore(text, described ? open : close);
  return run && run.words >= 2 && (described || run.start > open) ? run : null;
}

/** A comma, a dash or a closing quote right before the speech verb: the speaker follows it. */
function inverted(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && (text[i] === ',' || text[i] === '\u2014' || text[i] === '\u2013' || CLOSING_QUOTES.has(text.charCodeAt(i)));
}

/** An abbreviation right before "@" is a retweet marker ("RT @handle"), not the outlet. */
function retweetMarker(text: string, hit: Span): boolean {
  let i = hit.end;
  while (text[i] === ' ') i++;
  if (text[i] !== '@') return false;
  const name = text.slice(hit.start, hit.end);
  return name === name.toUpperCase();
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
