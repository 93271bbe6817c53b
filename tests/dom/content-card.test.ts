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
  quotedWord: (w) => word('quotedWord').replace('$1', w),
  mixedScriptWhy: (name) => word('cardMixedScriptWhy').replace('$1', name),
  source: word('cardSource'),
  close: word('cardClose'),
};

/** The shadow roots attached from now on (the card's is closed: caught as it is attached). */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

it('the card\'s category label has the classes of the page\'s mark for that category', () => {
  document.body.innerHTML = '<p>The liberation of the town.</p>';
  const controller = new AbortController();
  const roots = catchShadowRoots();
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

/** The card's shadow root, for a finding shown. */
function showCard(finding: Finding): ShadowRoot {
  const roots = catchShadowRoots();
  createCard(document, new AbortController().signal, labels).show(finding, new DOMRect(0, 0, 10, 10), null);
  return roots[0]!;
}

const place = {
  id: 'f0', category: 'place-name', text: 'Красноармейском', start: 0, end: 15, entryId: 'pokrovsk', party: 'ru-official', neutral: 'Покровском',
  canonical: 'Pokrovsk', explanation: '', quoted: false, mixedScript: false, severity: 'high',
  reference: "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine; Reuters Handbook of Journalism, 'Standards and values'",
} satisfies Finding;

// Probe 17: the link had been "…/Russian_invasion_of_Ukraine;" (no such page) with the handbook
// dropped, and its text the raw address broken across lines.
it('a reference shows each citation, its web address as a link named for the page it opens', () => {
  const root = showCard(place);
  const dd = [...root.querySelectorAll('dd')].at(-1)!;
  const a = dd.querySelector('a')!;
  expect(a.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine');
  expect(a.textContent).toBe('Wikipedia: Russian invasion of Ukraine');
  expect(dd.textContent).toBe("Wikipedia: Russian invasion of Ukraine; Reuters Handbook of Journalism, 'Standards and values'");
});

// Probe 17: a Russian page's card said "Pokrovsk" where the popup's rewording said «Покровском».
it('the neutral is the report\'s, in the page\'s language and case; the canonical name only until the report is complete', () => {
  expect(showCard(place).querySelector('dd.neutral')!.textContent).toBe('Покровском');
  vi.restoreAllMocks();
  expect(showCard({ ...place, neutral: null }).querySelector('dd.neutral')!.textContent).toBe('Pokrovsk');
});

// Probe 23: the card of «Покровsk» told the city's renaming, not what is wrong with the word.
it('a place\'s own name in mixed scripts is explained by its letters; a party\'s name in mixed scripts by its own explanation', () => {
  const why = (root: ShadowRoot) => [...root.querySelectorAll('dt')].find((dt) => dt.textContent === labels.why)!.nextElementSibling!.textContent;
  const renamed = 'Renamed Pokrovsk in 2016.';
  const own = { ...place, text: 'Покровsk', party: null, neutral: 'Pokrovsk', mixedScript: true, explanation: renamed };
  expect(why(showCard(own))).toBe(labels.mixedScriptWhy('Pokrovsk'));
  expect(labels.mixedScriptWhy('Pokrovsk')).toMatch(/Latin and Cyrillic.*Pokrovsk/);
  vi.restoreAllMocks();
  expect(why(showCard({ ...own, text: 'Krasnoаrmeysk', party: 'ru-official' }))).toBe(renamed);
});

// Probe 17: a card shown by the keyboard command was neither announced nor reachable, and one
// over the words the reader wanted to see could only be moved off with the pointer.
it('a card shown for the keyboard takes focus, closes with its button and gives focus back', () => {
  document.body.innerHTML = '<button id="before">before</button>';
  const before = document.getElementById('before')!;
  before.focus();
  const roots = catchShadowRoots();
  const card = createCard(document, new AbortController().signal, labels);
  let closed = 0;
  card.onClose = () => closed++;
  card.show(place, new DOMRect(0, 0, 10, 10), null, true);
  const root = roots[0]!;
  expect(root.activeElement).toBe(root.querySelector('.card'));
  root.querySelector<HTMLButtonElement>('button.close')!.click();
  expect(card.open).toBe(false);
  expect(closed).toBe(1);
  expect(document.activeElement).toBe(before);
  // On hover it takes no focus.
  card.show(place, new DOMRect(0, 0, 10, 10), null);
  expect(root.activeElement).toBeNull();
});
