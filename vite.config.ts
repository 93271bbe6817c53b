// Build of the extension. manifest.json is the source; this file fills in what is generated:
// the content-script match patterns come from the outlet lexicon (`npm run lexicon` writes
// src/lexicon/generated/outlet-domains.json), so a new outlet never needs a manifest edit.
//
//   TARGET=firefox vite build  → dist-firefox/ (background.scripts, as Firefox wants)
//   vite build                 → dist/         (background.service_worker)
import { readFileSync, existsSync } from 'node:fs';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const DOMAINS_FILE = 'src/lexicon/generated/outlet-domains.json';

export function matchPatterns(domains: string[]): string[] {
  const patterns = new Set<string>();
  for (const raw of domains) {
    const domain = raw.trim().toLowerCase();
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)) throw new Error(`${DOMAINS_FILE}: not a domain: ${JSON.stringify(raw)}`);
    patterns.add(`*://${domain}/*`);
    patterns.add(`*://*.${domain}/*`);
  }
  return [...patterns];
}

function manifest(): ManifestV3Export {
  if (!existsSync(DOMAINS_FILE)) throw new Error(`${DOMAINS_FILE} is missing: run \`npm run lexicon\` first`);
  const domains = JSON.parse(readFileSync(DOMAINS_FILE, 'utf8')) as string[];
  const m = JSON.parse(readFileSync('manifest.json', 'utf8'));
  m.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  for (const cs of m.content_scripts) cs.matches = matchPatterns(domains);
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages (TOOLCHAIN.md): same file, other key.
    m.background = { scripts: [m.background.service_worker], type: 'module' };
  } else {
    delete m.browser_specific_settings;
  }
  return m;
}

export default defineConfig({
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    crx({
      manifest: manifest(),
      browser: target,
      // One self-contained content script: no loader, no chunks, and so no
      // web_accessible_resources any page could probe for (TOOLCHAIN.md).
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
});
