// What every part of the extension shares about its UI strings, without the browser API: the
// shape of a translator (chrome.i18n.getMessage, or a messages.json read in Node and tests) and
// how a counted phrase picks its form.
export type Translate = (key: string, substitutions?: (string | number)[]) => string;

/**
 * The message key of `key`'s form for the number `n`: `key_one`, `key_few`, `key_many` or
 * `key_other`, as the language's CLDR plural rules select. English needs two forms (1 word,
 * 7 words), Russian and Ukrainian three for whole numbers (1 слово, 2 слова, 5 слов; 21 слово,
 * 11 слов), so _locales/<lang> holds one message per form its language uses. Intl.PluralRules
 * is in every browser and in Node, so no hand-written rule can miss 11–14 or 21.
 */
export function pluralKey(key: string, n: number, lang: string): string {
  return `${key}_${new Intl.PluralRules(lang).select(n)}`;
}
