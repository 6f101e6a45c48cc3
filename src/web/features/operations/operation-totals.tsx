import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperationTotals } from '#shared/contracts/operations.js';
import { SEIZURE_KINDS } from '#shared/domain/operation.js';
import { useFormat } from '#web/lib/format.js';
import { SEIZURE_KIND_KEYS } from './operation-labels.js';

/** The counts come from the outcome rows (server side), so nothing is ever counted twice. */
export function OperationTotalsPanel({ totals }: { totals: OperationTotals }) {
  const { t } = useTranslation();
  const format = useFormat();
  const seized = SEIZURE_KINDS.filter((kind) => totals.seizuresByKind[kind] > 0);
  const rows = [
    { key: 'rescued', label: t('operations.totals.rescued'), value: totals.rescued },
    { key: 'arrested', label: t('operations.totals.arrested'), value: totals.arrested },
    ...seized.map((kind) => ({
      key: kind,
      label: t('operations.totals.seized', { kind: t(SEIZURE_KIND_KEYS[kind]) }),
      value: totals.seizuresByKind[kind],
    })),
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="operation-totals-title">
      <Title order={3} id="operation-totals-title" mb="sm">
        {t('operations.totals.title')}
      </Title>
      <Table withRowBorders verticalSpacing={6}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-total={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td fw={700} ta="end">
                {format.number(row.value)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
