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

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A translator over a messages.json object, with $1-style and named placeholders (as Chrome does). */
export function translatorFrom(messages: Messages): Translate {
  return (key, subs = []) => {
    const m = messages[key];
    if (!m) return '';
    let text = m.message;
    for (const [name, p] of Object.entries(m.placeholders ?? {})) {
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), p.content);
    }
    return text.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  };
}
