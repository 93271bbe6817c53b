// The CLI speaks English: its Markdown words are _locales/en's, read as the browser reads them.
import en from '../../_locales/en/messages.json';
import { translatorFrom } from '../shared/i18n';
import { markdownLabels } from '../shared/markdown-labels';

export const ENGLISH_MARKDOWN_LABELS = markdownLabels(translatorFrom(en), 'en');
