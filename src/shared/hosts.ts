// Host names, compared one way wherever a page's host meets a site: the reader's site lists
// (settings), the popup's site switch, and the outlet lexicon's domains (a link that cites an
// outlet, src/engine/attribution.ts).

/** Lower-case host name without a leading "www." — how site lists store a site. */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    /* not a URL: keep the text as a host name */
  }
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** A URL's site (normalizeHost), or null for a URL without a host or no URL. */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname;
    return h ? normalizeHost(h) : null;
  } catch {
    return null;
  }
}

/** True when `hostname` is `site` or one of its subdomains. */
export function hostMatches(hostname: string, site: string): boolean {
  const host = normalizeHost(hostname);
  return host === site || host.endsWith('.' + site);
}

/**
 * Whether two hosts are one site: the same, or one a subdomain of the other ("www.reuters.com",
 * "graphics.reuters.com", "reuters.com"). A page's links to its own site are its navigation, not
 * citations.
 */
export function sameSite(a: string, b: string): boolean {
  const x = normalizeHost(a);
  const y = normalizeHost(b);
  return x !== '' && y !== '' && (hostMatches(x, y) || hostMatches(y, x));
}
