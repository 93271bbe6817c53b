// Inputs, textareas and contenteditable regions are never marked and never altered, and typing
// into them still works as the page expects.
import { expect, it } from 'vitest';
import { NEWS_HOST, readHighlights, useExtension, waitForHighlights } from './support/harness';

const env = useExtension();

it('marks the prose and nothing inside editable fields', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`http://${NEWS_HOST}/editable.html`);
  await waitForHighlights(page, 2);
  await page.waitForTimeout(300);
  const d = await readHighlights(page);
  const texts = Object.values(d).flat().sort();
  expect(texts).toEqual(['Artemovsk', 'liberation']);
  // Each range starts in the prose paragraph, never in an editable region.
  const places = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) =>
      [...h].map((r) => (r.startContainer.parentElement as HTMLElement).closest('[id]')?.id),
    ),
  );
  expect(places.every((id) => id === 'prose')).toBe(true);

  // Values untouched, and typing still works (text that would be flagged elsewhere).
  expect(await page.inputValue('#input')).toBe('the liberation of Artemovsk');
  expect(await page.inputValue('#textarea')).toBe('Officials in Kiev said the liberation was near.');
  await page.click('#editor p');
  await page.keyboard.press('End');
  await page.keyboard.type(' Sources say Kiev regime.');
  await page.fill('#textarea', 'Kiev regime sources say');
  await page.waitForTimeout(600); // any re-scan the typing triggered has run
  expect(await page.textContent('#editor')).toBe('Draft: officials in Kiev said the liberation was near. Sources say Kiev regime.');
  expect(await page.inputValue('#textarea')).toBe('Kiev regime sources say');
  expect(await page.evaluate(() => document.getElementById('editor')!.innerHTML)).toBe(
    '<p>Draft: officials in Kiev said the liberation was near. Sources say Kiev regime.</p>',
  );
  expect(Object.values(await readHighlights(page)).flat().sort()).toEqual(['Artemovsk', 'liberation']);
  await page.close();
});
