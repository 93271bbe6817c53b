// The UI follows the browser's language: Chromium started in Russian shows the popup, the
// options page and the toolbar button's tooltip in Russian (chrome.i18n reads _locales/ru), and
// tells the reader why a word is flagged, and who owns an outlet, in Russian.
import { expect, it } from 'vitest';
import { bundledDescriptions } from '../../src/engine';
import { inLanguage } from '../../src/shared/localized';
import { cardText, openDemo, optionsUrl, popupUrl, serveDemo, until, useExtension, wordCentre } from './support/harness';

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
  const owner = inLanguage(bundledDescriptions.entries['responsible-statecraft']!.owner!, 'ru');
  expect(owner).toMatch(/[а-я]/);
  expect(text).toContain(owner);

  // The card of a place name the page highlights: its explanation in Russian.
  const point = await wordCentre(page, 'Krasny Armeysk');
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const card = await until(async () => (await cardText(page)) ?? undefined, 5_000, 'the card');
  const why = inLanguage(bundledDescriptions.entries['pokrovsk']!.explanation, 'ru');
  expect(why).toMatch(/Покровск/);
  expect(card).toContain(why);

  const options = await env.session.context.newPage();
  await options.goto(optionsUrl(env.session));
  await options.getByRole('heading', { name: 'Настройки Framing Lens' }).waitFor();
  expect(await options.locator('body').innerText()).toContain('Сбросить все настройки…');
  await Promise.all([popup.close(), options.close(), page.close()]);
});
