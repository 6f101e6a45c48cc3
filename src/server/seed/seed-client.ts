import type { FastifyInstance } from 'fastify';
import { hashToken, newSecretToken } from '#server/platform/auth/secrets.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { CSRF_HEADER, SESSION_COOKIE } from '#server/platform/http/identity-hook.js';
import { endSeedSessions, findUserIdsByEmail, insertSeedSession } from './seed.repo.js';

type Json = Record<string, unknown>;

export const DAY = 86_400_000;
export const INVESTIGATOR = 'investigator@demo.tansiq.test';
export const PROSECUTOR = 'prosecutor@demo.tansiq.test';
export const CENTRAL = 'central@demo.tansiq.test';

/** What the API answers when it creates or changes a record. */
export type Created = { id: string; version: number };
export type Seed = { client: SeedClient; clock: { at: Date }; now: Date };

export const day = (date: Date) => date.toISOString().slice(0, 10);
export const daysAgo = (seed: Seed, days: number) => new Date(seed.now.getTime() - days * DAY);

/**
 * Demo records are made through the API, signed in as the demo staff, so they pass the same
 * validation, rules, audit and sealing as a user's; the sessions end when the seed ends.
 */
export class SeedClient {
  readonly #sessions: string[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly db: Db,
    private readonly clock: { at: Date },
  ) {}

  async userId(email: string): Promise<string> {
    const id = (await findUserIdsByEmail(this.db, [email])).get(email);
    if (!id) throw new Error(`demo seed: no user ${email}`);
    return id;
  }

  /** Calls the API as `email` at the seed clock's time; any refusal stops the seed. */
  async call<T = Json>(email: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: Json) {
    const token = newSecretToken();
    const csrf = newSecretToken();
    const id = newId();
    await insertSeedSession(this.db, {
      id,
      userId: await this.userId(email),
      tokenHash: hashToken(token),
      csrf,
      at: this.clock.at,
    });
    this.#sessions.push(id);
    const response = await this.app.inject({
      method,
      url,
      headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf },
      ...(body ? { payload: body } : {}),
    });
    if (response.statusCode >= 300) {
      // Synthetic data only: the answer names the field the seed got wrong.
      throw new Error(
        `demo seed: ${method} ${url} answered ${String(response.statusCode)} ${response.body}`,
      );
    }
    return response.json<T>();
  }

  async close(): Promise<void> {
    await endSeedSessions(this.db, this.#sessions, this.clock.at);
  }
}
