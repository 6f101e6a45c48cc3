import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CooperationDashboard } from '#shared/contracts/cooperation.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { useCooperationDashboard } from './cooperation-api.js';
import { CooperationStatusBadge, DueDayCell, EscalationBadge } from './cooperation-badges.js';
import { DIRECTION_KEYS, referenceLabels } from './cooperation-labels.js';

/** Pending requests as a country × type table, with totals per country and per type. */
function PendingTable({ pending }: { pending: CooperationDashboard['pending'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  if (pending.length === 0) return <Text c="dimmed">{t('cooperation.dashboard.noPending')}</Text>;
  const countries = [...new Set(pending.map((row) => row.foreignCountry))].sort((a, b) =>
    labelOf(COUNTRIES, a, locale).localeCompare(labelOf(COUNTRIES, b, locale), locale),
  );
  const types = [...new Set(pending.map((row) => row.type))];
  const count = (country: string | null, type: string | null) =>
    pending
      .filter(
        (row) =>
          (country === null || row.foreignCountry === country) &&
          (type === null || row.type === type),
      )
      .reduce((sum, row) => sum + row.count, 0);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders>
        <Table.Caption>{t('cooperation.dashboard.pendingCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cooperation.columns.country')}</Table.Th>
            {types.map((type) => (
              <Table.Th key={type} scope="col">
                {labels.type(type)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('cooperation.dashboard.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countries.map((country) => (
            <Table.Tr key={country}>
              <Table.Th scope="row">{labelOf(COUNTRIES, country, locale)}</Table.Th>
              {types.map((type) => (
                <Table.Td key={type}>{format.number(count(country, type))}</Table.Td>
              ))}
              <Table.Td fw={700}>{format.number(count(country, null))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('cooperation.dashboard.total')}</Table.Th>
            {types.map((type) => (
              <Table.Td key={type} fw={700}>
                {format.number(count(null, type))}
              </Table.Td>
            ))}
            <Table.Td fw={700}>{format.number(count(null, null))}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function ExecutionTime({ time }: { time: CooperationDashboard['executionTime'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = (value: number | null) =>
    value === null
      ? t('cooperation.dashboard.noData')
      : t('cooperation.dashboard.days', { count: Math.round(value * 10) / 10 });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('cooperation.dashboard.executedCount')}
        </Text>
        <Text size="xl" fw={700}>
          {format.number(time.count)}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('cooperation.dashboard.average')}
        </Text>
        <Text size="xl" fw={700}>
          {days(time.averageDays)}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('cooperation.dashboard.p90')}
        </Text>
        <Text size="xl" fw={700}>
          {days(time.p90Days)}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

function OverdueTable({ overdue }: { overdue: CooperationDashboard['overdue'] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  if (overdue.length === 0) return <Text c="dimmed">{t('cooperation.dashboard.noOverdue')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder verticalSpacing="xs" aria-labelledby="coop-overdue-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cooperation.columns.reference')}</Table.Th>
            <Table.Th>{t('cooperation.columns.direction')}</Table.Th>
            <Table.Th>{t('cooperation.columns.type')}</Table.Th>
            <Table.Th>{t('cooperation.columns.country')}</Table.Th>
            <Table.Th>{t('cooperation.columns.status')}</Table.Th>
            <Table.Th>{t('cooperation.columns.due')}</Table.Th>
            <Table.Th>{t('cooperation.columns.escalation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overdue.map((row) => (
            <Table.Tr key={row.id} className="overdue-row">
              <Table.Td className="nowrap">
                <Anchor component={Link} to={`/cooperation/${row.id}`} className="reference">
                  <bdi>{row.reference}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>{t(DIRECTION_KEYS[row.direction])}</Table.Td>
              <Table.Td>{labels.type(row.type)}</Table.Td>
              <Table.Td>{labelOf(COUNTRIES, row.foreignCountry, locale)}</Table.Td>
              <Table.Td>
                <CooperationStatusBadge row={row} />
              </Table.Td>
              <Table.Td className="nowrap">
                <DueDayCell dueOn={row.dueOn} daysOverdue={row.daysOverdue} />
              </Table.Td>
              <Table.Td>
                <EscalationBadge level={row.escalationLevel} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Where requests wait, how long execution takes, and which answers are late. */
export function CooperationDashboardPage() {
  const { t } = useTranslation();
  const dashboard = useCooperationDashboard();
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('cooperation.dashboard.title')}</Title>
        <Anchor component={Link} to="/cooperation">
          {t('nav.cooperation')}
        </Anchor>
      </Group>
      <QueryState query={dashboard}>
        {(data) => (
          <Stack gap="lg">
            <section aria-labelledby="coop-pending-title">
              <Title order={3} id="coop-pending-title" mb="sm">
                {t('cooperation.dashboard.pendingTitle')}
              </Title>
              <PendingTable pending={data.pending} />
            </section>
            <section aria-labelledby="coop-time-title">
              <Title order={3} id="coop-time-title" mb="sm">
                {t('cooperation.dashboard.executionTitle')}
              </Title>
              <ExecutionTime time={data.executionTime} />
            </section>
            <section aria-labelledby="coop-overdue-title">
              <Title order={3} id="coop-overdue-title" mb="sm">
                {t('cooperation.dashboard.overdueTitle')}
              </Title>
              <OverdueTable overdue={data.overdue} />
            </section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
