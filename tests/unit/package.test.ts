// The release zips (scripts/package.ts) are reproducible: the same files give the same bytes
// whatever order they were written in and whatever their timestamps, and the zip reads back to
// exactly those files. (Building both targets twice takes ~30 s here, too slow for the unit
// suite: `npm run package` twice printed the same sha256 for both zips when this was written.)
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readTree, sha256, zip, type ZipEntry } from '../../scripts/package';

/** A minimal reader through the central directory, enough to check what the writer wrote. */
function unzip(buf: Buffer): { name: string; data: Buffer; mode: number }[] {
  const end = buf.length - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const mode = buf.readUInt32LE(at + 38) >>> 16;
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data) >>> 0).toBe(crc);
    out.push({ name, data, mode });
    at += 46 + nameLen + extraLen;
  }
  return out;
}

const FILES: ZipEntry[] = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3,"version":"0.1.0"}') },
  { name: 'assets/index.ts-abc.js', data: Buffer.from('console.log("Покровськ 😀");\n'.repeat(200)) },
  { name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]) },
  { name: '_locales/uk/messages.json', data: Buffer.from('{"extName":{"message":"Лінза"}}') },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function writeTree(files: ZipEntry[], mtime: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'fl-zip-'));
  dirs.push(dir);
  for (const f of files) {
    const path = join(dir, f.name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, f.data);
    utimesSync(path, mtime, mtime);
  }
  return dir;
}

describe('release zip', () => {
  it('the same files give the same bytes, in any order', () => {
    const a = zip(FILES);
    const b = zip([...FILES].reverse());
    expect(sha256(b)).toBe(sha256(a));
  });

  it('file timestamps and the order files were written in do not change the zip', () => {
    const one = writeTree(FILES, new Date('2020-05-01T10:00:00Z'));
    const two = writeTree([...FILES].reverse(), new Date('2031-12-31T23:59:59Z'));
    expect(sha256(zip(readTree(two)))).toBe(sha256(zip(readTree(one))));
  });

  it('reads back to exactly the files, sorted, as regular rw-r--r-- files', () => {
    const entries = unzip(zip(FILES));
    expect(entries.map((e) => e.name)).toEqual(FILES.map((f) => f.name).sort());
    for (const e of entries) {
      expect(e.data.equals(FILES.find((f) => f.name === e.name)!.data)).toBe(true);
      expect(e.mode).toBe(0o100644);
    }
  });

  it('leaves build bookkeeping out and refuses names that escape the folder', () => {
    const dir = writeTree([...FILES, { name: '.vite/manifest.json', data: Buffer.from('{}') }, { name: 'assets/x.js.map', data: Buffer.from('{}') }], new Date());
    expect(readTree(dir).map((e) => e.name).sort()).toEqual(FILES.map((f) => f.name).sort());
    expect(() => zip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/bad entry/);
    expect(() => zip([{ name: 'a', data: Buffer.alloc(1) }, { name: 'a', data: Buffer.alloc(2) }])).toThrow(/duplicate/);
  });
});
