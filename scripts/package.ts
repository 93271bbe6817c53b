// `npm run package`: store-ready zips of the same sources for Chrome and Firefox, versioned from
// package.json, reproducible (the same sources give byte-identical zips):
//
//   lexicon ─▶ vite build ─────────────▶ dist/         ─┐
//           └▶ TARGET=firefox vite build ▶ dist-firefox/ ─┴▶ zip ─▶ release/framing-lens-<browser>-<version>.zip
//
// Why a hand-written zip writer: the format needs ~60 lines (local headers, central directory,
// end record; deflate and CRC-32 come from node:zlib), and writing it ourselves pins every byte
// that usually varies between runs: entries in sorted order, one fixed timestamp, fixed
// permissions, no extra fields (no uid/gid, no ctime), no directory entries.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// 1980-01-01 00:00:00, the earliest DOS date: no trace of when the build ran.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip of `entries` in name order; the same entries always give the same bytes. */
export function zip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    if (seen.has(name)) throw new Error(`zip: duplicate entry ${name}`);
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`zip: bad entry name ${name}`);
    seen.add(name);
    const fileName = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Stored when deflate does not help (PNG icons): smaller, and still deterministic.
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const common = (h: Buffer, at: number): void => {
      h.writeUInt16LE(20, at); // version needed: 2.0
      h.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
      h.writeUInt16LE(method, at + 4);
      h.writeUInt16LE(DOS_TIME, at + 6);
      h.writeUInt16LE(DOS_DATE, at + 8);
      h.writeUInt32LE(crc, at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(data.length, at + 18);
      h.writeUInt16LE(fileName.length, at + 22);
      h.writeUInt16LE(0, at + 24); // no extra field
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0 (so the mode below is read)
    common(central, 6);
    central.writeUInt16LE(0, 32); // no comment
    central.writeUInt16LE(0, 34); // disk 0
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, body);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every file under `dir`, named by its path relative to `dir` with "/" separators. */
export function readTree(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  // Build bookkeeping, not part of the extension (crxjs/vite may leave a .vite/ folder).
  return out.filter((e) => !e.name.startsWith('.vite/') && !e.name.endsWith('.map'));
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const run = (env: NodeJS.ProcessEnv, ...args: string[]): void => {
    execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  };
  run({}, 'tsx', 'scripts/compile-lexicon.ts', '--quiet');
  mkdirSync(join(root, 'release'), { recursive: true });
  for (const [browser, dir, env] of [
    ['chrome', 'dist', {}],
    ['firefox', 'dist-firefox', { TARGET: 'firefox' }],
  ] as const) {
    run(env, 'vite', 'build', '--logLevel', 'error');
    const manifest = JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== version) throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}`);
    const bytes = zip(readTree(join(root, dir)));
    const file = join('release', `framing-lens-${browser}-${version}.zip`);
    writeFileSync(join(root, file), bytes);
    console.log(`${file}  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sha256(bytes)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
