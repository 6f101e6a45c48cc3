import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OperationSummary } from '#shared/contracts/operations.js';
import { OPERATION_STATUSES, type OperationStatus } from '#shared/domain/operation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { OPERATION_STATUS_KEYS, isOneOf } from './operation-labels.js';
import { OperationStatusBadge } from './operation-status-badge.js';
import { OPERATION_PLANNER_ROLES, useOperationList } from './operations-api.js';

function useColumns(): DataTableColumn<OperationSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      accessor: 'reference',
      title: t('operations.fields.reference'),
      noWrap: true,
      render: (item) => (
        <Anchor component={Link} to={`/operations/${item.id}`} className="reference">
          <bdi>{item.reference}</bdi>
        </Anchor>
      ),
    },
    {
      accessor: 'name',
      title: t('operations.fields.name'),
      render: (item) => <bdi>{item.name}</bdi>,
    },
    {
      accessor: 'status',
      title: t('operations.fields.status'),
      render: (item) => <OperationStatusBadge status={item.status} />,
    },
    {
      accessor: 'leadAgencyName',
      title: t('operations.fields.leadAgency'),
      render: (item) => <bdi>{item.leadAgencyName}</bdi>,
    },
    {
      accessor: 'plannedStart',
      title: t('operations.fields.plannedDates'),
      render: (item) => (
        <Text size="sm" className="nowrap">
          {t('operations.dateRange', {
            start: isolate(format.date(item.plannedStart)),
            end: isolate(format.date(item.plannedEnd)),
          })}
        </Text>
      ),
    },
  ];
}

export function OperationsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OperationStatus | null>(null);
  const operations = useOperationList(status);
  const mayPlan = hasAnyRole(useSession().data, OPERATION_PLANNER_ROLES);
  const columns = useColumns();
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('operations.listTitle')}</Title>
        {mayPlan && (
          <Button component={Link} to="/operations/new">
            {t('operations.new')}
          </Button>
        )}
      </Group>
      <Group>
        <NativeSelect
          label={t('operations.fields.status')}
          data={[
            { value: '', label: t('common.all') },
            ...OPERATION_STATUSES.map((code) => ({
              value: code,
              label: t(OPERATION_STATUS_KEYS[code]),
            })),
          ]}
          value={status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isOneOf(OPERATION_STATUSES, value) ? value : null);
          }}
        />
      </Group>
      {operations.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('operations.count', { count: operations.data.total })}
        </Text>
      )}
      <ErrorAlert error={operations.error} />
      <DataTable<OperationSummary>
        aria-label={t('operations.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={operations.data?.items ?? []}
        fetching={operations.isFetching}
        noRecordsText={t('operations.none')}
        columns={columns}
      />
    </Stack>
  );
}
