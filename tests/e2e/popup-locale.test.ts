// The UI follows the browser's language: Chromium started in Russian shows the popup and the
// options page in Russian (chrome.i18n reads _locales/ru).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM, DIST, NEWS_HOST, ROOT, assertBuilt, startServer, tabState, until, waitForHighlights, type PageServer, type Session } from './support/harness';

/** The shared launcher's browser, started with --lang=ru (it takes no extra flags). */
async function launchRussian(port: number): Promise<Session> {
  assertBuilt();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ru-RU',
    viewport: { width: 1200, height: 900 },
    args: [
      '--lang=ru', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-proxy-server',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=MAP ${NEWS_HOST}:80 127.0.0.1:${port}`,
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, sw, extensionId: new URL(sw.url()).host, close: () => context.close() };
}

let server: PageServer;
let session: Session;
beforeAll(async () => {
  server = await startServer();
  server.set('/demo/article.html', readFileSync(join(ROOT, 'demo/index.html'), 'utf8'));
  session = await launchRussian(server.port);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

it('renders the popup and the options page in Russian', async () => {
  const page = await session.context.newPage();
  const url = `http://${NEWS_HOST}/demo/article.html`;
  await page.goto(url);
  await waitForHighlights(page, 5);
  const { tabId } = await until(async () => {
    const s = await tabState(session.sw, url);
    return s?.report ? s : undefined;
  }, 10_000, 'report');

  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('html[data-rendered="report"]');
  const text = await popup.locator('body').innerText();
  expect(text).toContain('На этой странице');
  expect(text).toContain('Оценочные слова');
  expect(text).toContain('Копировать как Markdown');
  expect(text).not.toContain('Copy as Markdown');
  expect(await popup.getAttribute('html', 'lang')).toMatch(/^ru/);

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.getByRole('heading', { name: 'Настройки Framing Lens' }).waitFor();
  expect(await options.locator('body').innerText()).toContain('Сбросить все настройки…');
  await Promise.all([popup.close(), options.close(), page.close()]);
});
