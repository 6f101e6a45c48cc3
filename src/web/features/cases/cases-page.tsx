import { Anchor, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useState } from 'react';
import type { CaseFilters, CaseSummary } from '#shared/contracts/cases.js';
import { CaseStatusBadge } from '#web/components/badges.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { CASE_KIND_KEYS } from '#web/lib/labels.js';
import { CaseFiltersBar } from './case-filters.js';
import { useCaseList } from './cases-api.js';

export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<CaseFilters>({});
  const cases = useCaseList(filters);
  return (
    <Stack>
      <Title order={2}>{t('cases.listTitle')}</Title>
      <CaseFiltersBar filters={filters} onChange={setFilters} />
      {cases.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('cases.count', { count: cases.data.total })}
        </Text>
      )}
      <ErrorAlert error={cases.error} />
      <DataTable<CaseSummary>
        aria-label={t('cases.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={cases.data?.items ?? []}
        fetching={cases.isFetching}
        noRecordsText={t('cases.noCases')}
        columns={[
          {
            accessor: 'reference',
            title: t('cases.reference'),
            render: (item) => (
              <Anchor component={Link} to={`/cases/${item.id}`} className="reference">
                <bdi>{item.reference}</bdi>
              </Anchor>
            ),
          },
          {
            accessor: 'kind',
            title: t('cases.kind'),
            render: (item) => t(CASE_KIND_KEYS[item.kind]),
          },
          { accessor: 'title', title: t('cases.title'), render: (item) => <bdi>{item.title}</bdi> },
          {
            accessor: 'status',
            title: t('cases.status'),
            render: (item) => <CaseStatusBadge status={item.status} />,
          },
          {
            accessor: 'openedAt',
            title: t('cases.openedAt'),
            render: (item) => (
              <time dateTime={item.openedAt}>{format.dateTime(item.openedAt)}</time>
            ),
          },
        ]}
      />
    </Stack>
  );
}
