// A clause's own dates, for the names of renamed places: "born in Artemovsk in 1952" uses the
// city's name of the time, as history does, while "Wagner claimed Artemovsk in May 2023" uses
// a name that had stopped being official. Asked of a renamed place's party names only.
import type { Span } from './context';
import { sentenceAround } from './sentences';

/** How far a sentence is looked for each side of the match. */
const REACH = 400;

/** Whether four digits in a row overlap [from, to) of the text. */
export type DigitsNear = (from: number, to: number) => boolean;

/**
 * The question asked of one text, answered by a search from `from` that the next questions
 * reuse: they come in text order, so no stretch of the text is searched twice, and the stretches
 * far from every renamed place's name never (a page searched whole cost 3% of its detection).
 */
export function fourDigitsIn(text: string): DigitsNear {
  const re = /\d{4}/g;
  let searchedFrom = Infinity;
  // Where the last search found four digits, or the text's end: none after searchedFrom before it.
  let found = 0;
  return (from, to) => {
    const start = Math.max(0, from - 3);
    if (!(searchedFrom <= start && found >= start)) {
      re.lastIndex = start;
      searchedFrom = start;
      found = re.exec(text)?.index ?? text.length;
    }
    return found < to;
  };
}

/** A four-digit number, not part of a longer one ("82,000", "1.5"): 1000 to 2999. */
const NUMBER = /(?<![\d.,])[12]\d{3}(?!\d|[.,]\d)/g;

/**
 * A number is a year when the words say so: "in 1952", "July 1989", «в 1970 году», «у 1961
 * році», "the 1970s". Russian and Ukrainian dates name the year after it («12 июля 1989 года»).
 */
const YEAR_AFTER = /^(?:s\b|-(?:х|е|ті|их|x)\b|\s*(?:год|году|года|годах|годов|г\.|рік|року|році|роках|років|р\.|р\b))/iu;
const YEAR_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|from|until|till|by|during|before|after|between|в|во|с|со|до|по|у|з|із|зі|від|між|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+(?:the\s+)?$|[(–—-]\s*$|\d{4}\s+(?:to|and|or|и|или|і|та|чи)\s+$/iu;

/** "since 2014", «с 2014 года», «з 2014 року»: a period that runs to the present. */
const SINCE = /(?:^|[^\p{L}])(?:since|from|с|со|з|із|зі|від|от)\s+$/iu;

function yearsOf(sentence: string): RegExpMatchArray[] {
  return [...sentence.matchAll(NUMBER)].filter((m) => YEAR_AFTER.test(sentence.slice(m.index! + 4, m.index! + 12)) || YEAR_BEFORE.test(sentence.slice(Math.max(0, m.index! - 16), m.index)));
}

/** What ends a clause: "Born in Artemovsk in 1952, she moved", «глава Артемовска, родившийся в 1975 году». */
const CLAUSE_END = /[,;:()]|\s[—–]\s/g;

/** The clause holding `span` within the sentence [from, to). */
function clauseAround(text: string, span: Span, from: number, to: number): string {
  const sentence = text.slice(from, to);
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    const at = from + m.index!;
    if (at < span.start) start = m.index! + m[0].length;
    else if (at >= span.end) {
      end = m.index!;
      break;
    }
  }
  return sentence.slice(start, end);
}

/**
 * Whether the clause holding `span` is dated, and by years up to `until` only ("known as
 * Dimitrov until 2016"): a later year, or an open period ("since 2014") that no later year
 * closes, dates it after the renaming. A year in another clause dates something else
 * ("Russia, which annexed Crimea in 2014, now counts Artemovsk among its cities").
 */
export function datedBefore(text: string, span: Span, until: number, digitsNear: DigitsNear): boolean {
  // Most names stand with no four digits near: no sentence to find then.
  if (!digitsNear(span.start - REACH, span.end + REACH)) return false;
  const { start, end } = sentenceAround(text, span, REACH);
  const clause = clauseAround(text, span, start, end);
  const years = yearsOf(clause);
  if (years.length === 0) return false;
  return years.every((m, k) => +m[0] <= until && !(k === years.length - 1 && SINCE.test(clause.slice(0, m.index))));
}
