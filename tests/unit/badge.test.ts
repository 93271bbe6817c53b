// The toolbar badge as a reader meets it: the count, and a colour for whose vocabulary dominates.
import { describe, expect, it } from 'vitest';
import { badgeColour, badgeText } from '../../src/background/badge';
import type { Report } from '../../src/shared/report';

function reportOf(n: number, lean: string | null): Report {
  const finding = { category: 'loaded-term', party: lean } as Report['findings'][number];
  return {
    version: 1, findings: Array.from({ length: n }, () => finding), sentences: [], outlets: [], sources: [],
    summary: { counts: { 'loaded-term': n, 'place-name': 0, 'unnamed-source': 0, editorializing: 0 }, parties: {}, lean },
  };
}

describe('badge text and colour', () => {
  it.each<[number, string]>([[0, ''], [1, '1'], [999, '999'], [1000, '999+']])('%i findings read %j', (n, text) => {
    expect(badgeText(reportOf(n, null))).toBe(text);
  });

  it('is empty without a report', () => {
    expect(badgeText(null)).toBe('');
  });

  it('takes the dominant party’s colour from the lexicon, and a neutral grey without one', () => {
    expect(badgeColour('ru-official')).toBe('#c62828');
    expect(badgeColour('ru-soviet')).toBe('#c62828');
    expect(badgeColour('ua-official')).toBe('#1565c0');
    expect(badgeColour('uk-unionist')).not.toBe(badgeColour('ie-nationalist'));
    expect(badgeColour(null)).toBe('#5f6368');
    expect(badgeColour('no-such-party')).toBe('#5f6368');
  });
});
