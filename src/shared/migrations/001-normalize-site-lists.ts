// 001: site lists hold bare host names. Version 0 (pre-release builds, or settings typed in by
// hand through storage) could hold whole URLs, upper case, a port or a "www." prefix, which
// then never matched `location.hostname`. Normalise each entry, drop what is not a host name,
// and remove duplicates. Also the first migration, so a store without any version gets one.
import type { Migration } from './index';

/**
 * The steps of normalizeHost (settings.ts), copied on purpose: a migration must keep doing what
 * it did when it shipped, whatever later becomes of the settings helpers (and importing
 * settings.ts from here would make a cycle through MIGRATIONS).
 */
function normalize(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;
  let host = entry.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
}

function normalizeList(value: unknown): unknown {
  if (!Array.isArray(value)) return value; // left for field validation to reject
  const out: string[] = [];
  for (const entry of value) {
    const host = normalize(entry);
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}

export const migration001: Migration = {
  name: '001-normalize-site-lists',
  up(record) {
    const next = { ...record };
    if ('disabledSites' in next) next.disabledSites = normalizeList(next.disabledSites);
    if ('autoSites' in next) next.autoSites = normalizeList(next.autoSites);
    return next;
  },
};
