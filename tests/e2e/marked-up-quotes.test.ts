// A quotation the page marks up (<blockquote>, <q>) rather than writes in quotation marks is a
// speaker's words: the built extension reports its findings as quoted, in the page's detection
// and in the report the service worker completes (probe 14 found them read as the outlet's own).
import { describe, expect, it } from 'vitest';
import { DEMO_URL, reportOf, serveDemo, useExtension, waitForHighlights } from './support/harness';

interface Finding {
  text: string;
  start: number;
  quoted: boolean;
}

const env = useExtension((server) =>
  serveDemo(server, (html) =>
    html.replace(
      '<p>Russian forces are poised',
      '<blockquote><p>The liberation of Avdeevka was a turning point, the general said.</p></blockquote>' +
        '<p>The general spoke to troops of <q>the liberation of Avdeevka</q> on television.</p><p>Russian forces are poised',
    ),
  ),
);

describe('quotations marked up in HTML', () => {
  it('are reported as quoted, and the outlet\'s own words around them are not', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page, 5);
    const { report } = await reportOf(env.session.sw, DEMO_URL);
    const liberation = (report.findings as Finding[]).filter((f) => /^liberation$/i.test(f.text)).sort((a, b) => a.start - b.start);
    // The blockquote's, the <q>'s, then the seed article's own "liberation of Krasny Armeysk".
    expect(liberation.map((f) => f.quoted)).toEqual([true, true, false]);
    await page.close();
  });
});
