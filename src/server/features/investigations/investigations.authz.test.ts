import { beforeAll, describe, expect, it } from 'vitest';
import type { RoleRow, World } from '#test/authz/matrix-world.js';
import { createWorld } from '#test/authz/matrix-world.js';
import { investigationRows } from '#test/authz/investigations-rows.js';
import { sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();
let w: World;
beforeAll(async () => {
  w = await createWorld(t);
});

/** Every route on one file, called by a colleague of the same agency and role who is not on its team. */
const FILE_ROUTES = Object.entries(investigationRows).filter(
  (entry): entry is [string, RoleRow] => entry[1].kind === 'roles' && entry[0].includes('/:id'),
);

describe('need-to-know inside the lead agency', () => {
  for (const [key, row] of FILE_ROUTES) {
    it(`answers 404 to ${key} for a same-agency colleague who is not on the team`, async () => {
      const role = row.allow[0] ?? 'investigator';
      const member = await w.user('home', [role]);
      const colleague = await w.user('home', [role]);
      const call = await row.build(w, member);
      const res = await w.send(call, await sessionFor(t.db, colleague, t.clock.now()));
      expect(res.statusCode, res.body).toBe(404);
    });
  }
});
