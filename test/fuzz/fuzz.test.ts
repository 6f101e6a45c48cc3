import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '#test/helpers/test-app.js';
import { fingerprint } from './fingerprint.js';
import { inputsFor, type FuzzInput } from './fuzz-cases.js';
import { createRng, seedFor } from './fuzz-inputs.js';
import { createFuzzWorld, FUZZ_ROUTES, type FuzzWorld } from './fuzz-routes.js';

/** Change to explore other inputs; a failing test name carries the seed that reproduces it. */
const SEED = 20_261_123;

/** The one error shape (STYLE.md §4), with nothing else in it. */
const StrictErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().min(1),
    messageKey: z.string().min(1),
    message: z.string().min(1),
    details: z.unknown().optional(),
    requestId: z.string().min(1),
  }),
});

function problemsOf(input: FuzzInput, res: LightMyRequestResponse): string[] {
  const where = `${input.label} → ${String(res.statusCode)}`;
  if (res.statusCode >= 500) return [`${where}: server error ${res.body.slice(0, 200)}`];
  if (input.mustReject && res.statusCode < 400) return [`${where}: accepted`];
  if (res.statusCode < 400) return [];
  if (!String(res.headers['content-type']).startsWith('application/json')) {
    return [`${where}: error answer is ${String(res.headers['content-type'])}`];
  }
  const body = StrictErrorBody.safeParse(res.json());
  if (!body.success) return [`${where}: not the error shape: ${res.body.slice(0, 200)}`];
  if (body.data.error.requestId !== res.headers['x-request-id']) return [`${where}: requestId`];
  return [];
}

describe('fuzzing every route with malformed input', () => {
  const t = useTestApp();
  let w: FuzzWorld;
  beforeAll(async () => {
    w = await createFuzzWorld(t);
  });

  it('has fuzz inputs for every route except the static web fallback', () => {
    const routes = t.routes
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => key !== 'GET /*');
    expect(Object.keys(FUZZ_ROUTES).sort()).toEqual(routes.sort());
  });

  for (const [key, route] of Object.entries(FUZZ_ROUTES)) {
    const seed = seedFor(SEED, key);
    it(`refuses malformed input to ${key} without a 5xx, in the error shape, changing nothing (seed ${String(seed)})`, async () => {
      const isPublic = t.routes.some(
        (candidate) =>
          `${candidate.method} ${candidate.url}` === key && candidate.action === 'public',
      );
      const { method, inputs, problems } = inputsFor(key, route, w, createRng(seed));
      const before = await fingerprint(t.db);
      for (const input of inputs) {
        const res = await t.app.inject({
          method: method as 'GET',
          url: input.url,
          headers: {
            ...(isPublic ? {} : w.headers),
            ...(input.contentType ? { 'content-type': input.contentType } : {}),
          },
          ...(input.payload === undefined ? {} : { payload: input.payload }),
        });
        problems.push(...problemsOf(input, res));
      }
      expect(problems).toEqual([]);
      expect(await fingerprint(t.db)).toEqual(before);
    });
  }
});
