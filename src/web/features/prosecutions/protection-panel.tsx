import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProsecutionDetail, ProtectionMeasure } from '#shared/contracts/prosecutions.js';
import {
  PROTECTION_MEASURES,
  PROTECTION_STATUSES,
  canMoveProtection,
  type ProtectionMeasure as MeasureCode,
} from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useCaseList } from '#web/features/cases/cases-api.js';
import { isolate, useFormat } from '#web/lib/format.js';
import {
  MEASURE_KEYS,
  PROTECTION_MOVE_KEYS,
  PROTECTION_STATUS_KEYS,
  isOneOf,
} from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

const STATUS_COLORS = {
  requested: 'blue',
  granted: 'teal',
  refused: 'red',
  ended: 'gray',
} as const;

/** The witness's victim case is picked among the cases the prosecutor is assigned to. */
function RequestForm({ file }: { file: ProsecutionDetail }) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const cases = useCaseList({ kind: 'victim_case', mine: 'true', status: 'open' });
  const [victimCaseId, setVictimCaseId] = useState('');
  const [measure, setMeasure] = useState<MeasureCode | ''>('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/protection-measures', body: { victimCaseId, measure } },
      { onSuccess: () => setMeasure('') },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('prosecutions.protection.request')}>
      <Stack gap="xs">
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            label={t('prosecutions.protection.victimCase')}
            description={t('prosecutions.protection.victimCaseHint')}
            required
            data={[
              { value: '', label: t('common.choose') },
              ...(cases.data?.items ?? []).map((item) => ({
                value: item.id,
                label: isolate(item.reference),
              })),
            ]}
            value={victimCaseId}
            onChange={(event) => setVictimCaseId(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('prosecutions.protection.measure')}
            required
            data={[
              { value: '', label: t('common.choose') },
              ...PROTECTION_MEASURES.map((code) => ({ value: code, label: t(MEASURE_KEYS[code]) })),
            ]}
            value={measure}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setMeasure(isOneOf(PROTECTION_MEASURES, value) ? value : '');
            }}
          />
          <Button
            type="submit"
            loading={write.isPending}
            disabled={victimCaseId === '' || measure === ''}
          >
            {t('prosecutions.protection.request')}
          </Button>
        </Group>
        <ErrorAlert error={cases.error ?? write.error} />
      </Stack>
    </form>
  );
}

function MeasureMoves({ file, item }: { file: ProsecutionDetail; item: ProtectionMeasure }) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const moves = PROTECTION_STATUSES.filter((to) => canMoveProtection(item.status, to));
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        {moves.map((to) => (
          <Button
            key={to}
            size="compact-sm"
            variant={to === 'granted' ? 'light' : 'outline'}
            color={to === 'granted' ? 'teal' : to === 'refused' ? 'red' : 'gray'}
            disabled={write.isPending}
            onClick={() =>
              write.mutate({
                method: 'PATCH',
                path: `/protection-measures/${encodeURIComponent(item.id)}`,
                body: { status: to, version: item.version },
              })
            }
          >
            {t(PROTECTION_MOVE_KEYS[to])}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={write.error} />
    </Stack>
  );
}

/** Victim-witness protection: the case is named by its reference only, never its content. */
export function ProtectionPanel({
  file,
  canChange,
}: {
  file: ProsecutionDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="protection-title">
      <Stack gap="sm">
        <Title order={3} id="protection-title">
          {t('prosecutions.protection.title')}
        </Title>
        {file.protectionMeasures.length === 0 ? (
          <Text c="dimmed">{t('prosecutions.protection.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('prosecutions.protection.victimCase')}</Table.Th>
                  <Table.Th>{t('prosecutions.protection.measure')}</Table.Th>
                  <Table.Th>{t('prosecutions.protection.statusLabel')}</Table.Th>
                  <Table.Th>{t('prosecutions.protection.requestedAt')}</Table.Th>
                  <Table.Th>{t('prosecutions.protection.decidedAt')}</Table.Th>
                  {canChange && <Table.Th>{t('prosecutions.actionsColumn')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.protectionMeasures.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td className="nowrap">
                      <bdi className="reference">{item.caseReference}</bdi>
                    </Table.Td>
                    <Table.Td>{t(MEASURE_KEYS[item.measure])}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[item.status]}>
                        {t(PROTECTION_STATUS_KEYS[item.status])}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="nowrap">
                      <time dateTime={item.requestedAt}>{format.date(item.requestedAt)}</time>
                    </Table.Td>
                    <Table.Td className="nowrap">
                      {item.decidedAt ? (
                        <time dateTime={item.decidedAt}>{format.date(item.decidedAt)}</time>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    {canChange && (
                      <Table.Td>
                        <MeasureMoves file={file} item={item} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canChange && <RequestForm file={file} />}
      </Stack>
    </Paper>
  );
}
