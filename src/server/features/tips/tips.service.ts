import type { Insertable } from 'kysely';
import type { HotlineTipInput, PublicTipInput } from '#shared/contracts/tips.js';
import { firstActionDueAt, initialPriority, pickRoutingRule } from '#shared/domain/tip-triage.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import {
  formatReference,
  nextReferenceNumber,
} from '#server/platform/db/reference-counter.repo.js';
import type { Db, TipTable } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { InvalidInputError } from '#server/platform/errors.js';
import { checkAttachment, type CheckedAttachment } from './attachments.js';
import {
  findAttachment,
  findTip,
  insertAttachment,
  insertTip,
  insertTipEvent,
  isRegionOf,
  listAttachmentMeta,
  listRoutingRules,
  listTipEvents,
} from './tips.repo.js';

export type TipsContext = {
  db: Db;
  sealer: Sealer;
  now: Date;
  requestId: string;
  nodeCountry: string;
};

type NewTip = (PublicTipInput & { channel: 'web_form' }) | HotlineTipInput;

async function checkRegion(trx: Db, countryCode: string, regionCode: string | null): Promise<void> {
  if (regionCode !== null && !(await isRegionOf(trx, countryCode, regionCode))) {
    throw new InvalidInputError('tip.unknown_region', 'errors.validation', [
      { path: 'body.regionCode', message: 'unknown region' },
    ]);
  }
}

async function storeAttachments(
  trx: Db,
  ctx: TipsContext,
  tipId: string,
  attachments: readonly CheckedAttachment[],
): Promise<void> {
  for (const attachment of attachments) {
    await insertAttachment(trx, {
      id: newId(),
      tip_id: tipId,
      filename_sealed: ctx.sealer.seal(attachment.filename),
      content_type: attachment.contentType,
      size_bytes: attachment.content.length,
      sha256: attachment.sha256,
      content_sealed: ctx.sealer.seal(attachment.content),
      created_at: ctx.now,
    });
  }
}

/** The tip row: free text sealed, deadline from priority, agency from the routing rule. */
function tipRow(
  ctx: TipsContext,
  input: NewTip,
  facts: {
    id: string;
    reference: string;
    countryCode: string;
    actor: Actor | null;
    agencyId: string;
  },
): Insertable<TipTable> {
  const priority = initialPriority(input);
  const seal = (text: string) => ctx.sealer.seal(text);
  return {
    id: facts.id,
    reference: facts.reference,
    country_code: facts.countryCode,
    channel: input.channel,
    received_at: ctx.now,
    received_by_user_id: facts.actor?.userId ?? null,
    region_code: input.regionCode,
    location_text_sealed: seal(input.locationText),
    what_was_seen_sealed: seal(input.whatWasSeen),
    people_involved_sealed: seal(input.peopleInvolved),
    reporter_contact_sealed: input.reporterContact
      ? seal(JSON.stringify(input.reporterContact))
      : null,
    reporter_language: input.reporterLanguage,
    category: input.category,
    child_involved: input.childInvolved,
    imminent_danger: input.imminentDanger,
    priority,
    status: 'new',
    assigned_agency_id: facts.agencyId,
    due_at: firstActionDueAt(ctx.now, priority),
    updated_at: ctx.now,
  };
}

/** Records a tip from the public form (actor null) or the hotline, routed and with its SLA. */
export async function recordTip(ctx: TipsContext, actor: Actor | null, input: NewTip) {
  const countryCode = actor?.countryCode ?? ctx.nodeCountry;
  const attachments = input.attachments.map(checkAttachment);
  return inTransaction(ctx.db, async (trx) => {
    await checkRegion(trx, countryCode, input.regionCode);
    const rule = pickRoutingRule(await listRoutingRules(trx, countryCode), input);
    // A node without a default routing rule is misconfigured; the tip must not be lost silently.
    if (!rule) throw new Error(`No tip routing rule for ${countryCode}: configure a default rule`);
    const year = ctx.now.getUTCFullYear();
    const n = await nextReferenceNumber(trx, `TIP-${countryCode}-${year}`);
    const id = newId();
    const reference = formatReference('TIP', countryCode, year, n);
    const row = tipRow(ctx, input, {
      id,
      reference,
      countryCode,
      actor,
      agencyId: rule.targetAgencyId,
    });
    await insertTip(trx, row);
    await storeAttachments(trx, ctx, id, attachments);
    const data = { channel: input.channel, priority: row.priority, agencyId: rule.targetAgencyId };
    await insertTipEvent(trx, {
      id: newId(),
      tipId: id,
      type: 'received',
      actorUserId: actor?.userId ?? null,
      data,
      noteSealed: null,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor: actor ?? { kind: 'anonymous' },
      action: 'tip.receive',
      subject: ['tip', id],
      details: { ...data, attachmentCount: attachments.length },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id, reference, receivedAt: ctx.now };
  });
}

/** Opens a tip for reading: decrypts its content and records who looked. */
export async function viewTip(ctx: TipsContext, actor: Actor, tipId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: 'tip.read',
      subject: ['tip', tipId],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const [tip, events, attachments] = [
      await findTip(trx, tipId),
      await listTipEvents(trx, tipId),
      await listAttachmentMeta(trx, tipId),
    ];
    const open = (sealed: Buffer) => ctx.sealer.openText(sealed);
    return {
      tip,
      content: {
        locationText: open(tip.location_text_sealed),
        whatWasSeen: open(tip.what_was_seen_sealed),
        peopleInvolved: open(tip.people_involved_sealed),
        reporterContact: tip.reporter_contact_sealed
          ? (JSON.parse(open(tip.reporter_contact_sealed)) as Record<string, string>)
          : null,
      },
      events: events.map((event) => ({
        at: event.occurred_at,
        type: event.type,
        actorName: event.display_name,
        note: event.note_sealed ? open(event.note_sealed) : null,
      })),
      attachments: attachments.map((attachment) => ({
        id: attachment.id,
        filename: open(attachment.filename_sealed),
        contentType: attachment.content_type,
        sizeBytes: attachment.size_bytes,
      })),
    };
  });
}

export async function readAttachment(
  ctx: TipsContext,
  actor: Actor,
  tipId: string,
  attachmentId: string,
) {
  return inTransaction(ctx.db, async (trx) => {
    const row = await findAttachment(trx, tipId, attachmentId);
    if (!row) return undefined;
    await writeAudit(trx, {
      actor,
      action: 'tip.attachment.read',
      subject: ['tip', tipId],
      details: { attachmentId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return {
      filename: ctx.sealer.openText(row.filename_sealed),
      contentType: row.content_type,
      content: ctx.sealer.open(row.content_sealed),
    };
  });
}
