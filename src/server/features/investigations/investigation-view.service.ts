import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  listLeads,
  listLocations,
  listOffences,
  listOrganisations,
  listTimelineEvents,
  listVictimLinks,
} from './investigation-content.repo.js';
import { findInvestigationFile, listPersons, listTeam } from './investigations.repo.js';
import type { InvestigationsContext } from './investigations.service.js';

/**
 * Opens a whole file for a team member: every part of it, sealed parts decrypted, and the read
 * recorded (who looked at an investigation file matters as much as who changed it).
 */
export async function viewInvestigation(
  ctx: InvestigationsContext,
  actor: Actor,
  investigationId: string,
) {
  return inTransaction(ctx.db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: 'investigation.read',
      subject: ['investigation', investigationId],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const file = await findInvestigationFile(trx, investigationId, actor.userId);
    return {
      file,
      summary: file.summary_sealed ? ctx.sealer.openText(file.summary_sealed) : '',
      offences: await listOffences(trx, investigationId),
      persons: await listPersons(trx, investigationId),
      organisations: await listOrganisations(trx, investigationId),
      events: await listTimelineEvents(trx, investigationId),
      locations: await listLocations(trx, investigationId),
      leads: await listLeads(trx, investigationId),
      victimLinks: await listVictimLinks(trx, investigationId),
      team: await listTeam(trx, investigationId),
    };
  });
}

export type InvestigationView = Awaited<ReturnType<typeof viewInvestigation>>;
