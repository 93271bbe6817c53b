// Component tests read the same messages.json files the browser reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatorFrom } from '../../src/shared/i18n';
import { setTranslator } from '../../src/ui/i18n';

export function useLocale(lang: 'en' | 'ru' | 'uk' = 'en'): void {
  const messages = JSON.parse(readFileSync(join(import.meta.dirname, `../../_locales/${lang}/messages.json`), 'utf8'));
  setTranslator(translatorFrom(messages), lang);
}
