import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing, ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { HEARING_KINDS, type HearingKind } from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { localDateTime, toInstant } from './form-values.js';
import { HearingOutcomeModal, HearingRescheduleModal } from './hearing-modals.js';
import { HEARING_KIND_KEYS, HEARING_OUTCOME_KEYS, isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

function ScheduleForm({ file }: { file: ProsecutionDetail }) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const [kind, setKind] = useState<HearingKind>('trial');
  const [at, setAt] = useState(() => localDateTime(24 * 7));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate({ method: 'POST', path: '/hearings', body: { kind, scheduledAt: toInstant(at) } });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('prosecutions.hearings.schedule')}>
      <Stack gap="xs">
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            label={t('prosecutions.hearings.kind')}
            data={HEARING_KINDS.map((code) => ({ value: code, label: t(HEARING_KIND_KEYS[code]) }))}
            value={kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(HEARING_KINDS, value)) setKind(value);
            }}
          />
          <TextInput
            type="datetime-local"
            label={t('prosecutions.hearings.scheduledAt')}
            required
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
          />
          <Button type="submit" loading={write.isPending} disabled={at === ''}>
            {t('prosecutions.hearings.schedule')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

function HearingRow({
  hearing,
  canChange,
  onAction,
}: {
  hearing: Hearing;
  canChange: boolean;
  onAction: (action: 'outcome' | 'reschedule') => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>{t(HEARING_KIND_KEYS[hearing.kind])}</Table.Td>
      <Table.Td className="nowrap">
        <time dateTime={hearing.scheduledAt}>{format.dateTime(hearing.scheduledAt)}</time>
      </Table.Td>
      <Table.Td>
        {hearing.outcome ? (
          <Badge variant="light" color={hearing.outcome === 'held' ? 'teal' : 'orange'}>
            {t(HEARING_OUTCOME_KEYS[hearing.outcome])}
          </Badge>
        ) : (
          <Badge variant="outline">{t('prosecutions.hearings.scheduled')}</Badge>
        )}
      </Table.Td>
      <Table.Td className="nowrap">
        {hearing.nextScheduledAt ? (
          <time dateTime={hearing.nextScheduledAt}>{format.dateTime(hearing.nextScheduledAt)}</time>
        ) : (
          '—'
        )}
      </Table.Td>
      {canChange && (
        <Table.Td>
          {hearing.outcome === null && (
            <Group gap={6} wrap="nowrap">
              <Button size="compact-sm" onClick={() => onAction('outcome')}>
                {t('prosecutions.hearings.recordOutcome')}
              </Button>
              <Button size="compact-sm" variant="light" onClick={() => onAction('reschedule')}>
                {t('prosecutions.hearings.reschedule')}
              </Button>
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Hearings in date order: schedule, record the outcome, adjourn to a next date. */
export function HearingsPanel({
  file,
  canChange,
}: {
  file: ProsecutionDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ hearing: Hearing; action: 'outcome' | 'reschedule' } | null>(
    null,
  );
  const hearings = [...file.hearings].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const close = () => setOpen(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="hearings-title">
      <Stack gap="sm">
        <Title order={3} id="hearings-title">
          {t('prosecutions.hearings.title')}
        </Title>
        {hearings.length === 0 ? (
          <Text c="dimmed">{t('prosecutions.hearings.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('prosecutions.hearings.kind')}</Table.Th>
                  <Table.Th>{t('prosecutions.hearings.scheduledAt')}</Table.Th>
                  <Table.Th>{t('prosecutions.hearings.outcome')}</Table.Th>
                  <Table.Th>{t('prosecutions.hearings.nextDate')}</Table.Th>
                  {canChange && <Table.Th>{t('prosecutions.actionsColumn')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hearings.map((hearing) => (
                  <HearingRow
                    key={hearing.id}
                    hearing={hearing}
                    canChange={canChange}
                    onAction={(action) => setOpen({ hearing, action })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canChange && <ScheduleForm file={file} />}
      </Stack>
      {open?.action === 'outcome' && (
        <HearingOutcomeModal prosecutionId={file.id} hearing={open.hearing} onClose={close} />
      )}
      {open?.action === 'reschedule' && (
        <HearingRescheduleModal prosecutionId={file.id} hearing={open.hearing} onClose={close} />
      )}
    </Paper>
  );
}
