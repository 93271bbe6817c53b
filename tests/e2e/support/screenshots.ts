// Regenerates docs/screenshot-page.png and docs/screenshot-card.png from the built extension on
// the demo page (served under a news host name, as in the e2e tests):
//   npm run build && npx tsx tests/e2e/support/screenshots.ts
import { join } from 'node:path';
import { NEWS_HOST, ROOT, highlightCentre, launch, startServer, waitForHighlights } from './harness';

const server = await startServer();
const session = await launch(server.port);
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`http://${NEWS_HOST}/demo/index.html`);
  await waitForHighlights(page, 5);
  await page.evaluate(() => {
    const first = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('framing-lens-loaded-term')!][0]!;
    first.startContainer.parentElement!.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -110); // below the sticky section bar
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ROOT, 'docs/screenshot-page.png') });
  const point = await highlightCentre(page, 'framing-lens-place-name');
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(ROOT, 'docs/screenshot-card.png') });
} finally {
  await session.close();
  await server.close();
}
