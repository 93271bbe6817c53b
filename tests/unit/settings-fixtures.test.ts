// Stored settings of every schema version so far (tests/fixtures/settings/vN.json, as each
// version's build wrote them to storage) load with nothing lost, and a write that fails part
// way (a quota error, a storage failure) never leaves a mix: the reader keeps the previous
// settings, or, when only the clean-up after the commit failed, has the new ones — never half.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/shared/migrations';
import {
  DEFAULT_SETTINGS, SCHEMA_VERSION, readSettings, writeSettings, type LooseRecord, type Settings, type SettingsArea,
} from '../../src/shared/settings';

const DIR = join(import.meta.dirname, '../fixtures/settings');

interface Fixture {
  description: string;
  stored: { sync: LooseRecord; local: LooseRecord };
  expected: Settings;
}

const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => ({ version: Number(f.slice(1, -5)), file: f, fixture: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture }))
  .sort((a, b) => a.version - b.version);

type Op = 'sync.set' | 'sync.remove' | 'local.set' | 'local.remove';

/** An in-memory storage area that can be told to fail its n-th write. */
function memoryArea(name: 'sync' | 'local', initial: LooseRecord, failAt: { op: Op; n: number } | null, log: Op[]): SettingsArea & { data: LooseRecord } {
  const data: LooseRecord = structuredClone(initial);
  const write = (op: Op): void => {
    log.push(op);
    if (failAt && failAt.op === op && log.filter((o) => o === op).length === failAt.n) {
      throw new Error(op.endsWith('set') ? 'QUOTA_BYTES quota exceeded' : 'storage failure');
    }
  };
  return {
    data,
    async get(keys) {
      if (keys === null) return structuredClone(data);
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      write(`${name}.set`);
      Object.assign(data, structuredClone(items)); // one set call is atomic, as in browsers
    },
    async remove(keys) {
      write(`${name}.remove`);
      for (const k of keys) delete data[k];
    },
  };
}

function areas(stored: Fixture['stored'], failAt: { op: Op; n: number } | null = null) {
  const log: Op[] = [];
  return { sync: memoryArea('sync', stored.sync, failAt, log), local: memoryArea('local', stored.local, failAt, log), log };
}

describe('settings fixtures of every schema version', () => {
  it('there is a fixture for every version from 0 to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual([...Array(SCHEMA_VERSION + 1).keys()]);
  });

  it.each(fixtures)('$file loads with nothing lost', async ({ version, fixture }) => {
    const { sync, local } = areas(fixture.stored);
    const { settings, rejected, migrated } = await readSettings(sync, local);
    expect(rejected).toEqual([]);
    expect(migrated).toEqual(MIGRATIONS.slice(version).map((m) => m.name));
    expect(settings).toEqual(fixture.expected);
    // Not a fixture of defaults: each one sets fields away from them.
    expect(Object.keys(DEFAULT_SETTINGS).filter((k) => JSON.stringify(settings[k as keyof Settings]) !== JSON.stringify(DEFAULT_SETTINGS[k as keyof Settings])).length).toBeGreaterThan(3);
  });

  it.each(fixtures)('$file written back and read again is unchanged', async ({ fixture }) => {
    const { sync, local } = areas(fixture.stored);
    const { settings } = await readSettings(sync, local);
    await writeSettings(sync, local, settings);
    expect((await readSettings(sync, local)).settings).toEqual(settings);
  });
});

describe('a failed write keeps the previous settings', () => {
  const small: Settings = { ...structuredClone(DEFAULT_SETTINGS), highlightStyle: 'underline-only', disabledSites: ['changed.example'] };
  const large: Settings = { ...small, customEntries: [...fixtures.at(-1)!.fixture.expected.customEntries].reverse().map((e) => ({ ...e, explanation: e.explanation + ' (edited)' })) };
  const OPS: Op[] = ['sync.set', 'sync.remove', 'local.set', 'local.remove'];

  const cases = fixtures.flatMap(({ file, fixture }) =>
    [
      ['small', small],
      ['large', large],
    ].flatMap(([size, next]) => OPS.map((op) => ({ file, fixture, size: size as string, next: next as Settings, op }))),
  );

  it.each(cases)('$file → $size list, $op fails', async ({ fixture, next, op }) => {
    const clean = areas(fixture.stored);
    const before = await readSettings(clean.sync, clean.local);
    const { sync, local, log } = areas(fixture.stored, { op, n: 1 });
    const outcome = await writeSettings(sync, local, next).then(
      () => 'ok',
      (e: Error) => e.message,
    );
    const after = (await readSettings(sync, local)).settings;
    if (outcome === 'ok') {
      // This write never called the failing operation.
      expect(log).not.toContain(op);
      expect(after).toEqual(next);
      return;
    }
    // The error reaches the caller (the options page reports it) and nothing is half-written.
    expect(outcome).toMatch(/quota|failure/);
    if (op.endsWith('.set')) expect(after, 'a refused set keeps the previous settings').toEqual(before.settings);
    else expect([before.settings, next]).toContainEqual(after);
  });
});
