import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '#web/components/error-alert.js';
import {
  INVESTIGATION_ROLES,
  useInvestigationList,
} from '#web/features/investigations/investigations-api.js';
import { isolate } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import {
  isParticipantComplete,
  localDateTime,
  toInstant,
  toParticipantBody,
  type ParticipantDraft,
} from './operation-form.js';
import { useOperationCreate } from './operations-api.js';
import { ParticipantFields } from './participant-fields.js';

type PlanValues = {
  name: string;
  objective: string;
  plannedStart: string;
  plannedEnd: string;
  investigationId: string;
};

function InvestigationSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const mayRead = hasAnyRole(useSession().data, INVESTIGATION_ROLES);
  const files = useInvestigationList('open', mayRead);
  if (!mayRead) return null;
  return (
    <NativeSelect
      label={t('operations.fields.investigation')}
      description={t('operations.create.investigationHint')}
      data={[
        { value: '', label: t('operations.create.noInvestigation') },
        ...(files.data?.items ?? []).map((file) => ({
          value: file.id,
          label: `${isolate(file.reference)} · ${isolate(file.title)}`,
        })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

function PlanFields({
  values,
  onChange,
}: {
  values: PlanValues;
  onChange: (patch: Partial<PlanValues>) => void;
}) {
  const { t } = useTranslation();
  const isOrdered = values.plannedEnd === '' || values.plannedEnd >= values.plannedStart;
  return (
    <>
      <TextInput
        label={t('operations.fields.name')}
        description={t('operations.create.nameHint')}
        required
        dir="auto"
        maxLength={200}
        value={values.name}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
      />
      <Textarea
        label={t('operations.fields.objective')}
        dir="auto"
        autosize
        minRows={3}
        maxLength={10_000}
        value={values.objective}
        onChange={(event) => onChange({ objective: event.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('operations.fields.plannedStart')}
          required
          value={values.plannedStart}
          onChange={(event) => onChange({ plannedStart: event.currentTarget.value })}
        />
        <TextInput
          type="datetime-local"
          label={t('operations.fields.plannedEnd')}
          required
          value={values.plannedEnd}
          error={isOrdered ? undefined : t('operations.create.endBeforeStart')}
          onChange={(event) => onChange({ plannedEnd: event.currentTarget.value })}
        />
      </SimpleGrid>
      <InvestigationSelect
        value={values.investigationId}
        onChange={(investigationId) => onChange({ investigationId })}
      />
    </>
  );
}

export function OperationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useOperationCreate();
  const [values, setValues] = useState<PlanValues>(() => ({
    name: '',
    objective: '',
    plannedStart: localDateTime(24),
    plannedEnd: localDateTime(48),
    investigationId: '',
  }));
  const [participants, setParticipants] = useState<ParticipantDraft[]>([]);
  const isReady =
    values.name.trim() !== '' &&
    values.plannedStart !== '' &&
    values.plannedEnd >= values.plannedStart &&
    participants.every(isParticipantComplete);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const operation = {
      name: values.name.trim(),
      objective: values.objective.trim(),
      plannedStart: toInstant(values.plannedStart),
      plannedEnd: toInstant(values.plannedEnd),
      investigationId: values.investigationId === '' ? null : values.investigationId,
    };
    create.mutate(
      { operation, participants: participants.map(toParticipantBody) },
      {
        onSuccess: ({ id, failedParticipants }) =>
          void navigate(`/operations/${id}`, { state: { failedParticipants } }),
      },
    );
  };
  return (
    <Stack>
      <Title order={2}>{t('operations.create.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label={t('operations.create.title')}>
          <Stack gap="sm">
            <PlanFields
              values={values}
              onChange={(patch) => setValues((old) => ({ ...old, ...patch }))}
            />
            <ParticipantFields rows={participants} onChange={setParticipants} />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!isReady}>
                {t('operations.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
