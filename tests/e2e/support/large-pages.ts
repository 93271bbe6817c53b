// The adversarial test's generated pages (tests/e2e/adversarial-pages.test.ts), also served by
// the page A/B benchmark (bench/ab-page.ts): each page loads /adversarial/probe.js first, which
// records long tasks, mutations and CSP violations.

export const LEAD =
  'Moscow celebrated the liberation of Avdeevka on Tuesday, sources say, while troops near Krasnoarmeysk kept up their attacks on the roads west of the town and residents waited for news of relatives who had stayed behind in the villages nearby.';
export const LEAD_TERMS = ['liberation', 'Avdeevka', 'sources say', 'Krasnoarmeysk'];
const FILLER = 'The council met to discuss the budget for schools, roads and the new library in the centre. ';
const HEAD = '<!doctype html><html><head><meta charset="utf-8"><script src="/adversarial/probe.js"></script></head><body><article>';

/** ~10 MB of text in paragraphs, the lead every 200 paragraphs. */
export function bigTextPage(): string {
  const parts = [HEAD];
  let n = 0;
  for (let i = 0; n < 10 * 1024 * 1024; i++) {
    const p = `<p>${i % 200 === 0 ? LEAD + ' ' : ''}${FILLER.repeat(6)}</p>\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('') + '</article></body></html>';
}

/** 200,000 nodes: 1,000 paragraphs of 100 one-word spans (an element and a text node each). */
export function manyNodesPage(): string {
  const words = FILLER.trim().split(' ');
  const parts = [HEAD, `<p>${LEAD}</p>`];
  for (let p = 0; p < 1000; p++) {
    let para = '<p>';
    for (let w = 0; w < 100; w++) para += `<span>${words[(p + w) % words.length]} </span>`;
    parts.push(para + '</p>\n');
  }
  return parts.join('') + '</article></body></html>';
}
