// The UI follows the browser's language: Chromium started in Russian shows the popup and the
// options page in Russian (chrome.i18n reads _locales/ru).
import { expect, it } from 'vitest';
import { NEWS_HOST, reportOf, serveDemo, useExtension, waitForHighlights } from './support/harness';

// Chromium started in Russian (--lang=ru).
const env = useExtension(serveDemo, 'ru');

it('renders the popup and the options page in Russian', async () => {
  const page = await env.session.context.newPage();
  const url = `http://${NEWS_HOST}/demo/article.html`;
  await page.goto(url);
  await waitForHighlights(page, 5);
  const { tabId } = await reportOf(env.session.sw, url);

  const popup = await env.session.context.newPage();
  await popup.goto(`chrome-extension://${env.session.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('html[data-rendered="report"]');
  const text = await popup.locator('body').innerText();
  expect(text).toContain('На этой странице');
  expect(text).toContain('Оценочные слова');
  expect(text).toContain('Копировать как Markdown');
  expect(text).not.toContain('Copy as Markdown');
  expect(await popup.getAttribute('html', 'lang')).toMatch(/^ru/);

  const options = await env.session.context.newPage();
  await options.goto(`chrome-extension://${env.session.extensionId}/src/options/index.html`);
  await options.getByRole('heading', { name: 'Настройки Framing Lens' }).waitFor();
  expect(await options.locator('body').innerText()).toContain('Сбросить все настройки…');
  await Promise.all([popup.close(), options.close(), page.close()]);
});
