// The card labels a finding's category with the same classes the page's <mark> fallback uses,
// so highlights.css (in the card's shadow root too) shows it exactly as the page marks it.
import { afterEach, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/shared/report';
import { createCard, type CardLabels } from '../../src/content/card';
import en from '../../_locales/en/messages.json';
import { createPainter, markClass } from '../../src/content/highlighter';
import { buildTextMap } from '../../src/content/walk';
import { locate } from '../../src/content/offsets';

afterEach(() => vi.restoreAllMocks());

const word = (key: keyof typeof en) => en[key].message;
const labels: CardLabels = {
  categories: {
    'loaded-term': word('cardCategoryLoadedTerm'),
    'place-name': word('cardCategoryPlaceName'),
    'unnamed-source': word('cardCategoryUnnamedSource'),
    editorializing: word('cardCategoryEditorializing'),
  },
  quoted: word('tagQuoted'),
  mixedScript: word('tagMixedScript'),
  neutral: word('cardNeutral'),
  drop: word('cardDrop'),
  usage: word('cardUsage'),
  voice: word('cardVoice'),
  why: word('cardWhy'),
  source: word('cardSource'),
};

it('the card\'s category label has the classes of the page\'s mark for that category', () => {
  document.body.innerHTML = '<p>The liberation of the town.</p>';
  const controller = new AbortController();
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const finding = {
    id: 'f0', category: 'loaded-term', text: 'liberation', start: 4, end: 14, entryId: 'liberation', party: null, neutral: 'capture',
    canonical: null, explanation: '', reference: '', quoted: false, mixedScript: false, severity: 'high',
  } satisfies Finding;
  const map = buildTextMap([document.body], { visible: () => true });
  createPainter(document, controller.signal).add('loaded-term', locate(map, finding.start, finding.end)!);
  createCard(document, controller.signal, labels).show(finding, new DOMRect(0, 0, 10, 10), null);

  const painted = document.querySelector('mark[data-framing-lens]')!;
  const label = roots[0]!.querySelector('mark.cat')!;
  expect(painted.className).toBe(markClass('loaded-term'));
  expect(label.className).toBe(`cat ${markClass('loaded-term')}`);
  expect(label.hasAttribute('data-c')).toBe(false);
  controller.abort();
});
