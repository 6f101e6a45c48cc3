import { sql, type Insertable, type Updateable } from 'kysely';
import type { OperationStatus } from '#shared/domain/operation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Db } from '#server/platform/db/schema.js';
import type {
  OperationParticipantTable,
  OperationTable,
} from '#server/platform/db/schema-investigations.js';

/** Scope columns and whether the actor's agency takes part: nothing of the content. */
export async function findOperationScope(db: Db, operationId: string, agencyId: string) {
  return db
    .selectFrom('operation')
    .select([
      'id',
      'reference',
      'country_code',
      'lead_agency_id',
      'investigation_id',
      'status',
      'version',
      sql<boolean>`EXISTS (SELECT 1 FROM operation_participant p WHERE p.operation_id = operation.id AND p.agency_id = ${agencyId})`.as(
        'is_participant',
      ),
    ])
    .$narrowType<{ status: OperationStatus }>()
    .where('id', '=', operationId)
    .executeTakeFirst();
}

export async function insertOperation(db: Db, row: Insertable<OperationTable>) {
  await db.insertInto('operation').values(row).execute();
}

/** Optimistic status change from the status the transition was computed from. */
export async function updateOperation(
  db: Db,
  target: { id: string; version: number; fromStatus: OperationStatus },
  changes: Updateable<OperationTable>,
) {
  return db
    .updateTable('operation')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

/** Locks the operation row for the transaction, so no status change races an outcome. */
export async function lockOperationStatus(db: Db, operationId: string) {
  const row = await db
    .selectFrom('operation')
    .select('status')
    .$narrowType<{ status: OperationStatus }>()
    .where('id', '=', operationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.status;
}

export async function findOperationVersion(db: Db, operationId: string): Promise<number> {
  const row = await db
    .selectFrom('operation')
    .select('version')
    .where('id', '=', operationId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function insertOperationStatusChange(
  db: Db,
  change: {
    id: string;
    operationId: string;
    actorUserId: string;
    from: OperationStatus;
    to: OperationStatus;
    now: Date;
  },
) {
  await db
    .insertInto('operation_status_change')
    .values({
      id: change.id,
      operation_id: change.operationId,
      occurred_at: change.now,
      actor_user_id: change.actorUserId,
      from_status: change.from,
      to_status: change.to,
    })
    .execute();
}

const SUMMARY_COLUMNS = [
  'operation.id',
  'operation.reference',
  'operation.name',
  'operation.status',
  'operation.lead_agency_id',
  'agency.name as lead_agency_name',
  'operation.investigation_id',
  'operation.planned_start',
  'operation.planned_end',
  'operation.started_at',
  'operation.ended_at',
  'operation.version',
] as const;

function operationQuery(db: Db) {
  return db.selectFrom('operation').innerJoin('agency', 'agency.id', 'operation.lead_agency_id');
}

/**
 * Operations led by or joined by the actor's agency (every operation of the country for the
 * coordinator). Jurisdiction is part of the SQL, never a post-filter.
 */
export async function listVisibleOperations(
  db: Db,
  actor: Actor,
  filter: { status?: OperationStatus | undefined; limit: number; offset: number },
) {
  let query = operationQuery(db).where('operation.country_code', '=', actor.countryCode);
  if (!actor.roles.includes('national_coordinator')) {
    query = query.where((eb) =>
      eb.or([
        eb('operation.lead_agency_id', '=', actor.agencyId),
        eb.exists(
          eb
            .selectFrom('operation_participant')
            .select('operation_participant.id')
            .whereRef('operation_participant.operation_id', '=', 'operation.id')
            .where('operation_participant.agency_id', '=', actor.agencyId),
        ),
      ]),
    );
  }
  if (filter.status) query = query.where('operation.status', '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .orderBy('operation.planned_start', 'desc')
      .orderBy('operation.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findOperation(db: Db, operationId: string) {
  return operationQuery(db)
    .select([...SUMMARY_COLUMNS, 'operation.objective_sealed', 'operation.cancel_reason'])
    .where('operation.id', '=', operationId)
    .executeTakeFirstOrThrow();
}

/** Returns false when the agency already takes part. */
export async function insertParticipant(db: Db, row: Insertable<OperationParticipantTable>) {
  const rows = await db
    .insertInto('operation_participant')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['operation_id', 'agency_id'])
        .where('agency_id', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function listParticipants(db: Db, operationId: string) {
  return db
    .selectFrom('operation_participant')
    .leftJoin('agency', 'agency.id', 'operation_participant.agency_id')
    .select([
      'operation_participant.id',
      'operation_participant.agency_id',
      'agency.name as agency_name',
      'operation_participant.country_code',
      'operation_participant.authority_name',
      'operation_participant.role',
      'operation_participant.added_at',
    ])
    .where('operation_participant.operation_id', '=', operationId)
    .orderBy('operation_participant.added_at')
    .orderBy('operation_participant.id')
    .execute();
}

export async function findActiveAgencyOfCountry(db: Db, agencyId: string, countryCode: string) {
  return db
    .selectFrom('agency')
    .select('id')
    .where('id', '=', agencyId)
    .where('country_code', '=', countryCode)
    .where('is_active', '=', true)
    .executeTakeFirst();
}
