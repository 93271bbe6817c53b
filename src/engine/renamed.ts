// A place's other name given beside its own, as history or explanation: "Artemovsk, now
// Bakhmut", "Bakhmut, known as Artemovsk in Soviet times", "Красноармейск (ныне Покровск)".
// The outlet names the place by its canonical name there and tells the reader the other one;
// flagging it would flag the explanation, and rewording it would read "Bakhmut, now Bakhmut".
// The joining words are lexicon data (cues with the role `renamed`); this file only knows how
// the three parts must sit: name, joiner, the same place's canonical name, in either order.
import type { Finding } from '../shared/report';
import { onlyJoiners } from './chars';
import type { Span } from './context';
import type { PlaceMention, RewriteHint } from './rewrite';
import { spansWithin } from './spans';

/** How far a joiner may sit from the name (", now", " (known as"). */
const REACH = 4;

/**
 * Leaves out of `findings` (and of `hints`, kept beside them) each party place name joined by a
 * renaming cue (`joiners`, in text order) to a canonical mention of its own place (`canonical`,
 * sorted by start).
 */
export function dropExplainedNames(text: string, findings: Finding[], hints: RewriteHint[], joiners: readonly Span[], canonical: readonly PlaceMention[]): void {
  let kept = 0;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    const place = hints[k]!.placeEntry;
    // A canonical name is a finding only when misspelt (mixed scripts): it has no party.
    if (place !== null && f.party !== null && renamedBeside(text, f, place, joiners, canonical)) continue;
    findings[kept] = f;
    hints[kept++] = hints[k]!;
  }
  findings.length = kept;
  hints.length = kept;
}

/** Whether the party name at `name`, of place `entry`, is joined by a renaming cue to a canonical mention of it. */
function renamedBeside(text: string, name: Span, entry: number, joiners: readonly Span[], canonical: readonly PlaceMention[]): boolean {
  // The name first: "Artemovsk, now Bakhmut", "Dimitrov (now Myrnohrad)".
  for (const cue of spansWithin(joiners, name.end, name.end + REACH + 1)) {
    if (cue.start < name.end || !onlyJoiners(text, name.end, cue.start)) continue;
    for (const place of spansWithin(canonical, cue.end, cue.end + REACH + 1)) {
      if (place.entry === entry && place.start >= cue.end && onlyJoiners(text, cue.end, place.start)) return true;
    }
  }
  // The canonical name first: "Bakhmut, known as Artemovsk", "Бахмут, ранее Артёмовск".
  for (const cue of spansWithin(joiners, name.start - REACH - 1, name.start)) {
    if (cue.end > name.start || !onlyJoiners(text, cue.end, name.start)) continue;
    for (const place of spansWithin(canonical, cue.start - REACH - 1, cue.start)) {
      if (place.entry === entry && place.end <= cue.start && onlyJoiners(text, place.end, cue.start)) return true;
    }
  }
  return false;
}
