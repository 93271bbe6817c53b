// Which of the three languages a paragraph is in: Latin letters mean English; Cyrillic is
// Ukrainian when it has і, ї, є or ґ or a short word only Ukrainian has, else Russian.

export type Lang = 'en' | 'ru' | 'uk';

export function languageOf(text: string): Lang {
  let cyr = 0;
  let lat = 0;
  let ukrainian = false;
  // The first 600 characters tell the language of a paragraph as well as all of it would.
  const n = Math.min(text.length, 600);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters folded to lower case
    if (c >= 0x61 && c <= 0x7a) lat++;
    else if (c >= 0x0400 && c <= 0x04ff) {
      cyr++;
      // і ї є ґ (either case): letters Russian does not have.
      const u = text.charCodeAt(i);
      if (u === 0x456 || u === 0x457 || u === 0x454 || u === 0x491 || u === 0x406 || u === 0x407 || u === 0x404 || u === 0x490) ukrainian = true;
    }
  }
  if (cyr <= lat) return 'en';
  if (ukrainian) return 'uk';
  // A hundred Ukrainian letters without one і, ї or є are rare (about 1 in 5,000): only a
  // shorter text needs its words read.
  return cyr < 100 && UKRAINIAN_WORDS.test(text.slice(0, n)) ? 'uk' : 'ru';
}

// Short Ukrainian words for a text too short to hold і, ї, є or ґ ("Режим заявив, що …").
const UKRAINIAN_WORDS = /(?:^|[^\p{L}])(?:що|від|але|цього|цей|яка|які|вона|вони|тривають|заявив|заявила)(?=$|[^\p{L}])/iu;
