// The options page against an open tab: a setting changed there changes the highlights on the
// tab without a reload; a malformed import is refused with its line, field and reason, and
// leaves stored settings exactly as they were; a good import adds terms that are highlighted.
import { expect, it } from 'vitest';
import { DEMO_URL, NEWS_HOST, optionsUrl, readHighlights, serveDemo, until, useExtension, waitForHighlights } from './support/harness';

const env = useExtension(serveDemo);

const storedSync = () =>
  env.session.sw.evaluate(() => (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.sync.get(null));

it('a category switched off in the options page leaves the open tab at once, without a reload', async () => {
  const page = await env.session.context.newPage();
  await page.goto(DEMO_URL);
  const before = await waitForHighlights(page, 5);
  expect(before['framing-lens-place-name']?.length).toBeGreaterThan(0);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));

  const options = await env.session.context.newPage();
  await options.goto(optionsUrl(env.session));
  await options.getByRole('checkbox', { name: 'Place names' }).uncheck();
  const after = await until(async () => {
    const d = await readHighlights(page);
    return !d['framing-lens-place-name'] && d['framing-lens-loaded-term']?.length ? d : undefined;
  }, 5_000, 'place names gone');
  expect(after['framing-lens-loaded-term']).toEqual(before['framing-lens-loaded-term']);
  expect(((await storedSync()) as { categories: Record<string, boolean> }).categories['place-name']).toBe(false);

  await options.getByRole('checkbox', { name: 'Place names' }).check();
  await until(async () => ((await readHighlights(page))['framing-lens-place-name']?.length ? true : undefined), 5_000, 'place names back');
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);
  await options.close();
  await page.close();
});

it('a malformed import shows line, field and reason and changes nothing; a good one adds terms', async () => {
  const options = await env.session.context.newPage();
  await options.goto(optionsUrl(env.session));
  await options.getByRole('radio', { name: 'Underlines only' }).check();
  await until(async () => (((await storedSync()) as { highlightStyle?: string }).highlightStyle === 'underline-only' ? true : undefined), 5_000, 'saved');
  const snapshot = await storedSync();

  const bad = [
    'entries:',
    '  - id: good-one',
    '    category: loaded-term',
    '    patterns: [kinetic activity]',
    '    neutral: strikes',
    '    explanation: A euphemism for military strikes.',
    '    reference: https://en.wikipedia.org/wiki/Euphemism',
    '  - id: bad-one',
    '    category: loaded-term',
    '    patterns: [collateral damage]',
    '    neutral: civilian casualties',
    '    explanation: ""',
    '    reference: https://en.wikipedia.org/wiki/Collateral_damage',
  ].join('\n');
  await options.locator('#import-file').setInputFiles({ name: 'terms.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
  const errors = await options.getByTestId('import-errors').innerText();
  expect(errors).toContain('line 12');
  expect(errors).toContain('term bad-one');
  expect(errors).toContain('“Why it is flagged (one line)”');
  expect(errors).toContain('must not be empty');
  await options.waitForTimeout(300);
  expect(await storedSync()).toEqual(snapshot);
  expect(await options.getByTestId('term-row').count()).toBe(0);

  const badJson = '{\n  "entries": [\n    { "id": "x", "category": "loaded-term", "patterns": [],\n      "neutral": "y", "explanation": "z", "reference": "r" }\n  ]\n}\n';
  await options.locator('#import-file').setInputFiles({ name: 'terms.json', mimeType: 'application/json', buffer: Buffer.from(badJson) });
  await until(async () => ((await options.getByTestId('import-errors').innerText()).includes('“Words”') ? true : undefined), 3_000, 'json error');
  expect(await options.getByTestId('import-errors').innerText()).toMatch(/line 3, term x, “Words”: must not be empty/);
  expect(await storedSync()).toEqual(snapshot);

  const good = bad.replace('explanation: ""', 'explanation: A phrase that hides civilian deaths.');
  await options.locator('#import-file').setInputFiles({ name: 'terms.yaml', mimeType: 'text/yaml', buffer: Buffer.from(good) });
  await until(async () => ((await options.getByTestId('term-row').count()) === 2 ? true : undefined), 3_000, 'two rows');
  await expect.poll(async () => ((await storedSync()) as { customEntries?: unknown[] }).customEntries?.length).toBe(2);

  // The imported term is highlighted on a news page.
  env.server.set('/custom.html', `<!doctype html><html><body><article><h1>Strikes</h1><p>${'Officials described the kinetic activity near the border as limited, and reporters counted the damage. '.repeat(5)}</p></article></body></html>`);
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/custom.html`);
  const d = await waitForHighlights(page, 5);
  expect(d['framing-lens-loaded-term']).toContain('kinetic activity');

  // Reset, with confirmation, empties the table.
  await options.getByRole('button', { name: 'Reset all settings…' }).click();
  await options.getByRole('button', { name: 'Yes, reset' }).click();
  await until(async () => ((await options.getByTestId('term-row').count()) === 0 ? true : undefined), 3_000, 'reset');
  await options.close();
  await page.close();
});
