// The neutral version of a flagged sentence: loaded words replaced with the grammar kept,
// party place names replaced by the canonical name, unnamed sources kept and marked. Quoted
// words are a speaker's and stay as spoken: a rewording never puts words in anyone's mouth.
import type { Finding } from '../shared/report';
import type { Span } from './context';
import type { Party } from './lexicon';
import { languageOf, type Lang } from './language';
import { spansWithin } from './spans';
import { isConjunction, wordsAfter, wordsBefore, type Word } from './words';
import { APOS, CLASS, LETTER, SPACE, inCapitals } from './chars';


/** What the rewording needs to know about a finding beyond the report fields. */
export interface RewriteHint {
  finding: Finding;
  /** The place entry a place finding belongs to, to pair it with a name in parentheses. */
  placeEntry: number | null;
  /** The party name's label ("Krasnoarmeysk"). */
  label: string | null;
  /** The language of the entry's file (a term's), when it has one. */
  lang: Lang | null;
  /** The match's last word was read by a stem ("источник в силовых"): the phrase may go on. */
  openEnd?: boolean;
  /** The match is in capitals, its pattern not (a dateline, a headline): so is its replacement. */
  capitals?: boolean;
  /**
   * A speech cue attributes the finding's sentence («…, утверждают пропагандисты»): a doubt's
   * parenthetical neutral («как утверждается») would say the claim is claimed twice.
   */
  attributed?: boolean;
  /** Prepositions of the match's object its neutral governs otherwise (a context rule's `governs`: { от: у }). */
  governs?: Readonly<Record<string, string>>;
  /**
   * Where its own place's canonical name ends when a naming clause gives it after a comma
   * ("Krasnoarmeysk, which Ukraine calls Pokrovsk"): both turn round into one name and an aside.
   */
  namedAfter?: number;
}

export interface PlaceMention extends Span {
  entry: number;
  /** Which of its names: a party name's label, or null for the canonical name. */
  name: string | null;
}

const UNNAMED_MARK: Record<Lang, string> = {
  en: ' [unnamed source]',
  ru: ' [неназванный источник]',
  uk: ' [неназване джерело]',
};



interface Edit {
  start: number;
  end: number;
  text: string;
}

const capitalize = (s: string) => s.replace(/^(["'«“‘„(\[\s]*)(\p{Ll})/u, (_, lead: string, ch: string) => lead + ch.toUpperCase());

const OPENERS = new Set([...'"\'«“‘„([ \t\u00a0']);

/** Nothing but opening quotes or brackets stand before `at` in the sentence. */
function startsSentence(s: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (!OPENERS.has(s[i]!)) return false;
  return true;
}

/**
 * A replacement without the words it would repeat: "Украинские неонацисты" → "Украинские
 * военные", not "Украинские украинские военные"; "Незалежная Украина" → "Украина". The word
 * before may say the same in another form: "Russia's occupiers" → "Russia's forces".
 */
function withoutEcho(s: string, start: number, end: number, replacement: string): string {
  const words = replacement.split(' ');
  const from = wordBefore(s, start);
  if (words.length > 1 && (sameWord(words[0]!, s, from, start - 1) || sameStem(words[0]!, s.slice(from, start - 1)))) words.shift();
  if (sameWord(words[words.length - 1]!, s, end + 1, wordAfter(s, end))) words.pop();
  return words.join(' ');
}

/** Where the word ending one space before `at` starts, apostrophes and all ("Russia's"); `at` - 1 when there is none. */
function wordBefore(s: string, at: number): number {
  if (s.charCodeAt(at - 1) !== SPACE) return at - 1;
  let i = at - 1;
  while (i > 0 && (CLASS[s.charCodeAt(i - 1)] === LETTER || CLASS[s.charCodeAt(i - 1)] === APOS)) i--;
  return i;
}

/** Where the word starting one space after `at` ends (`at` + 1 when there is none). */
function wordAfter(s: string, at: number): number {
  if (s.charCodeAt(at) !== SPACE) return at + 1;
  let i = at + 1;
  while (i < s.length && CLASS[s.charCodeAt(i)] === LETTER) i++;
  return i;
}

/** Two words of five letters or more that begin alike ("Russian", "Russia's"). */
const sameStem = (a: string, b: string) => a.length > 4 && b.length > 4 && a.slice(0, 5).toLowerCase() === b.slice(0, 5).toLowerCase();

/** `word` and s[from, to) are the same word, case aside. */
function sameWord(word: string, s: string, from: number, to: number): boolean {
  return to - from === word.length && word.length > 0 && s.slice(from, to).toLowerCase() === word.toLowerCase();
}

/** «как утверждается», «як стверджується»: a parenthetical phrase, which Russian and Ukrainian set off with commas. */
const PARENTHETICAL = /^(?:как|як) \p{L}+(?:ся|сь)$/iu;
export const isParenthetical = (neutral: string): boolean => PARENTHETICAL.test(neutral);

/** «Росія нібито готує» → «Росія, як стверджується, готує»: commas where no punctuation stands already. */
function setOff(s: string, start: number, end: number, replacement: string): Edit {
  let from = start;
  while (from > 0 && s[from - 1] === ' ') from--;
  const opened = from === 0 || /[,;:(«"„“—–-]/.test(s[from - 1]!);
  const next = /\S/.exec(s.slice(end))?.[0];
  const closed = next === undefined || /[,.;:!?)»"”—–]/.test(next);
  return opened ? { start, end, text: replacement + (closed ? '' : ',') } : { start: from, end, text: `, ${replacement}${closed ? '' : ','}` };
}

/** A determiner or a possessive right before: "Israel's", "a", "the", "its". */
// Not "that", "this": "said that the West Bank was" needs its article (probe 10).
const DETERMINED = /(?:^|[^\p{L}])(?:an?|the|its|their|his|her|our)\s+$|\p{L}['’]s?\s+$/iu;

/** "Israel's Judea and Samaria policy" → "Israel's West Bank policy", not "Israel's the West Bank policy". */
function withoutSecondArticle(s: string, at: number, replacement: string): string {
  return replacement.startsWith('the ') && DETERMINED.test(s.slice(Math.max(0, at - 8), at)) ? replacement.slice(4) : replacement;
}

const VOWEL_SOUND = /^(?:[aeio]|u(?![nrs][aeiou]|ni|se|ro|ti|k)|hour|honest|honou?r|heir)/i;

/**
 * The word before depends on the sound after it: "a militant" → "an armed fighter" in English,
 * "об освобождении" → "о захвате" in Russian.
 */
function fixArticle(sentence: string, at: number, replacement: string, edits: Edit[], matched = ''): void {
  const m = /(^|[^\p{L}])(an?|об?)\s+$/iu.exec(sentence.slice(Math.max(0, at - 8), at));
  if (!m || !replacement) return;
  const articleStart = at - m[0].length + m[1]!.length;
  const article = m[2]!;
  // "a genocide" → "abuses": a plural neutral for a singular word takes no article.
  if (/^an?$/i.test(article) && /[^s]s$/.test(replacement) && matched && !/s$/i.test(matched) && article === article.toLowerCase()) {
    edits.push({ start: articleStart, end: at, text: '' });
    return;
  }
  const russian = /^о/i.test(article);
  const wanted = russian ? (/^[аоуэи]/i.test(replacement) ? 'об' : 'о') : VOWEL_SOUND.test(replacement) ? 'an' : 'a';
  if (article.toLowerCase() === wanted) return;
  const cased = article[0] !== article[0]!.toLowerCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
  edits.push({ start: articleStart, end: articleStart + article.length, text: cased });
}

/** A comma after a word, and an article perhaps: where an appositive opens ("Russia, a …"). */
const APPOSITIVE_OPENS = /\p{L}, (?:(?:an?|the) )?$/iu;

/**
 * ", a terrorist state," → "": an appositive whose neutral is one word says nothing ("Russia, a
 * state, launched", "Россия, страна, продолжает"), so it goes, commas and article with it.
 */
function emptyAppositive(s: string, start: number, end: number): Edit | null {
  const open = APPOSITIVE_OPENS.exec(s.slice(Math.max(0, start - 7), start));
  if (!open) return null;
  const from = start - open[0].length + 1;
  if (s[end] === ',') return { start: from, end: end + 1, text: '' };
  return end === s.length || /^[.!?;]/.test(s.slice(end)) ? { start: from, end, text: '' } : null;
}

/** An outlet's name right after a source's words: in quotation marks, or capitalised words in Cyrillic («Суспільного»). */
const OUTLET_AFTER = /^\s+(?:[«"“„][^«»"“”„]{1,40}[»"”“]|\p{Lu}[а-яіїєґё'’-]+(?:\s\p{Lu}[а-яіїєґё'’-]+)?)(?=[\s,.;:!?)])/u;

/** Up to two words, then punctuation: where a phrase that leads on ends. */
const PHRASE_END = /^(?:\s+\p{L}+){0,2}(?=[,.;:!?)])|^\s+(?:in|at|of|from|inside|within|near|close to|в|во|из|при|у|з|із|біля)(?:\s+[\p{L}'’-]+){1,3}(?=[,.;:!?)])/u;

/**
 * Where an unnamed source's mark goes in sentence `s`: after the source's words, s[start, end).
 * When they lead on into the words after them (a short last word: "sources close to
 * the Kremlin"; a preposition inside: "источник в силовых структурах"), after the phrase they
 * open if it ends within two words ("according to sources in the ministry [unnamed source],"),
 * or within four when a preposition opens it ("citing a source in the President's Office [unnamed source],"),
 * or right away ("on condition of anonymity [unnamed source],"), else after their first long
 * word, the source itself ("sources [unnamed source] close to the Kremlin said"), passing over
 * "according to"; unless the last word is long and whole, not read by a stem (`openEnd`): "on
 * condition of anonymity [unnamed source] said".
 */
function markAt(s: string, start: number, end: number, openEnd: boolean, nounEnd: number): number {
  // "источника «Интерфакса» в правоохранительных органах,": the outlet the source belongs to,
  // and the place in it, are the source's words too; so is the word for an outlet («джерела
  // видання»: `nounEnd`, where a lexicon's outlet noun right after the words ends, or -1).
  const outlet = OUTLET_AFTER.exec(s.slice(end, end + 60));
  if (outlet || nounEnd >= 0) {
    const after = outlet ? end + outlet[0].length : nounEnd;
    const rest = PHRASE_END.exec(s.slice(after, after + 60));
    return rest ? after + rest[0].length : after;
  }
  // "a source in Ukraine's military": a possessive at the end owns the next word.
  if (/['’]s$/.test(s.slice(start, end))) {
    const [noun] = wordsAfter(s, end, 1);
    if (noun && /^ +$/.test(s.slice(end, noun.start))) return noun.end;
  }
  const words = wordsAfter(s, start, 12, end);
  const letters = (w: Word) => w.end - w.start;
  const k = words.findIndex((w, i) => letters(w) > 5 && words[i + 1]?.text !== 'to');
  const last = letters(words[words.length - 1]!);
  if (k < 0 || !(last < 5 || words.slice(k + 1).some((w) => letters(w) < 3))) return end;
  const rest = PHRASE_END.exec(s.slice(end, end + 60));
  if (rest) return end + rest[0].length;
  // No punctuation soon: a phrase whose last word is whole ends where it ends.
  return last >= 5 && !openEnd ? end : words[k]!.end;
}

/** Verbs whose complement an adjective is: "the shelling was barbaric", «обстрел был варварским». */
const COPULA = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'seem', 'seems', 'seemed', 'remain', 'remains',
  'remained', 'become', 'becomes', 'became', 'look', 'looks', 'looked', 'feel', 'feels', 'felt', 'sound', 'sounds', 'sounded',
  'appear', 'appears', 'appeared', 'proved', 'был', 'была', 'было', 'были', 'стал', 'стало', 'стали', 'выглядит',
  'выглядел', 'выглядела', 'оказался', 'оказалась', 'був', 'була', 'було', 'були', 'став', 'стала', 'виглядає', 'виявився', 'виявилася']);
/** Words that may follow a complement: "was humiliating for the government", "is heroic in ambition". */
const COMPLEMENT_END = new Set(['for', 'in', 'to', 'of', 'at', 'by', 'with', 'from', 'on', 'about', 'than', 'as', 'because',
  'для', 'в', 'во', 'на', 'с', 'со', 'к', 'по', 'от', 'из', 'у', 'до', 'чем', 'как', 'від', 'з', 'із', 'ніж', 'як']);
/** Words of degree between a verb and its complement: "was truly barbaric", "is so heroic". */
const DEGREE = new Set(['so', 'very', 'too', 'quite', 'rather', 'truly', 'utterly', 'deeply', 'simply', 'most', 'more', 'not',
  'очень', 'так', 'слишком', 'совершенно', 'дуже', 'надто', 'цілком']);

/**
 * Whether the word at `start` is the complement of a verb like "was" ("was barbaric"), or the
 * second of two flagged ones ("was barbaric and cowardly", `flagged` holding their starts):
 * dropped, the sentence would lose what it says ("The shelling was ."). Beside a plain one
 * ("were tired but brave") it can go.
 */
function predicative(sentence: string, start: number, flagged: ReadonlySet<number>, depth = 0): boolean {
  // A word that leads into another ("was clearly linked") modifies it; a complement ends its phrase.
  const next = /^[\p{L}'’-]+(\s+[\p{L}'’-]+)?/u.exec(sentence.slice(start));
  const then = next?.[1]?.trim().toLowerCase();
  if (then !== undefined && !COMPLEMENT_END.has(then) && !isConjunction(then, 0, then.length)) return false;
  const [prior, word] = wordsBefore(sentence, start, 2);
  const nearest = word ?? prior;
  if (!nearest) return false;
  // Nothing but spaces between: "is, admittedly, a slow burn" is an aside.
  const plain = (w: Word, to: number) => /^\s+$/.test(sentence.slice(w.end, to));
  if (!plain(nearest, start)) return false;
  if (COPULA.has(nearest.text)) return true;
  if (DEGREE.has(nearest.text)) return word !== undefined && prior !== undefined && plain(prior, word.start) && COPULA.has(prior.text);
  // The second of two complements: "was barbaric and cowardly".
  return depth === 0 && word !== undefined && prior !== undefined && isConjunction(sentence, word.start, word.end) &&
    flagged.has(prior.start) && predicative(sentence, prior.start, flagged, 1);
}

/**
 * The edit that drops an editorializing word, or null when the sentence needs it: a word before
 * punctuation or the sentence's end mid-sentence is a predicate ("the conditions were shameful,
 * the inspectors wrote" would lose its verb's complement), as is one after a verb like "was".
 */
function removal(sentence: string, start: number, end: number, atStart: boolean, flagged: ReadonlySet<number>): Edit | null {
  if (predicative(sentence, start, flagged)) return null;
  // A parenthetical word goes with its commas: "said that, unfortunately, the team" → "said
  // that the team"; "Of course, the recipe" → "the recipe" (capitalized by the caller).
  if (sentence.startsWith(', ', end)) {
    if (sentence.slice(start - 2, start) === ', ') return { start: start - 2, end: end + 1, text: '' };
    return atStart ? { start, end: end + 2, text: '' } : null;
  }
  // "a brave and honest journalist" → "an honest journalist"; "tired but brave" → "tired".
  const after = wordAfter(sentence, end);
  if (sentence[after] === ' ' && isConjunction(sentence, end + 1, after)) return { start, end: after + 1, text: '' };
  const before = wordBefore(sentence, start);
  if (isConjunction(sentence, before, start - 1)) return { start: before - 1, end, text: '' };
  // Take one neighbouring space with the word so no double space is left behind.
  if (sentence[end] === ' ' && CLASS[sentence.charCodeAt(end + 1)] === LETTER) return { start, end: end + 1, text: '' };
  return atStart ? { start, end, text: '' } : null;
}

export function rewriteSentence(
  text: string,
  sentence: Span,
  hints: readonly RewriteHint[],
  places: readonly PlaceMention[],
  parties: readonly Party[],
  /** The language, when the caller knows it (one paragraph's sentences share it). */
  knownLang?: Lang,
  /** The text's words for an outlet ("издания", "видання": lexicon cues of the role outlet-noun), in order. */
  outletNouns: readonly Span[] = [],
): string {
  const s = text.slice(sentence.start, sentence.end);
  const lang = knownLang ?? languageOf(s);
  const edits: Edit[] = [];
  const covered = (pos: number) => edits.some((e) => e.start <= pos && pos < e.end);
  let capitalizeAfterRemoval = false;
  // A headline in capitals gets its replacements in capitals ("THE CAPTURE OF AVDIIVKA").
  let shouting: boolean | undefined;
  let flagged: Set<number> | undefined;
  const flaggedStarts = () => (flagged ??= new Set(hints.map((h) => h.finding.start - sentence.start)));
  let previous: Finding | null = null;
  for (const { finding: f, placeEntry, label, lang: entryLang, openEnd, capitals, namedAfter, governs, attributed } of hints) {
    const start = f.start - sentence.start;
    const end = f.end - sentence.start;
    const before = previous;
    previous = f;
    if (f.quoted || covered(start)) continue;
    // "the Donetsk People's Republic (DPR)": an abbreviation in parentheses after the name it
    // abbreviates would be reworded into the same words twice; the aside goes.
    const aside = before && before.neutral === f.neutral ? abbreviationAside(s, before.end - sentence.start, start, end) : null;
    if (aside) {
      edits.push(aside);
      continue;
    }
    if (f.category === 'unnamed-source') {
      // The entry's language first: a short Ukrainian sentence without і, ї or є reads as Russian.
      const noun = spansWithin(outletNouns, f.end, f.end + 3).find((n) => /^ +$/.test(text.slice(f.end, n.start)));
      const at = markAt(s, start, end, openEnd === true, noun ? noun.end - sentence.start : -1);
      edits.push({ start: at, end: at, text: UNNAMED_MARK[entryLang ?? lang] });
      continue;
    }
    // A replacement keeps its own capitals ("in the West Bank"), except at a sentence start.
    const atStart = startsSentence(s, start);
    // A word in capitals whose pattern is not ("KIEV (Reuters)") is replaced in capitals; an
    // abbreviation ("ДНР") only in a headline in capitals. The finding's own words tell first:
    // most are not in capitals, and then neither is the sentence.
    const loud = capitals === true || (inCapitals(f.text) && (shouting ??= inCapitals(s)));
    const neutral = loud ? (f.neutral ?? '').toUpperCase() : (f.neutral ?? '');
    const replacement = withoutEcho(s, start, end, atStart ? capitalize(neutral) : withoutSecondArticle(s, start, neutral));
    // «Зеленский якобы пообещал…, утверждают пропагандисты»: the doubt word goes, the attribution
    // says it, where the word can go cleanly.
    if (attributed && PARENTHETICAL.test(replacement)) {
      const drop = removal(s, start, end, atStart, flaggedStarts());
      if (drop) {
        edits.push(drop);
        if (atStart) capitalizeAfterRemoval = true;
        continue;
      }
    }
    if (f.category === 'place-name' && placeEntry !== null) {
      const paired = namedAfter !== undefined && namedAfter <= sentence.end ? namedAfter : pairedName(s, sentence.start, f, placeEntry, places);
      if (paired === 'inside') continue; // "Pokrovsk (Krasnoarmeysk)": the name is only mentioned
      const party = parties.find((p) => p.id === f.party);
      const partyName = party && label ? ` (${party.name[lang]}: ${label})` : '';
      if (paired) {
        // The naming clause's closing comma goes with it: "Dimitrov, which Ukraine calls
        // Myrnohrad, was encircled" → "Myrnohrad (Russian name: Dimitrov) was encircled".
        const end = paired - sentence.start + (namedAfter !== undefined && s[paired - sentence.start] === ',' ? 1 : 0);
        edits.push({ start, end, text: replacement + partyName });
        continue;
      }
      const slashed = slashedPair(s, sentence.start, f, placeEntry, places, partyName);
      if (slashed) {
        edits.push(slashed);
        continue;
      }
    }
    if (replacement === '') {
      let drop = removal(s, start, end, atStart, flaggedStarts());
      if (!drop) continue;
      // "barbaric and cowardly attack": each word takes the "and" between them; one removal
      // takes both words, and a space on one side only.
      const joined = edits.findIndex((e) => e.text === '' && e.start < drop!.end && drop!.start < e.end);
      if (joined >= 0) {
        const other = edits.splice(joined, 1)[0]!;
        const from = Math.min(other.start, drop.start);
        let to = Math.max(other.end, drop.end);
        if (s[from - 1] === ' ' && s[to] === ' ') to++;
        drop = { start: from, end: to, text: '' };
      }
      edits.push(drop);
      // "a brave honest man" → "an honest man": the article agrees with the next word now.
      fixArticle(s, drop.start, s.slice(drop.end), edits);
      if (atStart) capitalizeAfterRemoval = true;
      continue;
    }
    // A place is never dropped: "Moscow, Kiev and Minsk" lists names.
    const appositive = f.category === 'place-name' || replacement.includes(' ') ? null : emptyAppositive(s, start, end);
    if (appositive) {
      edits.push(appositive);
      continue;
    }
    if (PARENTHETICAL.test(replacement)) {
      edits.push(setOff(s, start, end, replacement));
      continue;
    }
    // "the Tskhinvali region" is "South Ossetia", not "the South Ossetia": a place's name of
    // several words put for a proper name drops the article before it ("the collective West" is
    // no place's: "the West"). A neutral with its own article ("the West Bank") keeps the text's.
    if (f.category === 'place-name' && f.text.includes(' ') && PROPER_NAME.test(neutral) && /(?:^|[^\p{L}])the $/iu.test(s.slice(Math.max(0, start - 5), start))) {
      edits.push({ start: start - 4, end, text: replacement });
      continue;
    }
    fixArticle(s, start, replacement, edits, f.text);
    edits.push({ start, end, text: replacement });
    const governed = governs && governedPreposition(s, end, governs);
    if (governed && !covered(governed.start)) edits.push(governed);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = s;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return capitalizeAfterRemoval ? capitalize(out) : out;
}

/** Capitalised words only, and no article: "South Ossetia", "Crimea" (not "the West Bank", "Ukrainian government"). */
/** How many words on a governed preposition is read: the object's own words come first («освободили город Красноармейск от ВСУ»). */
const GOVERNED_REACH = 4;

/**
 * The first of `governs`' prepositions up to GOVERNED_REACH words after `end`, in the clause
 * (no punctuation before it), as its edit: «захватили Покровск от ВСУ» → «… у ВСУ».
 */
function governedPreposition(s: string, end: number, governs: Readonly<Record<string, string>>): Edit | null {
  let from = end;
  let before = '';
  for (const w of wordsAfter(s, end, GOVERNED_REACH)) {
    if (/[,.;:!?()«»"“”—–]/.test(s.slice(from, w.start))) return null;
    const word = s.slice(w.start, w.end);
    const to = governs[word.toLowerCase()];
    // «недалеко от Донецка», «к северу от Угледара»: a distance's own preposition (probe 22).
    if (to !== undefined) return DISTANCE.test(before) ? null : { start: w.start, end: w.end, text: word[0] === word[0]!.toUpperCase() ? capitalize(to) : to };
    from = w.end;
    before = word;
  }
  return null;
}

/** Words of distance and direction whose «от», «від» is theirs, not the object's. */
const DISTANCE = /^(?:недалеко|неподалеку|неподалёку|вблизи|невдалеке|севернее|южнее|западнее|восточнее|северу|югу|западу|востоку|км|километр\p{L}*|неподалік|поблизу|недалечко|північ|південь|захід|схід|кілометр\p{L}*|метр\p{L}*)$/iu;

const PROPER_NAME = /^(?!The )\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u;

const SLASH_OR_DASH = /^\s*[/\u2010-\u2015-]\s*$/;

/**
 * "Artemovsk/Bakhmut", "Бахмут – Артёмовск": a party name joined by a slash or a dash to its own
 * place's canonical name. Replacing it would give "Bakhmut/Bakhmut"; the edit keeps the text's
 * canonical name once and gives the party name as an aside after it.
 */
function slashedPair(s: string, offset: number, f: Finding, entry: number, places: readonly PlaceMention[], aside: string): Edit | null {
  for (const p of spansWithin(places, f.start - 8, f.end + 8)) {
    if (p.entry !== entry) continue;
    if (p.start >= f.end && SLASH_OR_DASH.test(s.slice(f.end - offset, p.start - offset))) {
      return { start: f.start - offset, end: p.end - offset, text: s.slice(p.start - offset, p.end - offset) + aside };
    }
    if (p.end <= f.start && SLASH_OR_DASH.test(s.slice(p.end - offset, f.start - offset))) {
      return { start: p.end - offset, end: f.end - offset, text: aside };
    }
  }
  return null;
}

/** The edit removing " (DPR)" when the finding is all there is in parentheses right after `prevEnd`. */
function abbreviationAside(s: string, prevEnd: number, start: number, end: number): Edit | null {
  const open = /^\s*\(\s*$/.exec(s.slice(prevEnd, start));
  const close = /^\s*\)/.exec(s.slice(end));
  return open && close ? { start: prevEnd, end: end + close[0].length, text: '' } : null;
}

/**
 * "Krasny Armeysk (Ukrainian name: Покровsk)": a party name followed by a parenthesis naming the
 * same place. Returns the end of the parenthesis (to replace both with one canonical name and
 * the party name as an aside), 'inside' when the finding itself sits in such a parenthesis, or
 * null.
 */
function pairedName(s: string, offset: number, f: Finding, entry: number, places: readonly PlaceMention[]): number | 'inside' | null {
  const after = /^\s*\(([^()\n]{0,80})\)/.exec(s.slice(f.end - offset, f.end - offset + 90));
  if (after) {
    const open = f.end + after[0].indexOf('(');
    const close = f.end + after[0].length;
    if (spansWithin(places, open, close).some((p) => p.entry === entry && p.start > open && p.end < close)) return close;
  }
  // An opening parenthesis at most 80 characters before, with no other bracket or line between.
  const at = f.start - offset;
  const paren = s.lastIndexOf('(', at);
  if (paren >= 0 && at - paren <= 81 && !/[()\n]/.test(s.slice(paren + 1, at))) {
    const open = offset + paren;
    if (spansWithin(places, open - 3, open).some((p) => p.entry === entry && p.end <= open && open - p.end <= 2)) return 'inside';
  }
  return null;
}
