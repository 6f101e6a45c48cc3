import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProsecutionSummary } from '#shared/contracts/prosecutions.js';
import { PROSECUTION_STAGES, type ProsecutionStage } from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { ProsecutionCreateModal } from './prosecution-create-modal.js';
import { STAGE_KEYS, isOneOf } from './prosecution-labels.js';
import { PROSECUTION_CREATE_ROLES, useProsecutionList } from './prosecutions-api.js';
import { StageBadge } from './stage-badge.js';

function useColumns(): DataTableColumn<ProsecutionSummary>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      accessor: 'reference',
      title: t('prosecutions.fields.reference'),
      noWrap: true,
      render: (item) => (
        <Anchor component={Link} to={`/prosecutions/${item.id}`} className="reference">
          <bdi>{item.reference}</bdi>
        </Anchor>
      ),
    },
    {
      accessor: 'title',
      title: t('prosecutions.fields.title'),
      render: (item) => <bdi>{item.title}</bdi>,
    },
    {
      accessor: 'stage',
      title: t('prosecutions.fields.stage'),
      render: (item) => <StageBadge stage={item.stage} />,
    },
    {
      accessor: 'courtName',
      title: t('prosecutions.fields.court'),
      render: (item) => (item.courtName ? <bdi>{item.courtName}</bdi> : '—'),
    },
    {
      accessor: 'defendantCount',
      title: t('prosecutions.fields.defendants'),
      textAlign: 'center',
      render: (item) => format.number(item.defendantCount),
    },
    {
      accessor: 'chargeCount',
      title: t('prosecutions.fields.charges'),
      textAlign: 'center',
      render: (item) => format.number(item.chargeCount),
    },
    {
      accessor: 'nextHearingAt',
      title: t('prosecutions.fields.nextHearing'),
      noWrap: true,
      render: (item) =>
        item.nextHearingAt ? (
          <time dateTime={item.nextHearingAt}>{format.dateTime(item.nextHearingAt)}</time>
        ) : (
          '—'
        ),
    },
  ];
}

/** Prosecutions of the user's team (prosecutors) or of the whole country (the coordinator). */
export function ProsecutionsPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ProsecutionStage | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const list = useProsecutionList(stage);
  const mayCreate = hasAnyRole(useSession().data, PROSECUTION_CREATE_ROLES);
  const columns = useColumns();
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('prosecutions.listTitle')}</Title>
        {mayCreate && (
          <Button onClick={() => setIsCreating(true)}>{t('prosecutions.create.open')}</Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('prosecutions.needToKnow')}
      </Text>
      <Group>
        <NativeSelect
          label={t('prosecutions.fields.stage')}
          data={[
            { value: '', label: t('common.all') },
            ...PROSECUTION_STAGES.map((code) => ({ value: code, label: t(STAGE_KEYS[code]) })),
          ]}
          value={stage ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStage(isOneOf(PROSECUTION_STAGES, value) ? value : null);
          }}
        />
      </Group>
      {list.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('prosecutions.count', { count: list.data.total })}
        </Text>
      )}
      <ErrorAlert error={list.error} />
      <DataTable<ProsecutionSummary>
        aria-label={t('prosecutions.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={list.data?.items ?? []}
        fetching={list.isFetching}
        noRecordsText={t('prosecutions.none')}
        columns={columns}
      />
      {isCreating && <ProsecutionCreateModal onClose={() => setIsCreating(false)} />}
    </Stack>
  );
}
