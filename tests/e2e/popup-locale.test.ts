// The UI follows the browser's language: Chromium started in Russian shows the popup and the
// options page in Russian (chrome.i18n reads _locales/ru).
import { expect, it } from 'vitest';
import { openDemo, optionsUrl, popupUrl, serveDemo, useExtension } from './support/harness';

// Chromium started in Russian (--lang=ru).
const env = useExtension(serveDemo, 'ru');

it('renders the popup and the options page in Russian', async () => {
  const { page, tabId } = await openDemo(env.session);

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
