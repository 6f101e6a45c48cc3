import { Button, Group, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_FOLLOW_UP_MONTHS,
  MAX_FOLLOW_UP_MONTHS,
  REINTEGRATION_GOAL_CODES,
} from '#shared/domain/reintegration.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { GOAL_KEYS, usePlanWrite } from './reintegration-api.js';

type GoalCode = (typeof REINTEGRATION_GOAL_CODES)[number];
type GoalDraft = { key: number; code: GoalCode; description: string };

function isGoal(value: string): value is GoalCode {
  return (REINTEGRATION_GOAL_CODES as readonly string[]).includes(value);
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "3, 6, 12" → [3, 6, 12], or null when a value is not a whole month in range. */
export function parseSchedule(text: string): number[] | null {
  const parts = text.split(/[\s,،;]+/).filter((part) => part !== '');
  const months = parts.map(Number);
  const isValid =
    months.length > 0 &&
    months.every((month) => Number.isInteger(month) && month >= 1 && month <= MAX_FOLLOW_UP_MONTHS);
  return isValid ? months : null;
}

export function PlanCreateForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [startDate, setStartDate] = useState(todayIso);
  const [schedule, setSchedule] = useState(DEFAULT_FOLLOW_UP_MONTHS.join(', '));
  const [goals, setGoals] = useState<GoalDraft[]>([{ key: 0, code: 'housing', description: '' }]);
  const create = usePlanWrite(caseId, 'POST');
  const months = parseSchedule(schedule);
  const change = (key: number, patch: Partial<GoalDraft>) =>
    setGoals((old) => old.map((goal) => (goal.key === key ? { ...goal, ...patch } : goal)));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (months === null) return;
    create.mutate({
      startDate,
      followUpMonths: months,
      goals: goals.map(({ code, description }) => ({ code, description })),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-create-title">
      <Stack gap="sm">
        <Title order={4} id="plan-create-title">
          {t('reintegration.createTitle')}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('reintegration.startDate')}
            required
            value={startDate}
            onChange={(event) => setStartDate(event.currentTarget.value)}
          />
          <TextInput
            label={t('reintegration.schedule')}
            description={t('reintegration.scheduleHint')}
            required
            dir="ltr"
            value={schedule}
            error={months === null ? t('reintegration.scheduleInvalid') : undefined}
            onChange={(event) => setSchedule(event.currentTarget.value)}
          />
        </Group>
        {goals.map((goal, index) => (
          <Group key={goal.key} align="flex-end" wrap="nowrap" className="goal-row">
            <NativeSelect
              label={t('reintegration.goal', { number: index + 1 })}
              value={goal.code}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isGoal(value)) change(goal.key, { code: value });
              }}
              data={REINTEGRATION_GOAL_CODES.map((code) => ({
                value: code,
                label: t(GOAL_KEYS[code]),
              }))}
            />
            <Textarea
              className="grow"
              label={t('reintegration.goalDescription', { number: index + 1 })}
              dir="auto"
              autosize
              minRows={1}
              maxLength={2000}
              value={goal.description}
              onChange={(event) => change(goal.key, { description: event.currentTarget.value })}
            />
            {goals.length > 1 && (
              <Button
                variant="subtle"
                color="red"
                aria-label={t('reintegration.removeGoal', { number: index + 1 })}
                onClick={() => setGoals((old) => old.filter((item) => item.key !== goal.key))}
              >
                {t('reintegration.remove')}
              </Button>
            )}
          </Group>
        ))}
        <div>
          <Button
            variant="light"
            size="compact-sm"
            disabled={goals.length >= 20}
            onClick={() =>
              setGoals((old) => [
                ...old,
                {
                  key: Math.max(...old.map((goal) => goal.key)) + 1,
                  code: 'other',
                  description: '',
                },
              ])
            }
          >
            {t('reintegration.addGoal')}
          </Button>
        </div>
        <ErrorAlert error={create.error} />
        <div>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={months === null || startDate === ''}
          >
            {t('reintegration.submitCreate')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
