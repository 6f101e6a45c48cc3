import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UserCreateInput } from '#shared/contracts/admin.js';
import { createUser, listAllAgencies } from '#server/features/admin/index.js';
import type { Db } from '#server/platform/db/schema.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

export async function createUserCommand(db: Db, args: string[], print: (line: string) => void) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      role: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (!values['password-stdin'])
    throw new Error('pass the password on standard input with --password-stdin');
  const input = UserCreateInput.parse({
    email: values.email,
    displayName: values.name,
    agencyId: values.agency,
    roles: values.role,
    password: await readStdin(),
  } satisfies Partial<Record<keyof z.infer<typeof UserCreateInput>, unknown>>);
  const user = await createUser(
    { db, actor: { kind: 'system' }, now: new Date(), requestId: 'cli' },
    input,
  );
  print(`Created user ${user.email} (${user.id}); MFA enrolment happens at first sign-in.`);
  return 0;
}

export async function listAgenciesCommand(db: Db, print: (line: string) => void) {
  for (const agency of await listAllAgencies(db)) {
    print(`${agency.id}  ${agency.country_code}  ${agency.kind.padEnd(26)} ${agency.name}`);
  }
  return 0;
}
