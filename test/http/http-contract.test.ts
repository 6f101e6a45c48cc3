import { describe, expect, it } from 'vitest';
import { useTestApp } from '#test/helpers/test-app.js';

/** Routes that serve files rather than API operations, hidden from the contract on purpose. */
const HIDDEN = new Set(['GET /*', 'GET /api/openapi.json']);

describe('GET /api/openapi.json', () => {
  const t = useTestApp();

  it('documents every registered API route with its method', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(spec.openapi).toMatch(/^3\./);
    const missing = t.routes
      .filter((route) => !HIDDEN.has(`${route.method} ${route.url}`))
      .filter((route) => {
        const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
        return !spec.paths[path]?.[route.method.toLowerCase()];
      })
      .map((route) => `${route.method} ${route.url}`);
    expect(missing).toEqual([]);
    expect(t.routes.length).toBeGreaterThan(20);
  });

  it('answers /healthz with 200 and status ok', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown API path with the translated error shape', async () => {
    const res = await t.app.inject({
      url: '/api/nothing-here',
      headers: { 'accept-language': 'fr' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      error: { code: 'route.not_found', message: "Cette adresse n'existe pas." },
    });
  });
});

describe('validation errors', () => {
  const t = useTestApp();

  it('explain each invalid field in the language of the request', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      headers: { 'accept-language': 'fr' },
      payload: { whatWasSeen: 'court' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      error: { details: { fields: { path: string; message: string }[] } };
    }>();
    expect(body.error.details.fields.map((field) => field.path)).toEqual(['body.whatWasSeen']);
    expect(body.error.details.fields[0]?.message).toMatch(/petit/i);
  });
});
