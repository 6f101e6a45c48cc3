import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { A_TIP, anAgency, aRoutingRule, aUser, SYNTH_PASSWORD } from '#test/factories/index.js';
import { signIn } from '#test/helpers/auth-flow.js';
import { useTestApp } from '#test/helpers/test-app.js';

const VICTIM_NAME = 'Zaynab Synthname';
const REPORTER_PHONE = '+218 91 555 0142';
const lines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

/** True when `secret` appears in the text as a token of its own, not inside a longer word or number. */
function containsToken(text: string, secret: string): boolean {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z._-])${escaped}(?![0-9A-Za-z_-])`).test(text);
}

describe('logs carry ids, never personal data or credentials', () => {
  const t = useTestApp({ logStream, logLevel: 'trace' });
  const secrets: Record<string, string> = {};
  const requestIds: string[] = [];

  beforeAll(async () => {
    const hotline = await anAgency(t.db);
    await aRoutingRule(t.db, { agencyId: hotline.id });
    const user = await aUser(t.db, t.sealer, { agencyId: hotline.id, roles: ['hotline_operator'] });
    const session = await signIn(t.app, user, SYNTH_PASSWORD);
    Object.assign(secrets, {
      password: SYNTH_PASSWORD,
      sessionToken: session.token,
      csrfToken: session.csrfToken,
      totpCode: session.code,
      victimName: VICTIM_NAME,
      phone: REPORTER_PHONE,
    });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: session.headers,
      payload: { name: 'SYNTH log client', scopes: ['tip.list'], expiresInDays: 1 },
    });
    const { id: tokenId, token } = created.json<{ id: string; token: string }>();
    secrets.apiToken = token;
    secrets.apiTokenSecret = token.slice(`tsq_${tokenId}_`.length);

    const tip = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      payload: {
        ...A_TIP,
        whatWasSeen: `SYNTH: ${VICTIM_NAME} is kept in a locked room near the port`,
        peopleInvolved: `${VICTIM_NAME} and two men with a van`,
        reporterContact: { name: 'SYNTH Reporter', phone: REPORTER_PHONE },
      },
    });
    const list = await t.app.inject({
      url: '/api/tips',
      headers: { authorization: `Bearer ${token}` },
    });
    const tipId = list.json<{ items: { id: string }[] }>().items[0]?.id;
    const read = await t.app.inject({
      url: `/api/tips/${String(tipId)}`,
      headers: session.headers,
    });
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      payload: { ...A_TIP, whatWasSeen: VICTIM_NAME.slice(0, 6), [VICTIM_NAME]: REPORTER_PHONE },
    });
    const missing = await t.app.inject({ url: '/api/no-such-route' });
    const responses = { created, tip, list, read, invalid, missing };
    expect(Object.values(responses).map((res) => res.statusCode)).toEqual([
      201, 201, 200, 200, 400, 404,
    ]);
    // The validation error really echoes the input: the log must still not.
    expect(invalid.body).toContain(VICTIM_NAME);
    expect(read.body).toContain(VICTIM_NAME);
    requestIds.push(...Object.values(responses).map((res) => String(res.headers['x-request-id'])));
  });

  it('writes log lines with the request ids of the requests made', () => {
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const requestId of requestIds) expect(text).toContain(requestId);
  });

  it.each([
    'password',
    'sessionToken',
    'csrfToken',
    'totpCode',
    'apiToken',
    'apiTokenSecret',
    'victimName',
    'phone',
  ])('never writes the %s to the log', (name) => {
    const secret = secrets[name];
    expect(secret).toBeTruthy();
    const leaks = lines.filter((line) => containsToken(line, secret!));
    expect(leaks).toEqual([]);
  });

  it('never writes the victim name in any spelling or the phone digits', () => {
    const text = lines.join('\n').toLowerCase();
    expect(text).not.toContain('synthname');
    expect(text).not.toContain('5550142');
  });
});
