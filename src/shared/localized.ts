// Texts the lexicon gives in each language of the interface (an entry's explanation, an
// outlet's owner), and the one a reader is shown.

export type Language = 'en' | 'ru' | 'uk';

/** One text for every language (a custom term's explanation), or one per language. */
export type Localized = string | Readonly<Record<Language, string>>;

export function inLanguage(value: Localized, lang: Language): string {
  return typeof value === 'string' ? value : value[lang];
}
