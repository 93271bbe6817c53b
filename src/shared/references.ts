// A lexicon entry's reference as a reader sees it: its citations as written, and each web
// address as a link named for what it opens ("Wikipedia: Pokrovsk, Ukraine"), not a raw URL
// broken across the card's lines. One reference may hold several ("https://…; Reuters Handbook
// of Journalism, 'Standards and values'").

export type ReferencePart = { text: string } | { text: string; href: string };

/** A web address up to a space or a semicolon; its trailing punctuation is trimmed below. */
const URL = /https?:\/\/[^\s;]+/g;

/**
 * Punctuation after an address that is no part of it: a comma or a colon, and a closing bracket
 * only when unmatched ("…/RT_(TV_network)" keeps its own). A full stop stays: titles end with
 * one ("…/wiki/Nikkei,_Inc.").
 */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last === ',' || last === ':') end--;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else return url.slice(0, end);
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** What a link says: a Wikipedia article's title, otherwise the site's name. */
export function linkLabel(href: string): string {
  let url: URL;
  try {
    url = new globalThis.URL(href);
  } catch {
    return href;
  }
  const wiki = /^([a-z-]+)\.(?:m\.)?wikipedia\.org$/.exec(url.hostname);
  if (wiki && url.pathname.startsWith('/wiki/')) {
    let title = url.pathname.slice('/wiki/'.length);
    try {
      title = decodeURIComponent(title);
    } catch {
      // a malformed escape: the title as written
    }
    // "Wikipedia:Manual_of_Style/Words_to_watch": the encyclopedia's own pages name it once.
    title = title.replace(/_/g, ' ').replace(/^(?:Wikipedia|Википедия|Вікіпедія):/, '');
    return wiki[1] === 'en' ? `Wikipedia: ${title}` : `Wikipedia (${wiki[1]}): ${title}`;
  }
  return url.hostname.replace(/^www\./, '');
}

/** The reference split into plain text and links, in order; separators stay with the text. */
export function referenceParts(reference: string): ReferencePart[] {
  const parts: ReferencePart[] = [];
  let at = 0;
  for (const m of reference.matchAll(URL)) {
    const href = trimUrl(m[0]);
    if (m.index > at) parts.push({ text: reference.slice(at, m.index) });
    parts.push({ text: linkLabel(href), href });
    at = m.index + href.length;
  }
  if (at < reference.length) parts.push({ text: reference.slice(at) });
  return parts;
}
