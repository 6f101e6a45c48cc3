import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '#shared/contracts/prosecutions.js';
import { HEARING_OUTCOMES, type HearingOutcome } from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { localDateTime, toInstant } from './form-values.js';
import { HEARING_OUTCOME_KEYS, isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

type Props = { prosecutionId: string; hearing: Hearing; onClose: () => void };

const hearingPath = (hearing: Hearing) => `/hearings/${encodeURIComponent(hearing.id)}`;

/** What happened at a hearing; an adjournment schedules the next hearing at once. */
export function HearingOutcomeModal({ prosecutionId, hearing, onClose }: Props) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const [outcome, setOutcome] = useState<HearingOutcome>('held');
  const [next, setNext] = useState(() => localDateTime(24 * 14, new Date(hearing.scheduledAt)));
  const isAdjourned = outcome === 'adjourned';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = isAdjourned
      ? { outcome, nextScheduledAt: toInstant(next), version: hearing.version }
      : { outcome, version: hearing.version };
    write.mutate({ method: 'PATCH', path: hearingPath(hearing), body }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.hearings.recordOutcome')}>
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.hearings.recordOutcome')}>
        <Stack gap="sm">
          <Radio.Group
            label={t('prosecutions.hearings.outcome')}
            required
            value={outcome}
            onChange={(value) => {
              if (isOneOf(HEARING_OUTCOMES, value)) setOutcome(value);
            }}
          >
            <Stack gap="xs" mt={4}>
              {HEARING_OUTCOMES.map((code) => (
                <Radio key={code} value={code} label={t(HEARING_OUTCOME_KEYS[code])} />
              ))}
            </Stack>
          </Radio.Group>
          {isAdjourned && (
            <TextInput
              type="datetime-local"
              label={t('prosecutions.hearings.nextDate')}
              required
              value={next}
              onChange={(event) => setNext(event.currentTarget.value)}
            />
          )}
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} disabled={isAdjourned && next === ''}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Moves a hearing that has not taken place yet to another date. */
export function HearingRescheduleModal({ prosecutionId, hearing, onClose }: Props) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const [at, setAt] = useState(() => localDateTime(0, new Date(hearing.scheduledAt)));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = { scheduledAt: toInstant(at), version: hearing.version };
    write.mutate({ method: 'PATCH', path: hearingPath(hearing), body }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.hearings.reschedule')}>
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.hearings.reschedule')}>
        <Stack gap="sm">
          <TextInput
            type="datetime-local"
            label={t('prosecutions.hearings.scheduledAt')}
            required
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
          />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} disabled={at === ''}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
