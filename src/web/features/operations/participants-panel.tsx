import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationDetail, Participant } from '#shared/contracts/operations.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { PARTICIPANT_ROLE_KEYS } from './operation-labels.js';
import { emptyParticipant, isParticipantComplete, toParticipantBody } from './operation-form.js';
import { useOperationAdd } from './operations-api.js';
import { ParticipantRow } from './participant-fields.js';

function ParticipantItem({ participant }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const country = labelOf(COUNTRIES, participant.countryCode, currentLocale(i18n));
  return (
    <List.Item>
      <Text size="sm">
        <bdi>{participant.agencyName ?? participant.authorityName ?? ''}</bdi>
        {participant.agencyId === null && (
          <Text span c="dimmed" size="sm">
            {' · '}
            {country}
          </Text>
        )}
        <Text span c="dimmed" size="sm">
          {' · '}
          {t(PARTICIPANT_ROLE_KEYS[participant.role])}
        </Text>
      </Text>
    </List.Item>
  );
}

function AddParticipant({ operation, onDone }: { operation: OperationDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => emptyParticipant(1));
  const add = useOperationAdd(operation.id, 'participants');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    add.mutate(toParticipantBody(draft), { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('operations.participants.add')}>
      <Stack gap="xs">
        <ParticipantRow
          draft={draft}
          number={1}
          excludedAgencyIds={operation.participants.flatMap((one) =>
            one.agencyId === null ? [] : [one.agencyId],
          )}
          onChange={(patch) => setDraft((old) => ({ ...old, ...patch }))}
          onRemove={null}
        />
        <ErrorAlert error={add.error} />
        <Group gap="xs">
          <Button
            type="submit"
            size="compact-md"
            loading={add.isPending}
            disabled={!isParticipantComplete(draft)}
          >
            {t('operations.participants.submit')}
          </Button>
          <Button variant="subtle" size="compact-md" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Agencies of the country and foreign authorities taking part; the lead agency comes first. */
export function ParticipantsPanel({
  operation,
  mayEdit,
  failedParticipants,
}: {
  operation: OperationDetail;
  mayEdit: boolean;
  failedParticipants: number;
}) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const isOpen = operation.status === 'planned' || operation.status === 'in_execution';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="operation-participants-title">
      <Stack gap="sm">
        <Title order={3} id="operation-participants-title">
          {t('operations.participants.title')}
        </Title>
        {failedParticipants > 0 && (
          <Alert color="orange" role="alert">
            {t('operations.participants.failed', { count: failedParticipants })}
          </Alert>
        )}
        {operation.participants.length === 0 ? (
          <Text c="dimmed">{t('operations.participants.none')}</Text>
        ) : (
          <List listStyleType="none" spacing={4}>
            {operation.participants.map((participant) => (
              <ParticipantItem key={participant.id} participant={participant} />
            ))}
          </List>
        )}
        {mayEdit && isOpen && !isAdding && (
          <Group>
            <Button variant="light" size="compact-sm" onClick={() => setIsAdding(true)}>
              {t('operations.participants.add')}
            </Button>
          </Group>
        )}
        {isAdding && <AddParticipant operation={operation} onDone={() => setIsAdding(false)} />}
      </Stack>
    </Paper>
  );
}
