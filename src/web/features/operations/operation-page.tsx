import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { OperationDetail } from '#shared/contracts/operations.js';
import { acceptsOutcomes } from '#shared/domain/operation.js';
import { FieldRow } from '#web/components/field-row.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { ArrestPanel } from './arrest-panel.js';
import { OperationActions } from './operation-actions.js';
import { OperationStatusBadge } from './operation-status-badge.js';
import { OperationTotalsPanel } from './operation-totals.js';
import { OPERATION_PLANNER_ROLES, useOperation } from './operations-api.js';
import { ArrestsTable, RescuesTable, SeizuresTable } from './outcome-tables.js';
import { ParticipantsPanel } from './participants-panel.js';
import { RescuePanel } from './rescue-panel.js';
import { SeizurePanel } from './seizure-panel.js';

function OperationFacts({ operation }: { operation: OperationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null) =>
    iso === null ? '—' : <time dateTime={iso}>{format.dateTime(iso)}</time>;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="operation-facts-title">
      <Title order={3} id="operation-facts-title" mb="sm">
        {t('operations.factsTitle')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('operations.fields.leadAgency')}>
          <bdi>{operation.leadAgencyName}</bdi>
        </FieldRow>
        <FieldRow label={t('operations.fields.plannedStart')}>
          {when(operation.plannedStart)}
        </FieldRow>
        <FieldRow label={t('operations.fields.plannedEnd')}>{when(operation.plannedEnd)}</FieldRow>
        <FieldRow label={t('operations.fields.startedAt')}>{when(operation.startedAt)}</FieldRow>
        <FieldRow label={t('operations.fields.endedAt')}>{when(operation.endedAt)}</FieldRow>
        <FieldRow label={t('operations.fields.investigation')}>
          {operation.investigationId ? (
            <Anchor component={Link} to={`/investigations/${operation.investigationId}`}>
              {t('operations.openInvestigation')}
            </Anchor>
          ) : (
            t('operations.create.noInvestigation')
          )}
        </FieldRow>
        <FieldRow label={t('operations.fields.objective')}>
          <Text className="pre-line">
            <bdi>{operation.objective || '—'}</bdi>
          </Text>
        </FieldRow>
        {operation.cancelReason && (
          <FieldRow label={t('operations.cancel.reason')}>
            <Text className="pre-line">
              <bdi>{operation.cancelReason}</bdi>
            </Text>
          </FieldRow>
        )}
      </dl>
    </Paper>
  );
}

function OperationView({ operation }: { operation: OperationDetail }) {
  const location = useLocation();
  const state: unknown = location.state;
  const failedParticipants =
    typeof state === 'object' && state !== null && 'failedParticipants' in state
      ? Number(state.failedParticipants)
      : 0;
  const mayPlan = hasAnyRole(useSession().data, OPERATION_PLANNER_ROLES);
  const mayManage = mayPlan && operation.isLedByMyAgency;
  const mayRecord = mayManage && acceptsOutcomes(operation.status);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>
              <Trans
                i18nKey="operations.detailTitle"
                values={{ reference: operation.reference }}
                components={{ bdi: <bdi className="reference" /> }}
              />
            </Title>
            <OperationStatusBadge status={operation.status} />
          </Group>
          <Text size="lg">
            <bdi>{operation.name}</bdi>
          </Text>
        </Stack>
        {mayManage && <OperationActions operation={operation} />}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <OperationFacts operation={operation} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <OperationTotalsPanel totals={operation.totals} />
            <ParticipantsPanel
              operation={operation}
              mayEdit={mayManage}
              failedParticipants={failedParticipants}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {mayRecord && <RescuePanel operationId={operation.id} />}
      <RescuesTable rescues={operation.rescues} />
      {mayRecord && <ArrestPanel operationId={operation.id} />}
      <ArrestsTable operation={operation} />
      {mayRecord && <SeizurePanel operationId={operation.id} />}
      <SeizuresTable seizures={operation.seizures} />
    </Stack>
  );
}

export function OperationPage() {
  const { id = '' } = useParams();
  const operation = useOperation(id);
  return <QueryState query={operation}>{(data) => <OperationView operation={data} />}</QueryState>;
}
