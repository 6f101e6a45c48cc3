import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PERSONS_PER_BATCH } from '#shared/domain/operation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';
import { emptyArrested, hasName, toArrestBody, type ArrestedDraft } from './arrest-form.js';
import { ArrestedPersonFields } from './arrested-person-fields.js';
import { newBatchId, useOperationAdd } from './operations-api.js';

/**
 * Records the persons arrested. With an investigation behind the operation each also becomes a
 * suspect of it, and one marked as a possible victim gets a non-punishment review.
 */
export function ArrestPanel({ operationId }: { operationId: string }) {
  const { t, i18n } = useTranslation();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const arrest = useOperationAdd(operationId, 'arrests');
  const [batchId, setBatchId] = useState(newBatchId);
  const [rows, setRows] = useState<ArrestedDraft[]>(() => [emptyArrested(1)]);
  const [recorded, setRecorded] = useState<number | null>(null);
  const nextKey = Math.max(0, ...rows.map((row) => row.key)) + 1;
  const isReady = rows.every((row) => hasName(row) && row.arrestedAt !== '');
  const change = (key: number, patch: Partial<ArrestedDraft>) =>
    setRows((old) => old.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    arrest.mutate(toArrestBody(batchId, rows), {
      onSuccess: () => {
        setRecorded(rows.length);
        setRows([emptyArrested(nextKey)]);
        setBatchId(newBatchId());
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="arrest-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="arrest-title">
            {t('operations.arrest.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('operations.arrest.hint')}
          </Text>
          {rows.map((row, index) => (
            <ArrestedPersonFields
              key={row.key}
              draft={row}
              number={index + 1}
              countries={countries}
              onChange={(patch) => change(row.key, patch)}
              onRemove={
                rows.length > 1
                  ? () => setRows((old) => old.filter((other) => other.key !== row.key))
                  : null
              }
            />
          ))}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              disabled={rows.length >= MAX_PERSONS_PER_BATCH}
              onClick={() => setRows((old) => [...old, emptyArrested(nextKey)])}
            >
              {t('operations.arrest.addPerson')}
            </Button>
          </Group>
          <ErrorAlert error={arrest.error} />
          {recorded !== null && !arrest.error && (
            <Text role="status" c="teal.8" size="sm">
              {t('operations.arrest.recorded', { count: recorded })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={arrest.isPending} disabled={!isReady}>
              {t('operations.arrest.submit', { count: rows.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
