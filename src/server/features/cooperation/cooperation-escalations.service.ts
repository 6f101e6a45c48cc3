import {
  ESCALATION_EVENT_OF,
  escalationLevelDue,
  ladderDays,
  type CooperationUrgency,
} from '#shared/domain/cooperation.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { findCoordinators, insertNotifications } from '#server/features/notifications/index.js';
import {
  findActiveUserIds,
  findCentralAuthorityOfficers,
  findRequestsToEscalate,
  markEscalationLevel,
} from './cooperation-escalations.repo.js';
import { findCountryLadder, insertCooperationEvent } from './cooperation.repo.js';

type Rung = 1 | 2 | 3;
type Candidate = Awaited<ReturnType<typeof findRequestsToEscalate>>[number];

const NOTIFICATION_OF = {
  1: 'cooperation_reminder',
  2: 'cooperation_escalated',
  3: 'cooperation_diplomatic',
} as const;

/**
 * Who each rung alerts: 1 the drafter; 2 the head of the central authority (no such role: every
 * central authority officer of the country) and the national coordinator; 3 all of them, for the
 * diplomatic follow-up.
 */
async function recipientsOf(trx: Db, rung: Rung, request: Candidate): Promise<string[]> {
  const drafter = await findActiveUserIds(trx, [request.created_by_user_id]);
  if (rung === 1) return drafter;
  const central = [
    ...(await findCentralAuthorityOfficers(trx, request.country_code)),
    ...(await findCoordinators(trx, request.country_code)),
  ];
  return [...new Set(rung === 2 ? central : [...drafter, ...central])];
}

async function fireRung(trx: Db, rung: Rung, request: Candidate, now: Date) {
  const type = ESCALATION_EVENT_OF[rung];
  const data = {
    level: rung,
    reference: request.reference,
    type: request.type,
    foreignCountry: request.foreign_country,
    ...(request.due_on ? { dueOn: request.due_on } : {}),
  };
  const userIds = await recipientsOf(trx, rung, request);
  await insertCooperationEvent(trx, {
    id: newId(),
    requestId: request.id,
    type,
    fromStatus: null,
    toStatus: null,
    data,
    noteSealed: null,
    actor: null,
    now,
  });
  await insertNotifications(trx, {
    userIds,
    kind: NOTIFICATION_OF[rung],
    subject: ['coop_request', request.id],
    data,
    now,
  });
  await writeAudit(trx, {
    actor: { kind: 'system' },
    action: `cooperation.${type}`,
    subject: ['coop_request', request.id],
    details: { level: rung, notified: userIds.length },
    now,
  });
}

/**
 * The escalation ladder, run by the job queue: for each outgoing request still waiting on the
 * other State, every rung now due and not yet fired fires once (event, notifications and audit
 * row in this one transaction), and the request remembers the highest rung reached.
 */
export async function sweepCooperationEscalations(
  db: Db,
  now: Date,
): Promise<{ reminded: number; escalated: number; diplomatic: number }> {
  return inTransaction(db, async (trx) => {
    const fired = { 1: 0, 2: 0, 3: 0 };
    const ladders = new Map<string, Awaited<ReturnType<typeof findCountryLadder>>>();
    for (const request of await findRequestsToEscalate(trx, now)) {
      if (!request.sent_at) continue;
      const settings =
        ladders.get(request.country_code) ?? (await findCountryLadder(trx, request.country_code));
      ladders.set(request.country_code, settings);
      const days = ladderDays(settings, request.urgency as CooperationUrgency);
      const due = escalationLevelDue(request.sent_at, now, days);
      for (let rung = request.escalation_level + 1; rung <= due; rung += 1) {
        await fireRung(trx, rung as Rung, request, now);
        fired[rung as Rung] += 1;
      }
      if (due > request.escalation_level) await markEscalationLevel(trx, request.id, due, now);
    }
    return { reminded: fired[1], escalated: fired[2], diplomatic: fired[3] };
  });
}
