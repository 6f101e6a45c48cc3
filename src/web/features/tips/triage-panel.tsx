import { Button, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TIP_PRIORITIES, TipDetail } from '#shared/contracts/tips.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { PRIORITY_KEYS } from '#web/lib/labels.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { useAgencies, useTipUpdates } from './tips-api.js';

type Priority = TipDetail['priority'];

function isPriority(value: string): value is Priority {
  return (TIP_PRIORITIES as readonly string[]).includes(value);
}

export function TriagePanel({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const { categories } = useCodeLists();
  const agencies = useAgencies();
  const updates = useTipUpdates(tip.id);
  const [category, setCategory] = useState(tip.category ?? '');
  const [priority, setPriority] = useState<Priority>(tip.priority);
  const [agencyId, setAgencyId] = useState(tip.assignedAgencyId);
  const [note, setNote] = useState('');
  const triage = useMutation({
    mutationFn: () =>
      api.send(
        'POST',
        `/api/tips/${tip.id}/triage`,
        { category, priority, assignedAgencyId: agencyId, note, version: tip.version },
        TipDetail,
      ),
    onSuccess: async (saved) => {
      setNote('');
      await updates.onSaved(saved);
    },
    onError: updates.onFailed,
  });
  const agencyOptions = (agencies.data?.items ?? [])
    .filter((agency) => agency.isActive || agency.id === tip.assignedAgencyId)
    .map((agency) => ({ value: agency.id, label: agency.name }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    triage.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="triage-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="triage-title">
            {t('tips.triage.title')}
          </Title>
          <NativeSelect
            label={t('tips.triage.category')}
            required
            data={[{ value: '', label: t('tips.triage.choose') }, ...categories]}
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('tips.triage.priority')}
            required
            data={TIP_PRIORITIES.map((code) => ({ value: code, label: t(PRIORITY_KEYS[code]) }))}
            value={priority}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isPriority(value)) setPriority(value);
            }}
          />
          <NativeSelect
            label={t('tips.triage.agency')}
            required
            data={
              agencyOptions.length > 0
                ? agencyOptions
                : [{ value: agencyId, label: tip.assignedAgencyName }]
            }
            value={agencyId}
            onChange={(event) => setAgencyId(event.currentTarget.value)}
          />
          <Textarea
            label={t('tips.triage.note')}
            dir="auto"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <ErrorAlert error={triage.error} />
          <Button type="submit" loading={triage.isPending} disabled={category === ''}>
            {t('tips.triage.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
