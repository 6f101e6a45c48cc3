import { Button, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TIP_CLOSE_REASONS, TipDetail } from '#shared/contracts/tips.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { CLOSE_REASON_KEYS } from '#web/lib/labels.js';
import { useTipUpdates } from './tips-api.js';

type CloseReason = (typeof TIP_CLOSE_REASONS)[number];

function isCloseReason(value: string): value is CloseReason {
  return (TIP_CLOSE_REASONS as readonly string[]).includes(value);
}

export function ClosePanel({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const updates = useTipUpdates(tip.id);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  const close = useMutation({
    mutationFn: () =>
      api.send(
        'POST',
        `/api/tips/${tip.id}/close`,
        { reason, note, version: tip.version },
        TipDetail,
      ),
    onSuccess: updates.onSaved,
    onError: updates.onFailed,
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    close.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="close-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="close-title">
            {t('tips.close.title')}
          </Title>
          <NativeSelect
            label={t('tips.close.reason')}
            required
            data={[
              { value: '', label: t('tips.triage.choose') },
              ...TIP_CLOSE_REASONS.map((code) => ({
                value: code,
                label: t(CLOSE_REASON_KEYS[code]),
              })),
            ]}
            value={reason}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setReason(isCloseReason(value) ? value : '');
            }}
          />
          <Textarea
            label={t('tips.close.note')}
            dir="auto"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <ErrorAlert error={close.error} />
          <Button type="submit" color="gray" loading={close.isPending} disabled={reason === ''}>
            {t('tips.close.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
