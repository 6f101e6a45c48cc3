import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEIZURE_KINDS, type SeizureKind } from '#shared/domain/operation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { SEIZURE_KIND_KEYS, isOneOf } from './operation-labels.js';
import { newBatchId, useOperationAdd } from './operations-api.js';

type SeizureDraft = {
  kind: SeizureKind;
  quantity: string;
  unit: string;
  estimatedValue: string;
  currency: string;
  description: string;
};

const EMPTY: SeizureDraft = {
  kind: 'cash',
  quantity: '',
  unit: '',
  estimatedValue: '',
  currency: '',
  description: '',
};
/* The contract's decimal formats: quantities and amounts travel as strings, never floats. */
const QUANTITY = /^\d{1,11}(\.\d{1,3})?$/;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;

function problemsOf(draft: SeizureDraft) {
  const hasValue = draft.estimatedValue !== '';
  return {
    quantity: draft.quantity !== '' && !QUANTITY.test(draft.quantity),
    value: hasValue && !AMOUNT.test(draft.estimatedValue),
    currency: hasValue ? !CURRENCY.test(draft.currency) : draft.currency !== '',
  };
}

/** One seizure per submission: kind, quantity with its unit, and an optional value. */
export function SeizurePanel({ operationId }: { operationId: string }) {
  const { t } = useTranslation();
  const seize = useOperationAdd(operationId, 'seizures');
  const [batchId, setBatchId] = useState(newBatchId);
  const [draft, setDraft] = useState(EMPTY);
  const [isRecorded, setIsRecorded] = useState(false);
  const change = (patch: Partial<SeizureDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const problems = problemsOf(draft);
  const isReady =
    draft.quantity !== '' &&
    draft.unit.trim() !== '' &&
    !problems.quantity &&
    !problems.value &&
    !problems.currency;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const hasValue = draft.estimatedValue !== '';
    const body = {
      batchId,
      kind: draft.kind,
      quantity: draft.quantity,
      unit: draft.unit.trim(),
      estimatedValue: hasValue ? draft.estimatedValue : null,
      currency: hasValue ? draft.currency : null,
      description: draft.description.trim(),
    };
    seize.mutate(body, {
      onSuccess: () => {
        setIsRecorded(true);
        setDraft(EMPTY);
        setBatchId(newBatchId());
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="seizure-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="seizure-title">
            {t('operations.seizure.title')}
          </Title>
          <Group grow align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('operations.seizure.kind')}
              data={SEIZURE_KINDS.map((code) => ({
                value: code,
                label: t(SEIZURE_KIND_KEYS[code]),
              }))}
              value={draft.kind}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isOneOf(SEIZURE_KINDS, value)) change({ kind: value });
              }}
            />
            <TextInput
              label={t('operations.seizure.quantity')}
              required
              dir="ltr"
              inputMode="decimal"
              value={draft.quantity}
              error={problems.quantity ? t('operations.seizure.quantityInvalid') : undefined}
              onChange={(event) => change({ quantity: event.currentTarget.value.trim() })}
            />
            <TextInput
              label={t('operations.seizure.unit')}
              description={t('operations.seizure.unitHint')}
              required
              dir="auto"
              maxLength={30}
              value={draft.unit}
              onChange={(event) => change({ unit: event.currentTarget.value })}
            />
          </Group>
          <Group grow align="flex-end" wrap="wrap">
            <TextInput
              label={t('operations.seizure.value')}
              dir="ltr"
              inputMode="decimal"
              value={draft.estimatedValue}
              error={problems.value ? t('operations.seizure.valueInvalid') : undefined}
              onChange={(event) => change({ estimatedValue: event.currentTarget.value.trim() })}
            />
            <TextInput
              label={t('operations.seizure.currency')}
              description={t('operations.seizure.currencyHint')}
              dir="ltr"
              maxLength={3}
              value={draft.currency}
              error={problems.currency ? t('operations.seizure.currencyInvalid') : undefined}
              onChange={(event) => change({ currency: event.currentTarget.value.toUpperCase() })}
            />
          </Group>
          <Textarea
            label={t('operations.seizure.description')}
            dir="auto"
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.description}
            onChange={(event) => change({ description: event.currentTarget.value })}
          />
          <ErrorAlert error={seize.error} />
          {isRecorded && !seize.error && (
            <Text role="status" c="teal.8" size="sm">
              {t('operations.seizure.recorded')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={seize.isPending} disabled={!isReady}>
              {t('operations.seizure.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
