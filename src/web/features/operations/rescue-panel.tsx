import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PERSONS_PER_BATCH } from '#shared/domain/operation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { currentLocale } from '#web/lib/i18n.js';
import { useLanguageOptions } from '#web/lib/languages.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';
import { OfficerSelect } from './officer-select.js';
import { newBatchId, useOperationAdd } from './operations-api.js';
import { RescuedPersonFields } from './rescued-person-fields.js';
import { emptyRescued, toRescueBody, type RescuedDraft } from './rescue-form.js';

/**
 * Records the persons rescued: each becomes a possible-victim case in one step, assigned to the
 * identifying officer. The form resets after a batch is recorded, with a new batch id.
 */
export function RescuePanel({ operationId }: { operationId: string }) {
  const { t, i18n } = useTranslation();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const languages = useLanguageOptions();
  const rescue = useOperationAdd(operationId, 'rescues');
  const [batchId, setBatchId] = useState(newBatchId);
  const [officer, setOfficer] = useState('');
  const [rows, setRows] = useState<RescuedDraft[]>(() => [emptyRescued(1)]);
  const [recorded, setRecorded] = useState<number | null>(null);
  const nextKey = Math.max(0, ...rows.map((row) => row.key)) + 1;
  const change = (key: number, patch: Partial<RescuedDraft>) =>
    setRows((old) => old.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    rescue.mutate(toRescueBody(batchId, officer, rows), {
      onSuccess: () => {
        setRecorded(rows.length);
        setRows([emptyRescued(nextKey)]);
        setBatchId(newBatchId());
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rescue-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="rescue-title">
            {t('operations.rescue.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('operations.rescue.hint')}
          </Text>
          <OfficerSelect value={officer} onChange={setOfficer} />
          {rows.map((row, index) => (
            <RescuedPersonFields
              key={row.key}
              draft={row}
              number={index + 1}
              countries={countries}
              languages={languages}
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
              onClick={() => setRows((old) => [...old, emptyRescued(nextKey)])}
            >
              {t('operations.rescue.addPerson')}
            </Button>
          </Group>
          <ErrorAlert error={rescue.error} />
          {recorded !== null && !rescue.error && (
            <Text role="status" c="teal.8" size="sm">
              {t('operations.rescue.recorded', { count: recorded })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={rescue.isPending} disabled={officer === ''}>
              {t('operations.rescue.submit', { count: rows.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
