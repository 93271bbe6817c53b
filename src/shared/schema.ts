// A small schema validator for what crosses a trust boundary at run time: messages between the
// extension's parts (messages.ts) and settings read from storage (settings.ts). It replaces
// zod/mini there because the content script carries both on every news page: zod/mini cost it
// 7.4 KB gzip, this file about 1 KB (issue 4: the content script must stay under 100 KB).
// The lexicon schema (src/lexicon/schema.ts) is checked at build time and in the options page
// and keeps zod.
//
// It keeps zod's meaning for every construct it has: an object drops keys it does not know, a
// missing optional key stays missing, a default fills a missing or undefined value, an int is a
// safe integer, the first union member that accepts wins. tests/unit/schema.test.ts checks that
// against zod/mini on random schemas and values.

const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

export interface Schema<T> {
  /** The value as T (objects and lists rebuilt: unknown keys dropped, defaults filled in), or INVALID. */
  run(value: unknown): T | Invalid;
  /** What an object does when this field's key is missing: leave it out, or fill in the default. */
  readonly missing?: 'optional' | 'default';
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Optional<T> = Schema<T | undefined> & { readonly missing: 'optional' };

function schema<T>(run: (value: unknown) => T | Invalid, missing?: 'optional' | 'default'): Schema<T> {
  return {
    run,
    missing,
    safeParse(value) {
      const data = run(value);
      return data === INVALID ? { success: false } : { success: true, data };
    },
  };
}

interface Lengths {
  min?: number;
  max?: number;
}

const lengthOk = (n: number, { min = 0, max = Infinity }: Lengths): boolean => n >= min && n <= max;

export function string(checks: Lengths & { pattern?: RegExp } = {}): Schema<string> {
  return schema((v) => (typeof v === 'string' && lengthOk(v.length, checks) && (!checks.pattern || checks.pattern.test(v)) ? v : INVALID));
}

export function int(checks: { min?: number } = {}): Schema<number> {
  return schema((v) => (Number.isSafeInteger(v) && (v as number) >= (checks.min ?? -Infinity) ? (v as number) : INVALID));
}

export function boolean(): Schema<boolean> {
  return schema((v) => (typeof v === 'boolean' ? v : INVALID));
}

export function unknown(): Schema<unknown> {
  return schema((v) => v);
}

/** One of the given values (strings, numbers, booleans, null). */
export function literal<const V extends readonly (string | number | boolean | null)[]>(...values: V): Schema<V[number]> {
  return schema((v) => (values.includes(v as V[number]) ? (v as V[number]) : INVALID));
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema((v) => (v === null ? null : inner.run(v)), inner.missing);
}

export function optional<T>(inner: Schema<T>): Optional<T> {
  return schema((v) => (v === undefined ? undefined : inner.run(v)), 'optional') as Optional<T>;
}

/** `value` when the input is undefined (or, in an object, missing). */
export function withDefault<T>(inner: Schema<T>, value: T): Schema<T> {
  return schema((v) => {
    const out = v === undefined ? undefined : inner.run(v);
    return out === undefined ? value : out;
  }, 'default');
}

export function union<T extends readonly Schema<unknown>[]>(...options: T): Schema<Infer<T[number]>> {
  return schema((v) => {
    for (const option of options) {
      const out = option.run(v);
      if (out !== INVALID) return out as Infer<T[number]>;
    }
    return INVALID;
  });
}

export function array<T>(item: Schema<T>, lengths: Lengths = {}): Schema<T[]> {
  return schema((v) => {
    if (!Array.isArray(v) || !lengthOk(v.length, lengths)) return INVALID;
    const out: T[] = [];
    for (const x of v) {
      const y = item.run(x);
      if (y === INVALID) return INVALID;
      out.push(y);
    }
    return out;
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain objects only, as zod's record: no class instances, no arrays. */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** A record with string keys; an own `__proto__` key is dropped, as zod drops it. */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return schema((v) => {
    if (!isPlainObject(v)) return INVALID;
    const out: Record<string, T> = {};
    for (const key of Reflect.ownKeys(v)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      if (typeof key !== 'string') return INVALID;
      const y = value.run(v[key]);
      if (y === INVALID) return INVALID;
      out[key] = y;
    }
    return out;
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { missing: 'optional' } ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with these fields (in this order); other keys are dropped. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  return schema((v) => {
    if (!isObject(v)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key]!;
      const present = key in v;
      if (!present && field.missing === 'optional') continue;
      const y = field.run(v[key]);
      if (y === INVALID || (!present && !field.missing)) return INVALID;
      if (y !== undefined || present || field.missing === 'default') out[key] = y;
    }
    return out as ObjectOf<S>;
  });
}
