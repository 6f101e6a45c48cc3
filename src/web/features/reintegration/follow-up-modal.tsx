import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_OUTCOMES } from '#shared/domain/reintegration.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { OUTCOME_KEYS, usePlanWrite } from './reintegration-api.js';

type Outcome = (typeof FOLLOW_UP_OUTCOMES)[number];

function isOutcome(value: string): value is Outcome {
  return (FOLLOW_UP_OUTCOMES as readonly string[]).includes(value);
}

export function FollowUpModal({
  caseId,
  followUpId,
  title,
  onClose,
}: {
  caseId: string;
  followUpId: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [outcome, setOutcome] = useState<Outcome>('on_track');
  const [notes, setNotes] = useState('');
  const record = usePlanWrite(caseId, 'POST', `/follow-ups/${encodeURIComponent(followUpId)}`);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    record.mutate({ heldOn, outcome, notes }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('reintegration.heldOn')}
            required
            value={heldOn}
            onChange={(event) => setHeldOn(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('reintegration.outcome')}
            required
            value={outcome}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOutcome(value)) setOutcome(value);
            }}
            data={FOLLOW_UP_OUTCOMES.map((code) => ({ value: code, label: t(OUTCOME_KEYS[code]) }))}
          />
          <Textarea
            label={t('reintegration.notes')}
            dir="auto"
            autosize
            minRows={2}
            maxLength={5000}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          <ErrorAlert error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={heldOn === ''}>
              {t('reintegration.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
