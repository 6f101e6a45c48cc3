import { randomUUID } from 'node:crypto';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import type { Db } from '#server/platform/db/schema.js';
import { buildApp } from '../app.js';
import { demoCooperationRequests, demoJointTeam } from './demo-cooperation.js';
import {
  DAY,
  day,
  daysAgo,
  INVESTIGATOR,
  PROSECUTOR,
  SeedClient,
  type Created,
  type Seed,
} from './seed-client.js';

/** One investigation with its team, offences, a suspect and a timeline. */
async function demoInvestigation(seed: Seed): Promise<string> {
  const { client } = seed;
  const file = await client.call<Created>(INVESTIGATOR, 'POST', '/api/investigations', {
    title: 'SYNTH Coastal route network (demo)',
    summary: 'SYNTH: recruitment through fake job offers, transport along the coast, debts.',
  });
  const base = `/api/investigations/${file.id}`;
  await client.call(INVESTIGATOR, 'POST', `${base}/members`, {
    userId: await client.userId(PROSECUTOR),
    teamRole: 'member',
  });
  for (const [code, lawArticle] of [
    ['trafficking_in_persons', 'Demo Law 6/2022 art. 3'],
    ['smuggling_of_migrants', 'Demo Law 19/2010 art. 4'],
  ] as const) {
    await client.call(INVESTIGATOR, 'POST', `${base}/offences`, { code, lawArticle });
  }
  await client.call(INVESTIGATOR, 'POST', `${base}/persons`, {
    role: 'suspect',
    identity: {
      names: [
        { script: 'arab', value: 'خالد التجريبي' },
        { script: 'latn', value: 'Khaled Attajribi' },
      ],
      aliases: [{ script: 'latn', value: 'Abu Synth' }],
      birthYear: 1984,
      sex: 'M',
      nationality: 'LBY',
      phones: ['+000 91 000 0000'],
    },
  });
  const events = [
    [120, 'recruitment', 'SYNTH: job offers for cleaning work abroad posted online'],
    [95, 'transport', 'SYNTH: group moved by minibus to a coastal warehouse'],
    [60, 'payment', 'SYNTH: transfers through a mobile-money account'],
  ] as const;
  for (const [ago, kind, description] of events) {
    await client.call(INVESTIGATOR, 'POST', `${base}/events`, {
      occurredOn: day(daysAgo(seed, ago)),
      kind,
      countryCode: 'LBY',
      description,
    });
  }
  return file.id;
}

/** A completed operation: two persons rescued (two possible-victim cases), one arrest, a seizure. */
async function demoOperation(seed: Seed, investigationId: string): Promise<void> {
  const { client } = seed;
  const created = await client.call<Created>(INVESTIGATOR, 'POST', '/api/operations', {
    name: 'SYNTH Operation Dawn (demo)',
    objective: 'SYNTH: search of the coastal warehouse',
    investigationId,
    plannedStart: daysAgo(seed, 3).toISOString(),
    plannedEnd: daysAgo(seed, 2).toISOString(),
  });
  const base = `/api/operations/${created.id}`;
  const started = await client.call<Created>(INVESTIGATOR, 'POST', `${base}/start`, {
    version: created.version,
  });
  await client.call(INVESTIGATOR, 'POST', `${base}/rescues`, {
    batchId: randomUUID(),
    identifyingOfficerUserId: await client.userId(INVESTIGATOR),
    persons: [
      { sex: 'F', birthYear: 1999, citizenship: 'NGA', languages: ['en'] },
      { sex: 'F', birthYear: 2008, citizenship: 'NER', languages: ['fr', 'ha'] },
    ],
  });
  await client.call(INVESTIGATOR, 'POST', `${base}/arrests`, {
    batchId: randomUUID(),
    persons: [
      {
        identity: { names: [{ script: 'latn', value: 'SYNTH Driver Demo' }], sex: 'M' },
        arrestedAt: daysAgo(seed, 2).toISOString(),
      },
    ],
  });
  await client.call(INVESTIGATOR, 'POST', `${base}/seizures`, {
    batchId: randomUUID(),
    kind: 'vehicle',
    quantity: '1',
    unit: 'minibus',
    description: 'SYNTH: white minibus',
  });
  await client.call(INVESTIGATOR, 'POST', `${base}/complete`, { version: started.version });
}

/** The prosecution that follows the investigation: one defendant, one charge, a hearing. */
async function demoProsecution(seed: Seed, investigationId: string): Promise<void> {
  const { client } = seed;
  const file = await client.call<Created>(PROSECUTOR, 'POST', '/api/prosecutions', {
    title: 'SYNTH Coastal route network (demo)',
    courtName: 'Demo Criminal Court, Tripoli',
    investigationId,
  });
  const base = `/api/prosecutions/${file.id}`;
  const withDefendant = await client.call<{ defendants: { id: string }[] }>(
    PROSECUTOR,
    'POST',
    `${base}/defendants`,
    { identity: { nameLatin: 'SYNTH Defendant Demo', birthYear: 1980, sex: 'M' } },
  );
  const defendantId = withDefendant.defendants[0]?.id;
  if (!defendantId) throw new Error('demo seed: the defendant was not recorded');
  await client.call(PROSECUTOR, 'POST', `${base}/defendants/${defendantId}/charges`, {
    offenceCode: 'trafficking_in_persons',
    lawArticle: 'Demo Law 6/2022 art. 3',
  });
  await client.call(PROSECUTOR, 'POST', `${base}/hearings`, {
    kind: 'preliminary',
    scheduledAt: new Date(seed.now.getTime() + 14 * DAY).toISOString(),
  });
}

/**
 * Synthetic criminal-justice demo data: an investigation, an operation, a prosecution,
 * cooperation requests at several stages (one overdue, so the escalation ladder has work) and a
 * joint investigation team. Loaded once, right after the demo organisation.
 */
export async function seedDemoJustice(db: Db, sealer: Sealer, now: Date): Promise<void> {
  const clock = { at: now };
  const { app } = await buildApp({
    db,
    sealer,
    nodeCountry: 'LBY',
    now: () => clock.at,
    logLevel: 'silent',
  });
  const client = new SeedClient(app, db, clock);
  try {
    const seed = { client, clock, now };
    const investigationId = await demoInvestigation(seed);
    await demoOperation(seed, investigationId);
    await demoProsecution(seed, investigationId);
    await demoCooperationRequests(seed);
    await demoJointTeam(seed, investigationId);
  } finally {
    clock.at = now;
    await client.close();
    await app.close();
  }
}
