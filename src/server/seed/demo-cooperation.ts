import {
  CENTRAL,
  DAY,
  day,
  daysAgo,
  INVESTIGATOR,
  PROSECUTOR,
  type Created,
  type Seed,
} from './seed-client.js';

/** A complete MLA request (UNTOC art. 18(15)); synthetic facts and persons. */
function mlaRequest(foreignCountry: string, subject: string) {
  return {
    direction: 'outgoing',
    type: 'MLA',
    foreignCountry,
    legalBasis: 'UNTOC',
    language: 'ar',
    translationLanguages: ['fr'],
    measures: ['MLA_TAKE_EVIDENCE', 'MLA_DOCUMENTS_RECORDS'],
    requestingAuthority: 'Public Prosecution Office (demo)',
    requestedAuthority: 'Ministry of Justice, central authority (demo)',
    contents: {
      subjectMatter: subject,
      natureOfInvestigation: 'SYNTH: criminal investigation for trafficking in persons',
      summaryOfFacts: 'SYNTH: victims recruited with false job offers and moved across the border.',
      assistanceSought: 'SYNTH: hear one witness; obtain records of a mobile-money account.',
      purpose: 'SYNTH: evidence for the trial of the network',
      persons: [
        {
          names: { arabic: 'شاهد تجريبي', latin: 'SYNTH Witness Demo' },
          birthDate: '1990-01-01',
          nationality: foreignCountry,
          location: 'SYNTH: known address in the requested State',
          role: 'witness',
        },
      ],
      annexes: [{ title: 'SYNTH: copy of the investigation report', pages: 12, language: 'ar' }],
    },
  };
}

/** Moves the seed clock, then gives one lifecycle command as `email`. */
async function command(
  seed: Seed,
  email: string,
  request: Created,
  path: string,
  body: Record<string, unknown>,
  daysBeforeNow: number,
): Promise<Created> {
  seed.clock.at = daysAgo(seed, daysBeforeNow);
  return seed.client.call<Created>(
    email,
    'POST',
    `/api/cooperation/requests/${request.id}/${path}`,
    { ...body, version: request.version },
  );
}

async function createdAt(seed: Seed, email: string, body: Record<string, unknown>, ago: number) {
  seed.clock.at = daysAgo(seed, ago);
  return seed.client.call<Created>(email, 'POST', '/api/cooperation/requests', body);
}

/**
 * Requests at several stages: one sent 65 days ago without an answer (the escalation ladder acts
 * on it at start), one executed (for the execution-time figures), a draft, an incoming request.
 */
export async function demoCooperationRequests(seed: Seed): Promise<void> {
  let overdue = await createdAt(seed, PROSECUTOR, mlaRequest('TUN', 'SYNTH: coastal route'), 70);
  overdue = await command(seed, PROSECUTOR, overdue, 'check', {}, 70);
  await command(
    seed,
    CENTRAL,
    overdue,
    'send',
    { channel: 'CENTRAL_AUTHORITY', transmissionReference: 'SYNTH-TX-0001' },
    65,
  );

  let executed = await createdAt(seed, PROSECUTOR, mlaRequest('MAR', 'SYNTH: recruiters'), 150);
  executed = await command(seed, PROSECUTOR, executed, 'check', {}, 150);
  const sendBody = { channel: 'CENTRAL_AUTHORITY', transmissionReference: 'SYNTH-TX-0002' };
  executed = await command(seed, CENTRAL, executed, 'send', sendBody, 140);
  const acknowledgedOn = day(daysAgo(seed, 130));
  const ackBody = { foreignReference: 'SYNTH-MA-77', acknowledgedOn };
  executed = await command(seed, CENTRAL, executed, 'acknowledge', ackBody, 130);
  executed = await command(seed, CENTRAL, executed, 'start-execution', {}, 100);
  await command(seed, CENTRAL, executed, 'execute', {}, 40);

  await createdAt(
    seed,
    PROSECUTOR,
    { direction: 'outgoing', type: 'MLA', foreignCountry: 'EGY', legalBasis: 'UNTOC' },
    1,
  );
  await createdAt(
    seed,
    CENTRAL,
    {
      direction: 'incoming',
      type: 'LAW_ENFORCEMENT_COOPERATION',
      foreignCountry: 'NER',
      receivedAt: daysAgo(seed, 5).toISOString(),
      channel: 'INTERPOL',
      foreignReference: 'SYNTH-NE-2026-14',
      measures: ['LEC_PERSON_INQUIRY'],
      contents: { subjectMatter: 'SYNTH: whereabouts of a smuggling suspect' },
    },
    5,
  );
  seed.clock.at = seed.now;
}

/** An active joint investigation team with the neighbouring country and a workspace note. */
export async function demoJointTeam(seed: Seed, investigationId: string): Promise<void> {
  const { client } = seed;
  seed.clock.at = seed.now;
  const team = await client.call<Created>(PROSECUTOR, 'POST', '/api/jit', {
    name: 'SYNTH JIT Coastal route (demo)',
    scope: 'SYNTH: joint investigation of the coastal route network',
    parties: [
      { countryCode: 'LBY', authority: 'Public Prosecution Office (demo)' },
      { countryCode: 'TUN', authority: 'Neighbouring Public Prosecution (demo)' },
    ],
    startsOn: day(daysAgo(seed, 10)),
    endsOn: day(new Date(seed.now.getTime() + 170 * DAY)),
    investigationId,
  });
  await client.call(PROSECUTOR, 'POST', `/api/jit/${team.id}/activate`, {
    signedOn: day(daysAgo(seed, 10)),
    version: team.version,
  });
  await client.call(PROSECUTOR, 'POST', `/api/jit/${team.id}/members`, {
    kind: 'local',
    userId: await client.userId(INVESTIGATOR),
    role: 'member',
  });
  await client.call(PROSECUTOR, 'POST', `/api/jit/${team.id}/workspace`, {
    kind: 'note',
    body: 'SYNTH: first coordination call held; next exchange of phone records next week.',
  });
}
