// The CLI's Markdown words are _locales' own, read as the browser reads them, in the language
// asked for (`--lang`; English by default).
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';
import uk from '../../_locales/uk/messages.json';
import { translatorFrom } from '../shared/i18n';
import type { Language } from '../shared/localized';
import { markdownLabels, type MarkdownLabels } from '../shared/markdown-labels';

const MESSAGES = { en, ru, uk };

export function markdownLabelsIn(lang: Language): MarkdownLabels {
  return markdownLabels(translatorFrom(MESSAGES[lang]), lang);
}

export const ENGLISH_MARKDOWN_LABELS = markdownLabelsIn('en');
