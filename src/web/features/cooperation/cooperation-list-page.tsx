import { Anchor, Button, Checkbox, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CooperationRequestSummary } from '#shared/contracts/cooperation.js';
import { COOPERATION_STATUSES, type CooperationStatus } from '#shared/domain/cooperation.js';
import { COOPERATION_TYPE_CODES } from '#shared/reference/cooperation-codes.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf, optionsOf } from '#web/lib/reference.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import {
  CENTRAL_AUTHORITY_ROLES,
  COOPERATION_DASHBOARD_ROLES,
  COOPERATION_DRAFTER_ROLES,
  PAGE_SIZE,
  useCooperationList,
  type ListFilter,
} from './cooperation-api.js';
import {
  CooperationStatusBadge,
  DueDayCell,
  EscalationBadge,
  UrgencyBadge,
} from './cooperation-badges.js';
import { STATUS_KEYS, referenceLabels } from './cooperation-labels.js';

type View = 'outgoing' | 'incoming' | 'toSend';
type Criteria = { status: string; type: string; foreignCountry: string; overdue: boolean };

const VIEWS: readonly View[] = ['outgoing', 'incoming', 'toSend'];
const isView = (value: string | null): value is View => VIEWS.includes(value as View);
const isStatus = (value: string): value is CooperationStatus =>
  (COOPERATION_STATUSES as readonly string[]).includes(value);

/** The central authority's queue: outgoing requests that passed the check, waiting to be sent. */
function toFilter(view: View, criteria: Criteria, page: number): ListFilter {
  const status = view === 'toSend' ? 'checked' : criteria.status;
  return {
    direction: view === 'incoming' ? 'incoming' : 'outgoing',
    ...(isStatus(status) ? { status } : {}),
    ...(criteria.type ? { type: criteria.type } : {}),
    ...(criteria.foreignCountry ? { foreignCountry: criteria.foreignCountry } : {}),
    ...(criteria.overdue ? { overdue: 'true' as const } : {}),
    page,
  };
}

function useColumns(): DataTableColumn<CooperationRequestSummary>[] {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  return [
    {
      accessor: 'reference',
      title: t('cooperation.columns.reference'),
      noWrap: true,
      render: (row) => (
        <Anchor component={Link} to={`/cooperation/${row.id}`} className="reference">
          <bdi>{row.reference}</bdi>
        </Anchor>
      ),
    },
    {
      accessor: 'type',
      title: t('cooperation.columns.type'),
      render: (row) => labels.type(row.type),
    },
    {
      accessor: 'foreignCountry',
      title: t('cooperation.columns.country'),
      render: (row) => labelOf(COUNTRIES, row.foreignCountry, locale),
    },
    {
      accessor: 'status',
      title: t('cooperation.columns.status'),
      noWrap: true,
      render: (row) => <CooperationStatusBadge row={row} />,
    },
    {
      accessor: 'urgency',
      title: t('cooperation.columns.urgency'),
      render: (row) => <UrgencyBadge urgency={row.urgency} />,
    },
    {
      accessor: 'dueOn',
      title: t('cooperation.columns.due'),
      noWrap: true,
      render: (row) => <DueDayCell dueOn={row.dueOn} daysOverdue={row.daysOverdue} />,
    },
    {
      accessor: 'escalationLevel',
      title: t('cooperation.columns.escalation'),
      render: (row) => <EscalationBadge level={row.escalationLevel} />,
    },
  ];
}

function FiltersBar(props: {
  view: View;
  criteria: Criteria;
  onChange: (criteria: Criteria) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  const set = (patch: Partial<Criteria>) => props.onChange({ ...props.criteria, ...patch });
  return (
    <Group align="end" wrap="wrap">
      {props.view !== 'toSend' && (
        <Select
          label={t('cooperation.filters.status')}
          clearable
          data={COOPERATION_STATUSES.map((code) => ({ value: code, label: t(STATUS_KEYS[code]) }))}
          value={props.criteria.status || null}
          onChange={(value) => set({ status: value ?? '' })}
        />
      )}
      <Select
        label={t('cooperation.filters.type')}
        clearable
        searchable
        data={COOPERATION_TYPE_CODES.map((code) => ({ value: code, label: labels.type(code) }))}
        value={props.criteria.type || null}
        onChange={(value) => set({ type: value ?? '' })}
      />
      <Select
        label={t('cooperation.filters.country')}
        clearable
        searchable
        data={optionsOf(COUNTRIES, locale, true)}
        value={props.criteria.foreignCountry || null}
        onChange={(value) => set({ foreignCountry: value ?? '' })}
      />
      <Checkbox
        label={t('cooperation.filters.overdueOnly')}
        checked={props.criteria.overdue}
        onChange={(event) => set({ overdue: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}

function RequestsTable({ filter, onPage }: { filter: ListFilter; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const list = useCooperationList(filter);
  const columns = useColumns();
  return (
    <Stack gap="sm">
      {list.data && (
        <Text c="dimmed" size="sm" role="status">
          {t('cooperation.count', { count: list.data.total })}
        </Text>
      )}
      <ErrorAlert error={list.error} />
      <DataTable<CooperationRequestSummary>
        aria-label={t('cooperation.listTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        highlightOnHover
        records={list.data?.items ?? []}
        columns={columns}
        fetching={list.isFetching}
        noRecordsText={t('cooperation.noRequests')}
        rowClassName={(row) => (row.isOverdue ? 'overdue-row' : undefined)}
        totalRecords={list.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={filter.page}
        onPageChange={onPage}
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

export function CooperationListPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const isCentral = hasAnyRole(session, CENTRAL_AUTHORITY_ROLES);
  const [view, setView] = useState<View>(isCentral ? 'toSend' : 'outgoing');
  const [criteria, setCriteria] = useState<Criteria>({
    status: '',
    type: '',
    foreignCountry: '',
    overdue: false,
  });
  const [page, setPage] = useState(1);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('cooperation.listTitle')}</Title>
        <Group gap="sm">
          {hasAnyRole(session, COOPERATION_DASHBOARD_ROLES) && (
            <Button variant="default" component={Link} to="/cooperation/dashboard">
              {t('nav.cooperationDashboard')}
            </Button>
          )}
          {hasAnyRole(session, COOPERATION_DRAFTER_ROLES) && (
            <Button component={Link} to="/cooperation/new">
              {t('cooperation.newRequest')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs
        value={view}
        onChange={(value) => {
          if (isView(value)) setView(value);
          setPage(1);
        }}
      >
        <Tabs.List>
          {isCentral && <Tabs.Tab value="toSend">{t('cooperation.views.toSend')}</Tabs.Tab>}
          <Tabs.Tab value="outgoing">{t('cooperation.views.outgoing')}</Tabs.Tab>
          <Tabs.Tab value="incoming">{t('cooperation.views.incoming')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={view} pt="md">
          <Stack>
            {view === 'toSend' && (
              <Text size="sm" c="dimmed">
                {t('cooperation.views.toSendHint')}
              </Text>
            )}
            <FiltersBar
              view={view}
              criteria={criteria}
              onChange={(next) => {
                setCriteria(next);
                setPage(1);
              }}
            />
            <RequestsTable filter={toFilter(view, criteria, page)} onPage={setPage} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
