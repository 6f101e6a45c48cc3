import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JitSummary } from '#shared/contracts/jit.js';
import { JIT_STATUSES, type JitStatus } from '#shared/domain/jit.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { JIT_CREATE_ROLES, useJitList } from './jit-api.js';
import { JIT_STATUS_KEYS, MEMBER_ROLE_KEYS, isOneOf } from './jit-labels.js';
import { JitStatusBadge } from './jit-status-badge.js';

function useColumns(): DataTableColumn<JitSummary>[] {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  return [
    {
      accessor: 'reference',
      title: t('jit.fields.reference'),
      noWrap: true,
      render: (item) => (
        <Anchor component={Link} to={`/jit/${item.id}`} className="reference">
          <bdi>{item.reference}</bdi>
        </Anchor>
      ),
    },
    { accessor: 'name', title: t('jit.fields.name'), render: (item) => <bdi>{item.name}</bdi> },
    {
      accessor: 'status',
      title: t('jit.fields.status'),
      render: (item) => <JitStatusBadge status={item.status} />,
    },
    {
      accessor: 'parties',
      title: t('jit.fields.parties'),
      render: (item) =>
        format.list(item.parties.map((party) => labelOf(COUNTRIES, party.countryCode, locale))),
    },
    {
      accessor: 'endsOn',
      title: t('jit.fields.duration'),
      noWrap: true,
      render: (item) =>
        t('jit.fields.fromTo', {
          from: isolate(format.day(item.startsOn)),
          to: isolate(format.day(item.endsOn)),
        }),
    },
    {
      accessor: 'myRole',
      title: t('jit.fields.myRole'),
      render: (item) => (item.myRole ? t(MEMBER_ROLE_KEYS[item.myRole]) : '—'),
    },
  ];
}

/** The agreements the user is a member of: nothing else is listed (need-to-know). */
export function JitListPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<JitStatus | null>(null);
  const list = useJitList(status);
  const mayCreate = hasAnyRole(useSession().data, JIT_CREATE_ROLES);
  const columns = useColumns();
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('jit.listTitle')}</Title>
        {mayCreate && (
          <Button component={Link} to="/jit/new">
            {t('jit.create.open')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('jit.needToKnow')}
      </Text>
      <Group>
        <NativeSelect
          label={t('jit.fields.status')}
          data={[
            { value: '', label: t('common.all') },
            ...JIT_STATUSES.map((code) => ({ value: code, label: t(JIT_STATUS_KEYS[code]) })),
          ]}
          value={status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isOneOf(JIT_STATUSES, value) ? value : null);
          }}
        />
      </Group>
      {list.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('jit.count', { count: list.data.total })}
        </Text>
      )}
      <ErrorAlert error={list.error} />
      <DataTable<JitSummary>
        aria-label={t('jit.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={list.data?.items ?? []}
        fetching={list.isFetching}
        noRecordsText={t('jit.none')}
        columns={columns}
      />
    </Stack>
  );
}
