// src/shared/schema.ts replaces zod/mini for messages and settings (the content script's size,
// issue 4) and must mean what zod/mini meant: random schemas built from the same description in
// both, random values, the same verdict and the same output, key for key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as s from '../../src/shared/schema';

type Desc =
  | { t: 'string'; min?: number; max?: number; pattern?: RegExp }
  | { t: 'int'; min?: number }
  | { t: 'boolean' }
  | { t: 'unknown' }
  | { t: 'literal'; values: (string | number | boolean | null)[] }
  | { t: 'array'; item: Desc; min?: number; max?: number }
  | { t: 'object'; shape: [string, FieldDesc][] }
  | { t: 'record'; value: Desc }
  | { t: 'nullable'; inner: Desc }
  | { t: 'union'; options: Desc[] };
/** How an object holds a field: as it is, optional, or with a default, each maybe nullable. */
type FieldDesc = { how: 'plain' | 'optional' | 'default'; value?: unknown; nullable: boolean; desc: Desc };

const KEYS = ['a', 'b', 'id', 'toString', '__proto__'];
const PRIMITIVES = ['a', 'b', '', 1, 0, -1, 2.5, true, false, null];
const PATTERNS = [/^[a-z]+$/, /^[a-z0-9.-]+$/, /b/];

const descArb: fc.Arbitrary<Desc> = fc.letrec<{ desc: Desc; field: FieldDesc }>((tie) => ({
  desc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('string' as const), min: fc.option(fc.nat(3), { nil: undefined }), max: fc.option(fc.nat(6), { nil: undefined }), pattern: fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }) }),
    fc.record({ t: fc.constant('int' as const), min: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }) }),
    fc.record({ t: fc.constant('boolean' as const) }),
    fc.record({ t: fc.constant('unknown' as const) }),
    fc.record({ t: fc.constant('literal' as const), values: fc.uniqueArray(fc.constantFrom(...PRIMITIVES), { minLength: 1, maxLength: 3 }) }),
    fc.record({ t: fc.constant('array' as const), item: tie('desc'), min: fc.option(fc.nat(2), { nil: undefined }), max: fc.option(fc.nat(4), { nil: undefined }) }),
    fc.record({ t: fc.constant('object' as const), shape: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('field')), { maxLength: 4, selector: ([k]) => k }) }),
    fc.record({ t: fc.constant('record' as const), value: tie('desc') }),
    fc.record({ t: fc.constant('nullable' as const), inner: tie('desc') }),
    fc.record({ t: fc.constant('union' as const), options: fc.array(tie('desc'), { minLength: 1, maxLength: 3 }) }),
  ),
  field: fc.record({
    how: fc.constantFrom('plain' as const, 'optional' as const, 'default' as const),
    value: fc.constantFrom(...PRIMITIVES),
    nullable: fc.boolean(),
    desc: tie('desc'),
  }),
})).desc;

function ours(d: Desc): s.Schema<unknown> {
  switch (d.t) {
    case 'string':
      return s.string(d);
    case 'int':
      return s.int(d);
    case 'boolean':
      return s.boolean();
    case 'unknown':
      return s.unknown();
    case 'literal':
      return s.literal(...d.values);
    case 'array':
      return s.array(ours(d.item), d);
    case 'record':
      return s.record(ours(d.value));
    case 'nullable':
      return s.nullable(ours(d.inner));
    case 'union':
      return s.union(...d.options.map(ours));
    case 'object':
      return s.object(Object.fromEntries(d.shape.map(([k, f]) => {
        const inner = ours(f.desc);
        const held = f.how === 'optional' ? s.optional(inner) : f.how === 'default' ? s.withDefault(inner, f.value) : inner;
        return [k, f.nullable ? s.nullable(held) : held];
      })));
  }
}

function zods(d: Desc): z.ZodMiniType {
  const lengths = (min?: number, max?: number) => [
    ...(min === undefined ? [] : [z.minLength(min)]),
    ...(max === undefined ? [] : [z.maxLength(max)]),
  ];
  switch (d.t) {
    case 'string':
      return z.string().check(...lengths(d.min, d.max), ...(d.pattern ? [z.regex(d.pattern)] : []));
    case 'int':
      return d.min === undefined ? z.int() : z.int().check(z.minimum(d.min));
    case 'boolean':
      return z.boolean();
    case 'unknown':
      return z.unknown();
    case 'literal':
      return z.literal(d.values);
    case 'array':
      return z.array(zods(d.item)).check(...lengths(d.min, d.max));
    case 'record':
      return z.record(z.string(), zods(d.value));
    case 'nullable':
      return z.nullable(zods(d.inner));
    case 'union':
      return z.union(d.options.map(zods) as [z.ZodMiniType, ...z.ZodMiniType[]]);
    case 'object':
      return z.object(Object.fromEntries(d.shape.map(([k, f]) => {
        const inner = zods(f.desc);
        const held = f.how === 'optional' ? z.optional(inner) : f.how === 'default' ? z._default(inner, f.value) : inner;
        return [k, f.nullable ? z.nullable(held) : held];
      })));
  }
}

/** Values shaped like the description, often right and sometimes wrong, at every depth. */
function valueOf(d: Desc, depth = 0): fc.Arbitrary<unknown> {
  const noise = fc.oneof(fc.constantFrom(...PRIMITIVES, undefined, [], {}), fc.jsonValue({ maxDepth: 1 }));
  const right = ((): fc.Arbitrary<unknown> => {
    switch (d.t) {
      case 'string':
        return fc.oneof(fc.string({ maxLength: 7 }), fc.stringMatching(/^[a-z0-9.]{0,6}$/));
      case 'int':
        return fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(Number.MAX_SAFE_INTEGER + 1, 1.5, NaN, Infinity, -0));
      case 'boolean':
        return fc.boolean();
      case 'unknown':
        return noise;
      case 'literal':
        return fc.constantFrom(...d.values);
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(valueOf(d.item, depth + 1), { maxLength: 5 });
      case 'record':
        return depth > 3 ? fc.constant({}) : fc.dictionary(fc.constantFrom(...KEYS), valueOf(d.value, depth + 1), { maxKeys: 3 });
      case 'nullable':
        return fc.oneof(fc.constant(null), valueOf(d.inner, depth));
      case 'union':
        return fc.oneof(...d.options.map((o) => valueOf(o, depth)));
      case 'object':
        if (depth > 3) return fc.constant({});
        return fc
          .tuple(
            ...d.shape.map(([k, f]) => fc.option(valueOf(f.desc, depth + 1).map((v) => [k, v] as const), { nil: null, freq: 3 })),
            fc.option(fc.tuple(fc.constantFrom('extra', 'a', 'id'), noise), { nil: null }),
          )
          .map((pairs) => Object.fromEntries(pairs.filter((p) => p !== null)));
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: noise });
}

describe('schema.ts means what zod/mini means', () => {
  it('on random schemas and values', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(descArb.chain((d) => fc.tuple(fc.constant(d), fc.array(valueOf(d), { minLength: 1, maxLength: 8 }))), ([d, values]) => {
        const mine = ours(d);
        const theirs = zods(d);
        for (const value of values) {
          const a = mine.safeParse(value);
          const b = theirs.safeParse(value);
          expect(a.success, JSON.stringify(value)).toBe(b.success);
          if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
        }
      }),
      { numRuns: 600 },
    );
  });

  it.each<[string, s.Schema<unknown>, unknown, unknown]>([
    ['drops keys it does not know', s.object({ a: s.string() }), { a: 'x', b: 1 }, { a: 'x' }],
    ['leaves a missing optional key out', s.object({ a: s.optional(s.string()) }), {}, {}],
    ['keeps an optional key given as undefined', s.object({ a: s.optional(s.string()) }), { a: undefined }, { a: undefined }],
    ['fills in a default', s.object({ a: s.withDefault(s.nullable(s.string()), null) }), {}, { a: null }],
    ['refuses a missing required key', s.object({ a: s.unknown() }), {}, undefined],
    ['refuses an int past 2^53', s.int(), 2 ** 53, undefined],
    ['refuses an array as an object', s.object({}), [], undefined],
    ['refuses an instance as a record', s.record(s.string()), new Date(0), undefined],
    ['drops a record key __proto__', s.record(s.int()), JSON.parse('{"__proto__": 1, "a": 2}'), { a: 2 }],
  ])('%s', (_name, schema, value, expected) => {
    const result = schema.safeParse(value);
    expect(result.success ? result.data : undefined).toStrictEqual(expected);
  });
});
