// `npm start` (after the build): try the extension on the demo article.
//   - with a display ($DISPLAY): Chromium opens, headed, with dist/ loaded and the demo page
//     served locally under a real news host name, so the extension starts by itself as it
//     would on that site;
//   - without one: the command-line report of the same article, and how to load dist/ by hand.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const DEMO = join(ROOT, 'demo');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A host in the outlet lexicon: the manifest's content script matches it.
const HOST = 'www.reuters.com';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

function printReportAndHelp(reason: string): void {
  console.log(`${reason}: printing the command-line report of the demo article instead.\n`);
  const result = spawnSync('npm', ['run', '--silent', 'analyze', '--', join('demo', 'index.html'), '--format', 'md'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  console.log(`
To see the highlights in a browser, load the built extension by hand:
  Chromium/Chrome: chrome://extensions → Developer mode → Load unpacked → ${DIST}
  then open a page of a news site the outlet lexicon lists, or click the toolbar button on any page.`);
  process.exitCode = result.status ?? 1;
}

async function openBrowser(): Promise<void> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(DEMO, normalize(path === '/' ? 'index.html' : path.replace(/^\/(demo\/)?/, '')));
    if (!file.startsWith(DEMO) || !existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), 'framing-lens-'));
  const url = `http://${HOST}/index.html`;
  console.log(`Opening ${url} (served from demo/ on 127.0.0.1:${port}) with the extension from ${DIST}.`);
  console.log('Hover a highlighted word for its card; Alt+Shift+N steps through the findings. Close the browser to stop.');
  const browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--host-resolver-rules=MAP ${HOST}:80 127.0.0.1:${port}`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-first-run',
      '--no-default-browser-check',
      url,
    ],
    { stdio: 'ignore' },
  );
  const stop = (): void => {
    browser.kill();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((ok) => browser.once('exit', () => ok()));
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/ is missing: run `npm run build` (npm start does it first).');
  process.exit(1);
}
if (!process.env.DISPLAY) printReportAndHelp('No display ($DISPLAY is not set)');
else if (!existsSync(CHROMIUM)) printReportAndHelp(`No Chromium at ${CHROMIUM}`);
else await openBrowser();
