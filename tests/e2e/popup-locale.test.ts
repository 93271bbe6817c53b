// The UI follows the browser's language: Chromium started in Russian shows the popup, the
// options page and the toolbar button's tooltip in Russian (chrome.i18n reads _locales/ru).
import { expect, it } from 'vitest';
import { openDemo, optionsUrl, popupUrl, serveDemo, useExtension } from './support/harness';

// Chromium started in Russian (--lang=ru).
const env = useExtension(serveDemo, 'ru');

it('renders the popup, the options page and the toolbar tooltip in Russian', async () => {
  const { page, tabId, badge } = await openDemo(env.session);

  // The service worker picks the Russian plural form and the party's Russian label: its
  // getUILanguage() says "en-US" here while it serves _locales/ru, so both must follow the messages.
  const title = await env.session.sw.evaluate((id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.action.getTitle({ tabId: id }), tabId);
  const forms = { one: 'отмеченное слово', few: 'отмеченных слова', many: 'отмеченных слов' };
  const words = forms[new Intl.PluralRules('ru').select(Number(badge)) as keyof typeof forms];
  expect(title).toBe(`Framing Lens: ${badge} ${words} на этой странице; в основном лексика стороны «Официальная российская»`);

  const popup = await env.session.context.newPage();
  await popup.goto(popupUrl(env.session, tabId));
  await popup.waitForSelector('html[data-rendered="report"]');
  const text = await popup.locator('body').innerText();
  expect(text).toContain('На этой странице');
  expect(text).toContain('Оценочные слова');
  expect(text).toContain('Копировать как Markdown');
  expect(text).not.toContain('Copy as Markdown');
  expect(await popup.getAttribute('html', 'lang')).toMatch(/^ru/);

  const options = await env.session.context.newPage();
  await options.goto(optionsUrl(env.session));
  await options.getByRole('heading', { name: 'Настройки Framing Lens' }).waitFor();
  expect(await options.locator('body').innerText()).toContain('Сбросить все настройки…');
  await Promise.all([popup.close(), options.close(), page.close()]);
});
