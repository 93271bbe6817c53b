// A link to an outlet cites it: the report lists the outlet with a "link" mention and its
// domains. The content script's lexicon carries no domains (they cost 1.6 KB of its 100 KB
// budget); it asks the service worker for them, and this is the test that the asking works in
// the built extension.
import { describe, expect, it } from 'vitest';
import { DEMO_URL, reportOf, serveDemo, useExtension, waitForHighlights } from './support/harness';

interface Outlet {
  name: string;
  domains: string[];
  mentions: { how: string }[];
}

// The demo page with one more paragraph, citing RIA Novosti by a link and by nothing else.
const env = useExtension((server) =>
  serveDemo(server, (html) =>
    html.replace(
      '<p>Russian forces are poised',
      '<p>The ministry later <a href="https://ria.ru/20251201/pokrovsk.html">denied the report</a>, without giving details.</p><p>Russian forces are poised',
    ),
  ),
);

describe('an outlet cited by a link', () => {
  it('is listed with the link as how it is cited, and its domains; the site\'s own links are not', async () => {
    const page = await env.session.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page, 5);
    const { report } = await reportOf(env.session.sw, DEMO_URL);
    const outlets = (report as unknown as { outlets: Outlet[] }).outlets;
    const ria = outlets.find((o) => o.name.startsWith('RIA Novosti'));
    expect(ria?.mentions.map((m) => m.how)).toEqual(['link']);
    expect(ria?.domains).toEqual(['ria.ru']);
    // The outlets the text names keep their domains too (filled in by the service worker).
    expect(outlets.find((o) => o.name === 'Responsible Statecraft')?.domains).toEqual(['responsiblestatecraft.org']);
    // The page's own links (the demo, served as www.reuters.com, has 31 "#" links) cite nobody.
    expect(outlets.find((o) => o.name === 'Reuters')).toBeUndefined();
    await page.close();
  });
});
