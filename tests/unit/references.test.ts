// A lexicon reference split into citations and links, as the hover card shows it.
import { describe, expect, it } from 'vitest';
import descriptions from '../../src/lexicon/generated/descriptions.json';
import { linkLabel, referenceParts } from '../../src/shared/references';

describe('references', () => {
  it.each([
    ['a bare address', 'https://en.wikipedia.org/wiki/Pokrovsk,_Ukraine', [{ text: 'Wikipedia: Pokrovsk, Ukraine', href: 'https://en.wikipedia.org/wiki/Pokrovsk,_Ukraine' }]],
    ['its own brackets kept', 'https://en.wikipedia.org/wiki/RT_(TV_network)', [{ text: 'Wikipedia: RT (TV network)', href: 'https://en.wikipedia.org/wiki/RT_(TV_network)' }]],
    ['an address, then a citation', "https://en.wikipedia.org/wiki/Regime; Reuters Handbook of Journalism, 'Standards and values'",
      [{ text: 'Wikipedia: Regime', href: 'https://en.wikipedia.org/wiki/Regime' }, { text: "; Reuters Handbook of Journalism, 'Standards and values'" }]],
    ['a citation, then an address', 'UN General Assembly resolution ES-11/4 (12 October 2022); https://en.wikipedia.org/wiki/Donetsk',
      [{ text: 'UN General Assembly resolution ES-11/4 (12 October 2022); ' }, { text: 'Wikipedia: Donetsk', href: 'https://en.wikipedia.org/wiki/Donetsk' }]],
    ['an address inside a citation, and a bracket after it', "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine (Putin's address)",
      [{ text: 'Wikipedia: Russian invasion of Ukraine', href: 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine' }, { text: " (Putin's address)" }]],
    ['another site, by its name', 'VIGINUM, February 2024, https://www.sgdsn.gouv.fr/publications/portal-kombat, p. 3',
      [{ text: 'VIGINUM, February 2024, ' }, { text: 'sgdsn.gouv.fr', href: 'https://www.sgdsn.gouv.fr/publications/portal-kombat' }, { text: ', p. 3' }]],
    ['a title\'s own full stop', 'https://en.wikipedia.org/wiki/Nikkei,_Inc.', [{ text: 'Wikipedia: Nikkei, Inc.', href: 'https://en.wikipedia.org/wiki/Nikkei,_Inc.' }]],
    ['no address', 'AP Stylebook, "anonymous sources"', [{ text: 'AP Stylebook, "anonymous sources"' }]],
    // Probe 23: "Wikipedia: Wikipedia:Manual of Style/Words to watch" on every editorializing card.
    ['the encyclopedia\'s own page', 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch',
      [{ text: 'Wikipedia: Manual of Style/Words to watch', href: 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch' }]],
  ])('%s', (_name, reference, parts) => {
    expect(referenceParts(reference)).toEqual(parts);
  });

  it('another language\'s Wikipedia says which, its title decoded', () => {
    expect(linkLabel('https://uk.wikipedia.org/wiki/%D0%91%D0%B0%D1%85%D0%BC%D1%83%D1%82')).toBe('Wikipedia (uk): Бахмут');
    expect(linkLabel('https://ru.wikipedia.org/wiki/Вторжение_России_на_Украину_(с_2022)')).toBe('Wikipedia (ru): Вторжение России на Украину (с 2022)');
  });

  it('every address in the lexicon\'s references is whole: no semicolon, comma or stray bracket at its end', () => {
    const hrefs = Object.values(descriptions.entries)
      .map((d) => d.reference ?? '')
      .flatMap((r) => referenceParts(r).flatMap((p) => ('href' in p ? [p.href] : [])));
    expect(hrefs.length).toBeGreaterThan(600);
    for (const href of hrefs) {
      expect(href).not.toMatch(/[;,:]$/);
      expect(href.split('(').length).toBe(href.split(')').length);
    }
  });
});
