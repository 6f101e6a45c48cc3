import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TIP_STATUSES, type TipSummary } from '#shared/contracts/tips.js';
import { PriorityBadge, TipStatusBadge } from '#web/components/badges.js';
import { DueCell } from '#web/components/due-cell.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { TIP_STATUS_KEYS } from '#web/lib/labels.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { PAGE_SIZE, useTipList } from './tips-api.js';

type StatusFilter = TipSummary['status'] | '';

function isStatus(value: string): value is TipSummary['status'] {
  return (TIP_STATUSES as readonly string[]).includes(value);
}

function useColumns(): DataTableColumn<TipSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const { categoryLabel, regionLabel } = useCodeLists();
  return [
    {
      accessor: 'reference',
      title: t('tips.columns.reference'),
      noWrap: true,
      render: (tip) => (
        <Anchor component={Link} to={`/tips/${tip.id}`} className="reference">
          <bdi>{tip.reference}</bdi>
        </Anchor>
      ),
    },
    {
      accessor: 'receivedAt',
      title: t('tips.columns.received'),
      noWrap: true,
      render: (tip) => <time dateTime={tip.receivedAt}>{format.dateTime(tip.receivedAt)}</time>,
    },
    {
      accessor: 'priority',
      title: t('tips.columns.priority'),
      noWrap: true,
      render: (tip) => <PriorityBadge priority={tip.priority} />,
    },
    {
      accessor: 'category',
      title: t('tips.columns.category'),
      render: (tip) => categoryLabel(tip.category) ?? t('tips.uncategorised'),
    },
    {
      accessor: 'regionCode',
      title: t('tips.columns.region'),
      render: (tip) => regionLabel(tip.regionCode) ?? t('common.notSpecified'),
    },
    {
      accessor: 'assignedAgencyName',
      title: t('tips.columns.agency'),
      render: (tip) => <bdi>{tip.assignedAgencyName}</bdi>,
    },
    {
      accessor: 'dueAt',
      title: t('tips.columns.due'),
      noWrap: true,
      render: (tip) => <DueCell dueAt={tip.dueAt} isOverdue={tip.isOverdue} />,
    },
    {
      accessor: 'status',
      title: t('tips.columns.status'),
      noWrap: true,
      render: (tip) => <TipStatusBadge status={tip.status} />,
    },
  ];
}

export function TipsQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('');
  const [page, setPage] = useState(1);
  const tips = useTipList(status || null, page);
  const columns = useColumns();
  const statusOptions = [
    { value: '', label: t('tips.allStatuses') },
    ...TIP_STATUSES.map((code) => ({ value: code, label: t(TIP_STATUS_KEYS[code]) })),
  ];
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('tips.queueTitle')}</Title>
        <Button component={Link} to="/tips/new">
          {t('nav.newTip')}
        </Button>
      </Group>
      <Group align="end">
        <NativeSelect
          label={t('tips.filterStatus')}
          data={statusOptions}
          value={status}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isStatus(value) ? value : '');
            setPage(1);
          }}
        />
        {tips.data && (
          <Text c="dimmed" size="sm" role="status">
            {t('tips.count', { count: tips.data.total })}
          </Text>
        )}
      </Group>
      <ErrorAlert error={tips.error} />
      <DataTable<TipSummary>
        aria-label={t('tips.queueTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        highlightOnHover
        records={tips.data?.items ?? []}
        columns={columns}
        fetching={tips.isFetching}
        noRecordsText={t('tips.noTips')}
        rowClassName={(tip) => (tip.isOverdue ? 'overdue-row' : undefined)}
        totalRecords={tips.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) =>
          t('common.paginationText', { from, to, total: totalRecords })
        }
        loadingText={t('app.loading')}
        getPaginationControlProps={(control) => ({
          'aria-label':
            control === 'previous' || control === 'first'
              ? t('common.previousPage')
              : t('common.nextPage'),
        })}
      />
    </Stack>
  );
}
