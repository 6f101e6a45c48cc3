import type { ZodType } from 'zod';
import {
  BAD_PATH_PARAMS,
  BAD_QUERY_STRINGS,
  junkString,
  MALFORMED_JSON,
  pathsOf,
  percentEncode,
  valueAt,
  withValueAt,
  WRONG_TYPE_BODIES,
  WRONG_VALUES,
  type Rng,
} from './fuzz-inputs.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

export type FuzzInput = {
  label: string;
  url: string;
  contentType?: string;
  payload?: string;
  /** False only for junk query keys on read-only routes that declare no query schema. */
  mustReject: boolean;
};

const MiB = 1024 * 1024;
const JSON_TYPE = 'application/json';

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_match, name: string) => params[name] ?? `:${name}`);
}

function rngUuid(rng: Rng): string {
  const hex = () => rng.int(16).toString(16);
  const run = (n: number) => Array.from({ length: n }, hex).join('');
  return `${run(8)}-${run(4)}-7${run(3)}-8${run(3)}-${run(12)}`;
}

function queryObject(query: string): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const seen = object[key];
    object[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return object;
}

/** Bodies of a route with a body schema; `problems` collects contract gaps (unbounded strings). */
function bodyInputs(
  body: NonNullable<FuzzRoute['body']>,
  w: FuzzWorld,
  rng: Rng,
  url: string,
  problems: string[],
): FuzzInput[] {
  const inputs: FuzzInput[] = [];
  const isRejected = (value: unknown) => !body.schema.safeParse(value).success;
  const sample = body.sample(w);
  const poisoned = body.poison ? { ...sample, ...body.poison(w) } : undefined;
  const add = (label: string, value: unknown) => {
    if (isRejected(value) || (poisoned && value === poisoned)) {
      inputs.push({
        label,
        url,
        contentType: JSON_TYPE,
        payload: JSON.stringify(value),
        mustReject: true,
      });
    }
  };
  WRONG_TYPE_BODIES.forEach((value) => add(`body ${JSON.stringify(value)}`, value));
  add('body {}', {});
  add('sample with an unknown field', { ...sample, synthUnknownField: 1 });
  if (poisoned) add('sample the server refuses', poisoned);
  for (const path of pathsOf(sample)) {
    const where = path.join('.');
    for (let i = 0; i < 3; i += 1) {
      const value = rng.pick(WRONG_VALUES);
      add(`${where} = ${JSON.stringify(value)}`, withValueAt(sample, path, value));
    }
    if (typeof valueAt(sample, path) !== 'string') continue;
    const long = withValueAt(sample, path, junkString(rng, 100_000));
    if (isRejected(long)) add(`${where} = 100k junk characters`, long);
    else problems.push(`${url} ${where}: a 100k-character string passes the contract`);
    // A NUL character every time: PostgreSQL text cannot hold one.
    for (const junk of [junkString(rng, 1 + rng.int(40)), `SYNTH\u0000${junkString(rng, 4)}`]) {
      const candidate = withValueAt(poisoned ?? sample, path, junk);
      const label = `${where} = ${JSON.stringify(junk)}`;
      if (isRejected(candidate) || poisoned) {
        const payload = JSON.stringify(candidate);
        inputs.push({ label, url, contentType: JSON_TYPE, payload, mustReject: true });
      } else {
        add(`${label} plus an unknown field`, { ...candidate, synthUnknownField: junk });
      }
    }
  }
  const wrongMedia = ['text/plain', 'application/x-www-form-urlencoded', 'application/x-synth'];
  for (const contentType of wrongMedia) {
    inputs.push({
      label: `sample as ${contentType}`,
      url,
      contentType,
      payload: JSON.stringify(sample),
      mustReject: true,
    });
  }
  return inputs;
}

function paramInputs(template: string, params: Record<string, string>, rng: Rng, payload?: string) {
  const inputs: FuzzInput[] = [];
  const bad = [...BAD_PATH_PARAMS, percentEncode(junkString(rng, 30)), rngUuid(rng)];
  for (const name of Object.keys(params)) {
    for (const value of bad) {
      inputs.push({
        label: `path ${name} = ${value.slice(0, 40)}`,
        url: fill(template, { ...params, [name]: value }),
        ...(payload === undefined ? {} : { contentType: JSON_TYPE, payload }),
        mustReject: true,
      });
    }
  }
  return inputs;
}

function queryInputs(url: string, schema: ZodType, rng: Rng): FuzzInput[] {
  const junk = `${percentEncode(junkString(rng, 8))}=${percentEncode(junkString(rng, 20))}`;
  return [...BAD_QUERY_STRINGS, junk, `limit=${'9'.repeat(400)}`]
    .filter((query) => !schema.safeParse(queryObject(query)).success)
    .map((query) => ({
      label: `query ${query.slice(0, 60)}`,
      url: `${url}?${query}`,
      mustReject: true,
    }));
}

/** Every malformed request sent to one route, in a reproducible order for the route's seed. */
export function inputsFor(key: string, route: FuzzRoute, w: FuzzWorld, rng: Rng) {
  const [method = 'GET', template = '/'] = key.split(' ');
  const params = route.params?.(w) ?? {};
  const url = fill(template, params);
  const problems: string[] = [];
  const inputs: FuzzInput[] = [];
  const limit = route.bodyLimitBytes ?? MiB;
  if (method !== 'GET') {
    for (const text of MALFORMED_JSON) {
      inputs.push({
        label: `malformed JSON ${JSON.stringify(text)}`,
        url,
        contentType: JSON_TYPE,
        payload: text,
        mustReject: true,
      });
    }
    const oversized = `{"pad":"${'x'.repeat(limit + 1024)}`;
    inputs.push({
      label: `malformed JSON over ${String(limit)} bytes`,
      url,
      contentType: JSON_TYPE,
      payload: oversized,
      mustReject: true,
    });
  }
  if (route.body) {
    const sample = route.body.sample(w);
    inputs.push(...bodyInputs(route.body, w, rng, url, problems));
    const padded = (bytes: number) => JSON.stringify({ ...sample, pad: 'x'.repeat(bytes) });
    inputs.push({
      label: 'body over 1 MiB',
      url,
      contentType: JSON_TYPE,
      payload: padded(MiB + 1024),
      mustReject: true,
    });
    if (limit > MiB) {
      inputs.push({
        label: 'body of 10 MiB',
        url,
        contentType: JSON_TYPE,
        payload: padded(10 * MiB),
        mustReject: true,
      });
    }
  }
  if (route.params) {
    const body = route.body;
    const payload = body ? JSON.stringify({ ...body.sample(w), ...body.poison?.(w) }) : undefined;
    inputs.push(...paramInputs(template, params, rng, payload));
  }
  if (route.query) inputs.push(...queryInputs(url, route.query, rng));
  if (method === 'GET' && !route.params && !route.query) {
    // These read-only routes declare no query schema, so unknown keys are ignored, not refused.
    for (const query of ['x=1', 'limit=-1', '__proto__=1', '%00=%00', `${'a'.repeat(5000)}=1`]) {
      inputs.push({
        label: `ignored query ${query.slice(0, 20)}`,
        url: `${url}?${query}`,
        mustReject: false,
      });
    }
  }
  return { method, inputs, problems };
}
