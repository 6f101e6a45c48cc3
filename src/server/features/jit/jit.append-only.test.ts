import { describe, expect, it } from 'vitest';
import { allowResealingInTransaction } from '#server/platform/crypto/key-rotation.repo.js';
import { newId } from '#server/platform/db/ids.js';
import { anAgency, aUser } from '#test/factories/index.js';
import { aJitAgreement } from '#test/factories/prosecutions.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

describe('the shared workspace history', () => {
  it('is append-only, letting key rotation re-seal an entry and nothing else', async () => {
    const office = await anAgency(t.db, { kind: 'prosecution' });
    const prosecutor = await aUser(t.db, t.sealer, { agencyId: office.id, roles: ['prosecutor'] });
    const team = await aJitAgreement(t.db, t.sealer, {
      createdBy: prosecutor.id,
      members: [{ userId: prosecutor.id }],
    });
    const entryId = newId();
    await t.db
      .insertInto('jit_workspace_entry')
      .values({
        id: entryId,
        agreement_id: team.id,
        author_member_id: team.memberIds[0] ?? '',
        kind: 'note',
        body_sealed: t.sealer.seal('SYNTH: first entry'),
        created_at: new Date(),
      })
      .execute();
    const entry = () => t.db.updateTable('jit_workspace_entry').where('id', '=', entryId);
    await expect(entry().set({ kind: 'document_reference' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      t.db.deleteFrom('jit_workspace_entry').where('id', '=', entryId).execute(),
    ).rejects.toThrow(/append-only/);
    await t.db.transaction().execute(async (trx) => {
      await allowResealingInTransaction(trx);
      await trx
        .updateTable('jit_workspace_entry')
        .set({ body_sealed: t.sealer.seal('SYNTH: first entry') })
        .where('id', '=', entryId)
        .execute();
      await expect(
        trx
          .updateTable('jit_workspace_entry')
          .set({ kind: 'document_reference' })
          .where('id', '=', entryId)
          .execute(),
      ).rejects.toThrow(/append-only/);
    });
  });
});
