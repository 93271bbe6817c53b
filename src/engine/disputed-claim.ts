// "Putin falsely claims that Ukraine is run by a neo-Nazi regime", "голословно заявил, что
// киевский режим…": an outlet that reports a claim in order to reject it is not using the
// claim's words in its own voice. Findings in the claim are a speaker's words, as if quoted;
// flagging them, and rewording the claim into the outlet's sentence, made a fact-check read
// as propaganda ("…run by a Ukrainian government"). The cues ("falsely", "без доказательств")
// are lexicon data of the role `disputed`; this file reads how far the claim they open goes.
import type { CueHit } from './attribution';
import { fewWordsOnly } from './chars';
import { crossesSentence } from './sentences';
import { spansWithin } from './spans';

/** The claim's reach: one clause, up to about twenty words. */
const CLAIM_CHARS = 160;
/** "заявил, что …", "claimed, without evidence, that": a comma right after the cue's verb. */
const VERB_WORDS = 1;

/** Whether a finding at `start` is inside a claim a `disputed` cue before it opens (cues sorted by start). */
export function inDisputedClaim(text: string, start: number, disputed: readonly CueHit[], from: number): boolean {
  for (const cue of spansWithin(disputed, Math.max(from, start - CLAIM_CHARS), start)) {
    if (cue.end <= start && clauseRunsOn(text, cue.end, start)) return true;
  }
  return false;
}

/**
 * What ends a clause within a sentence; quotation marks and dashes do not ("falsely claims the
 * “Kyiv regime” is…"). A sentence's end is the sentence splitter's: "the U.S." ends none.
 */
const CLAUSE_MARK = /[;:()[\]]/;

/**
 * Nothing ends the clause between the cue and the finding, and a comma comes one word after the
 * cue at most: "заявил, что …", "falsely said, that …"; not "голословно обвиняет Россию, в то
 * время как ВС РФ продолжают освобождение…", where the outlet goes on in its own voice.
 */
function clauseRunsOn(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (CLAUSE_MARK.test(between) || crossesSentence(text, from, to)) return false;
  const comma = between.indexOf(',');
  return comma < 0 || (between.indexOf(',', comma + 1) < 0 && fewWordsOnly(text, from, from + comma, VERB_WORDS));
}
