import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvestigationSummary } from '#shared/contracts/investigations.js';
import { INVESTIGATION_STATUSES, type InvestigationStatus } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { INVESTIGATION_STATUS_KEYS, TEAM_ROLE_KEYS, isOneOf } from './investigation-labels.js';
import { InvestigationStatusBadge } from './investigation-status-badge.js';
import { INVESTIGATION_CREATE_ROLES, useInvestigationList } from './investigations-api.js';

function useColumns(): DataTableColumn<InvestigationSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      accessor: 'reference',
      title: t('investigations.fields.reference'),
      noWrap: true,
      render: (item) => (
        <Anchor component={Link} to={`/investigations/${item.id}`} className="reference">
          <bdi>{item.reference}</bdi>
        </Anchor>
      ),
    },
    {
      accessor: 'title',
      title: t('investigations.fields.title'),
      render: (item) => <bdi>{item.title}</bdi>,
    },
    {
      accessor: 'status',
      title: t('investigations.fields.status'),
      render: (item) => <InvestigationStatusBadge status={item.status} />,
    },
    {
      accessor: 'agencyName',
      title: t('investigations.fields.agency'),
      render: (item) => <bdi>{item.agencyName}</bdi>,
    },
    {
      accessor: 'openedAt',
      title: t('investigations.fields.openedAt'),
      render: (item) => <time dateTime={item.openedAt}>{format.date(item.openedAt)}</time>,
    },
    {
      accessor: 'myTeamRole',
      title: t('investigations.fields.myTeamRole'),
      render: (item) => t(TEAM_ROLE_KEYS[item.myTeamRole]),
    },
  ];
}

/** The files the user is on the team of: need-to-know, nothing else is listed. */
export function InvestigationsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<InvestigationStatus | null>(null);
  const files = useInvestigationList(status);
  const mayCreate = hasAnyRole(useSession().data, INVESTIGATION_CREATE_ROLES);
  const columns = useColumns();
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('investigations.listTitle')}</Title>
        {mayCreate && (
          <Button component={Link} to="/investigations/new">
            {t('investigations.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('investigations.needToKnow')}
      </Text>
      <Group>
        <NativeSelect
          label={t('investigations.fields.status')}
          data={[
            { value: '', label: t('common.all') },
            ...INVESTIGATION_STATUSES.map((code) => ({
              value: code,
              label: t(INVESTIGATION_STATUS_KEYS[code]),
            })),
          ]}
          value={status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isOneOf(INVESTIGATION_STATUSES, value) ? value : null);
          }}
        />
      </Group>
      {files.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('investigations.count', { count: files.data.total })}
        </Text>
      )}
      <ErrorAlert error={files.error} />
      <DataTable<InvestigationSummary>
        aria-label={t('investigations.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={files.data?.items ?? []}
        fetching={files.isFetching}
        noRecordsText={t('investigations.none')}
        columns={columns}
      />
    </Stack>
  );
}
