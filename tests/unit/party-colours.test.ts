// Every party's badge colour (src/lexicon/parties.yaml) carries white text, and a party's
// colour is told apart from its counterpart's at a glance, also by a reader who cannot tell red
// from green. The arithmetic is written out here, apart from the code that reads the colours.
import { describe, expect, it } from 'vitest';
import { counterpartOf, PARTY_IDS, partyColour } from '../../src/shared/parties';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2 contrast of white text on `hex`. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** CIE L*a*b* (D65) of an sRGB colour. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

// ΔE*ab: about 2.3 is just noticeable, 40 or more reads as another colour. Red–green colour
// blindness loses the a* axis, so the pair must also differ by lightness and blue–yellow alone.
const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
const distanceWithoutRedGreen = (a: string, b: string) => Math.hypot(lab(a)[0] - lab(b)[0], lab(a)[2] - lab(b)[2]);

const colour = (id: string) => partyColour(id)!;
// Each pair once: ru-official ↔ ua-official is one pair, ru-soviet → ua-official another.
const pairs = [...new Set(PARTY_IDS.flatMap((id) => (counterpartOf(id) ? [[id, counterpartOf(id)!].sort().join(' ')] : [])))].map((p) => p.split(' '));

describe('party badge colours', () => {
  it.each(PARTY_IDS.map((id) => [id]))('%s carries white text (contrast at least 4.5:1)', (id) => {
    expect(colour(id)).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrastWithWhite(colour(id))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(pairs)('%s and its counterpart %s differ clearly', (a, b) => {
    expect(distance(colour(a), colour(b))).toBeGreaterThanOrEqual(40);
    expect(distanceWithoutRedGreen(colour(a), colour(b))).toBeGreaterThanOrEqual(30);
  });

  it('the arithmetic agrees with known values', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(lab('#ff0000').map((v) => Math.round(v))).toEqual([53, 80, 67]);
  });
});
