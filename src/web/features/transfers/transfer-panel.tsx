import { Alert, Button, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_REASONS } from '#shared/contracts/transfers.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { isolate } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { TRANSFER_REASON_KEYS, TRANSFER_ROLES, useTransferWrite } from './transfers-api.js';

type Reason = (typeof TRANSFER_REASONS)[number];

/** Request that another agency take the case over; it sees nothing before it accepts. */
export function TransferPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const agencies = useAgencies();
  const write = useTransferWrite();
  const [toAgencyId, setToAgencyId] = useState('');
  const [reason, setReason] = useState<Reason>('competence');
  const [note, setNote] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (!hasAnyRole(session, TRANSFER_ROLES)) return null;
  const others = (agencies.data?.items ?? []).filter(
    (agency) => agency.id !== session?.user.agencyId,
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      {
        path: `/api/cases/${encodeURIComponent(caseId)}/transfers`,
        body: { toAgencyId, reason, note },
      },
      {
        onSuccess: (transfer) => {
          setSentTo(transfer.toAgencyName);
          setToAgencyId('');
          setNote('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="transfer-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="transfer-title">
            {t('transfers.requestTitle')}
          </Title>
          <NativeSelect
            label={t('transfers.toAgency')}
            required
            value={toAgencyId}
            onChange={(event) => setToAgencyId(event.currentTarget.value)}
            data={[
              { value: '', label: t('common.choose') },
              ...others.map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
          />
          <NativeSelect
            label={t('transfers.reason')}
            value={reason}
            onChange={(event) => {
              const value = TRANSFER_REASONS.find((code) => code === event.currentTarget.value);
              if (value) setReason(value);
            }}
            data={TRANSFER_REASONS.map((code) => ({
              value: code,
              label: t(TRANSFER_REASON_KEYS[code]),
            }))}
          />
          <Textarea
            label={t('transfers.note')}
            description={t('transfers.noteHint')}
            dir="auto"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <ErrorAlert error={write.error} />
          {sentTo !== null && (
            <Alert color="teal" role="status">
              {t('transfers.requested', { agency: isolate(sentTo) })}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={write.isPending} disabled={toAgencyId === ''}>
              {t('transfers.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
