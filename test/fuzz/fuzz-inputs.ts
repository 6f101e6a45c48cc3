/** Tiny seeded generator (mulberry32): the same seed replays the same fuzz run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Rng = { pick: <T>(items: readonly T[]) => T; int: (maxExclusive: number) => number };

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return {
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** A stable 32-bit seed per route, so adding a route does not change the others' inputs. */
export function seedFor(seed: number, key: string): number {
  let hash = seed >>> 0;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return hash;
}

export const MALFORMED_JSON = [
  '',
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}}',
  "{'a':1}",
  '{"a":1,}',
  '\u0000',
  '""""',
  '{"__proto__":{"isAdmin":true}',
  '\ufeff{}x',
];
export const WRONG_TYPE_BODIES: readonly unknown[] = [null, 42, -1, 'text', [], [{}], true];
export const WRONG_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  'x',
  '',
  [],
  [null],
  {},
  { $gt: '' },
];

/** Code points that break naive handling: NUL, bidi overrides, lone surrogates, emoji, RTL. */
const JUNK = [
  '\u0000',
  '\u202e',
  '\u200f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\u{1f4a9}',
  'ا',
  'ß',
  "'",
  '"',
  '\\',
  '%',
  '\n',
  '<script>',
  "' OR 1=1 --",
];

/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD), unlike encodeURIComponent. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .join('');
}

export function junkString(rng: Rng, length: number): string {
  let text = '';
  while (text.length < length) text += rng.pick(JUNK);
  return text.slice(0, length);
}

/** Every path into a JSON value (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [
      [...prefix, index],
      ...pathsOf(item, [...prefix, index]),
    ]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current as Record<string | number, unknown> | undefined)?.[key],
    value,
  );
}

/** A deep copy of `value` with the node at `path` replaced. */
export function withValueAt<T>(
  value: T,
  path: readonly (string | number)[],
  replacement: unknown,
): T {
  const copy = structuredClone(value);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = valueAt(copy, parentPath) as Record<string | number, unknown>;
  if (last !== undefined) parent[last] = replacement;
  return copy;
}

export const BAD_PATH_PARAMS = [
  'not-a-uuid',
  '123',
  '0',
  '-1',
  'x'.repeat(150),
  'x'.repeat(5000),
  '..',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent("' OR 1=1 --"),
  '%00',
  '%',
  '%E0%A4%A',
  '%E2%80%AE',
  '00000000-0000-0000-0000-00000000000g',
  '018f6e6e-0000-7000-8000-00000000000000',
];

export const BAD_QUERY_STRINGS = [
  'limit=abc',
  'limit=-1',
  'limit=0',
  'limit=1e400',
  'limit=99999999999999999999',
  'limit=1.5',
  'limit=1&limit=2',
  'limit[]=1',
  'offset=-5',
  'offset=1e9',
  'offset=NaN',
  'status=bogus',
  'status=',
  'unknownKey=1',
  'beforeSeq=0',
  'beforeSeq=-1',
  'beforeSeq=9007199254740993',
  'beforeSeq=abc',
  'subjectId=not-a-uuid',
  'subjectId=%00',
  'limit=%00',
  '__proto__[limit]=1',
  'limit=%',
];
