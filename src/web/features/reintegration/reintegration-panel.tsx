import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReintegrationPlan } from '#shared/contracts/reintegration.js';
import { CLOSED_STATUSES, CLOSURE_REASONS, isClosed } from '#shared/domain/reintegration.js';
import { OverdueBadge } from '#web/components/badges.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { isAssistanceWall } from '#web/features/victims/victims-api.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { FollowUpModal } from './follow-up-modal.js';
import { PlanCreateForm } from './plan-create-form.js';
import {
  CLOSURE_KEYS,
  GOAL_KEYS,
  OUTCOME_KEYS,
  PLAN_STATUS_KEYS,
  usePlan,
  usePlanWrite,
  type ClosedStatus,
} from './reintegration-api.js';

type Reason = (typeof CLOSURE_REASONS)[number];

function FollowUps({ caseId, plan }: { caseId: string; plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [recording, setRecording] = useState<{ id: string; months: number } | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Caption>{t('reintegration.followUpsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reintegration.followUp')}</Table.Th>
              <Table.Th>{t('reintegration.dueOn')}</Table.Th>
              <Table.Th>{t('reintegration.outcome')}</Table.Th>
              <Table.Th>{t('reintegration.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.followUps.map((item) => (
              <Table.Tr key={item.id} className={item.isOverdue ? 'overdue-row' : undefined}>
                <Table.Td>
                  {t('reintegration.afterMonths', {
                    count: item.monthsAfterStart,
                    months: format.number(item.monthsAfterStart),
                  })}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <time dateTime={item.dueOn}>{format.day(item.dueOn)}</time>
                    {item.isOverdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {item.outcome === null || item.heldOn === null ? (
                    <Text size="sm" c="dimmed">
                      {t('reintegration.notHeld')}
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      <Text size="sm">{t(OUTCOME_KEYS[item.outcome])}</Text>
                      <Text size="xs" c="dimmed">
                        {t('reintegration.heldOnDate', { date: isolate(format.day(item.heldOn)) })}
                      </Text>
                      {item.notes && (
                        <Text size="xs" className="pre-line user-text" dir="auto">
                          {item.notes}
                        </Text>
                      )}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.heldOn === null && !isClosed(plan.caseStatus) && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setRecording({ id: item.id, months: item.monthsAfterStart })}
                    >
                      {t('reintegration.record')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {recording && (
        <FollowUpModal
          caseId={caseId}
          followUpId={recording.id}
          title={t('reintegration.recordTitle', {
            count: recording.months,
            months: format.number(recording.months),
          })}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
}

function CloseForm({ caseId, plan }: { caseId: string; plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ClosedStatus>('Closed');
  const [reason, setReason] = useState<Reason>('goals_met');
  const close = usePlanWrite(caseId, 'POST', '/close');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    close.mutate({ status, reason, version: plan.version });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-close-title">
      <Stack gap="sm">
        <Title order={4} id="plan-close-title">
          {t('reintegration.closeTitle')}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t('reintegration.closeStatus')}
            value={status}
            onChange={(event) => {
              const value = CLOSED_STATUSES.find((code) => code === event.currentTarget.value);
              if (value) setStatus(value);
            }}
            data={CLOSED_STATUSES.map((code) => ({
              value: code,
              label: t(PLAN_STATUS_KEYS[code]),
            }))}
          />
          <NativeSelect
            label={t('reintegration.closeReason')}
            value={reason}
            onChange={(event) => {
              const value = CLOSURE_REASONS.find((code) => code === event.currentTarget.value);
              if (value) setReason(value);
            }}
            data={CLOSURE_REASONS.map((code) => ({ value: code, label: t(CLOSURE_KEYS[code]) }))}
          />
          <Button type="submit" color="gray" loading={close.isPending}>
            {t('reintegration.closeSubmit')}
          </Button>
        </Group>
        <ErrorAlert error={close.error} />
      </Stack>
    </form>
  );
}

function PlanView({ caseId, plan }: { caseId: string; plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Badge variant="light" color={isClosed(plan.caseStatus) ? 'gray' : 'teal'}>
          {t(PLAN_STATUS_KEYS[plan.caseStatus])}
        </Badge>
        <Text size="sm">
          {t('reintegration.startedOn', { date: isolate(format.day(plan.startDate)) })}
        </Text>
      </Group>
      {plan.closureReason && (
        <Alert color="gray">
          {t('reintegration.closedBecause', { reason: t(CLOSURE_KEYS[plan.closureReason]) })}
        </Alert>
      )}
      <Title order={4}>{t('reintegration.goalsTitle')}</Title>
      <List spacing={4}>
        {plan.goals.map((goal, index) => (
          <List.Item key={`${goal.code}-${String(index)}`}>
            <Text span fw={600}>
              {t(GOAL_KEYS[goal.code])}
            </Text>
            {goal.description && (
              <Text size="sm" className="pre-line user-text" dir="auto">
                {goal.description}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Title order={4}>{t('reintegration.followUpsTitle')}</Title>
      <FollowUps caseId={caseId} plan={plan} />
      {plan.caseStatus === 'FollowUp' && <CloseForm caseId={caseId} plan={plan} />}
    </Stack>
  );
}

/** Reintegration is assistance data: behind the same consent wall as the needs. */
export function ReintegrationPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(caseId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reintegration-title">
      <Stack gap="sm">
        <Title order={3} id="reintegration-title">
          {t('reintegration.title')}
        </Title>
        {isAssistanceWall(plan.error) ? (
          <Alert color="gray" variant="outline" title={t('needs.wallTitle')}>
            {t('needs.wall')}
          </Alert>
        ) : (
          <QueryState query={plan}>
            {(data) =>
              data === null ? (
                <PlanCreateForm caseId={caseId} />
              ) : (
                <PlanView caseId={caseId} plan={data} />
              )
            }
          </QueryState>
        )}
      </Stack>
    </Paper>
  );
}
