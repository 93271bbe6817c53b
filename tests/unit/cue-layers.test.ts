// Detection, what a page needs to highlight, selects only the cues that mark findings
// ("so-called", renamed, disputed); the attribution cues ("said", "according to") are
// selected when the report is completed. The report must not change for it.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';

const engine = createEngine();
const roles = (text: string) => engine.detect(text).cues.map((c) => `${c.cue.role}: ${text.slice(c.start, c.end)}`);

describe('cues in detection and in the report', () => {
  it('leaves the attribution cues to the report, which still cites by them', () => {
    const text = 'The liberation of Artemovsk is complete, Dmitry Peskov said, according to TASS.';
    expect(roles(text)).toEqual([]);
    const report = engine.complete(engine.detect(text));
    expect(report.sources.map((s) => `${s.kind}: ${s.text}`)).toEqual(['person: Dmitry Peskov', 'outlet: TASS']);
    expect(report.outlets.map((o) => o.mentions.map((m) => m.how))).toEqual([['according to']]);
  });

  it('judges an attribution cue inside a marking one together with it, as one selection does', () => {
    // "claimed" is an attribution cue and "claimed that" a disputed one: the longer wins.
    const text = 'The Kremlin claimed that the liberation of Artemovsk was complete.';
    expect(roles(text)).toEqual(['disputed: claimed that']);
    expect(engine.analyze(text).findings.find((f) => f.text === 'liberation')?.quoted).toBe(true);
  });

  it('keeps a marking cue beside an attribution cue it does not overlap', () => {
    const text = 'The so-called liberation of Artemovsk, officials said.';
    expect(roles(text)).toEqual(['so-called: so-called']);
    expect(engine.analyze(text).sources.map((s) => s.text)).toContain('officials said');
  });
});
