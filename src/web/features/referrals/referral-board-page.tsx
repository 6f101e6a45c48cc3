import { Anchor, Badge, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralSummary } from '#shared/contracts/referrals.js';
import { REFERRAL_STATUSES } from '#shared/domain/referral-lifecycle.js';
import { DueCell } from '#web/components/due-cell.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { SERVICE_KEYS } from '#web/features/victims/victim-labels.js';
import { useFormat } from '#web/lib/format.js';
import { ReferralActions } from './referral-actions.js';
import {
  DECLINE_REASON_KEYS,
  REFERRAL_STATUS_KEYS,
  STATUS_COLORS,
  URGENCY_KEYS,
} from './referral-labels.js';
import { useReferralBoard, useReferralCommand, type BoardFilter } from './referrals-api.js';

export function ReferralStatusBadge({ row }: { row: ReferralSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge color={STATUS_COLORS[row.status]} variant="light">
        {t(REFERRAL_STATUS_KEYS[row.status])}
      </Badge>
      {row.declineReason && <Text size="xs">{t(DECLINE_REASON_KEYS[row.declineReason])}</Text>}
    </Stack>
  );
}

function BoardTable({ items, direction }: { items: ReferralSummary[]; direction: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const command = useReferralCommand();
  if (items.length === 0) return <Text c="dimmed">{t('referrals.none')}</Text>;
  return (
    <Stack gap="sm">
      <ErrorAlert error={command.error} />
      <Table.ScrollContainer minWidth={980}>
        <Table withTableBorder verticalSpacing="xs" className="referral-board">
          <Table.Caption>{t('referrals.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('referrals.columns.case')}</Table.Th>
              <Table.Th>
                {direction === 'sent'
                  ? t('referrals.columns.provider')
                  : t('referrals.columns.from')}
              </Table.Th>
              <Table.Th>{t('referrals.columns.services')}</Table.Th>
              <Table.Th>{t('referrals.columns.urgency')}</Table.Th>
              <Table.Th>{t('referrals.columns.sentAt')}</Table.Th>
              <Table.Th>{t('referrals.columns.due')}</Table.Th>
              <Table.Th>{t('referrals.columns.status')}</Table.Th>
              <Table.Th>{t('referrals.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <Table.Tr key={row.id} className={row.isOverdue ? 'overdue-row' : undefined}>
                <Table.Td className="nowrap">
                  {row.isSentByMyAgency ? (
                    <Anchor component={Link} to={`/cases/${row.caseId}`} className="reference">
                      <bdi>{row.caseReference}</bdi>
                    </Anchor>
                  ) : (
                    <bdi className="reference">{row.caseReference}</bdi>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <bdi>{direction === 'sent' ? row.providerName : row.referringAgencyName}</bdi>
                  </Text>
                  {direction === 'sent' && (
                    <Text size="xs" c="dimmed">
                      <bdi>{row.receivingAgencyName}</bdi>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {format.list(row.services.map((code) => t(SERVICE_KEYS[code])))}
                </Table.Td>
                <Table.Td>
                  <Badge color={row.urgency === 'urgent' ? 'red' : 'gray'} variant="outline">
                    {t(URGENCY_KEYS[row.urgency])}
                  </Badge>
                </Table.Td>
                <Table.Td className="nowrap">
                  <time dateTime={row.sentAt}>{format.dateTime(row.sentAt)}</time>
                </Table.Td>
                <Table.Td className="nowrap">
                  {row.status === 'sent' ? (
                    <DueCell dueAt={row.acceptanceDueAt} isOverdue={row.isOverdue} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('referrals.answered')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ReferralStatusBadge row={row} />
                </Table.Td>
                <Table.Td>
                  <ReferralActions row={row} command={command} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function isDirection(value: string | null): value is BoardFilter['direction'] {
  return value === 'sent' || value === 'received';
}

export function ReferralBoardPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<BoardFilter>({ direction: 'received', status: '' });
  const board = useReferralBoard(filter);
  return (
    <Stack>
      <Title order={2}>{t('referrals.title')}</Title>
      <Tabs
        value={filter.direction}
        onChange={(value) => {
          if (isDirection(value)) setFilter((old) => ({ ...old, direction: value }));
        }}
      >
        <Group justify="space-between" align="flex-end">
          <Tabs.List>
            <Tabs.Tab value="received">{t('referrals.received')}</Tabs.Tab>
            <Tabs.Tab value="sent">{t('referrals.sent')}</Tabs.Tab>
          </Tabs.List>
          <NativeSelect
            label={t('referrals.statusFilter')}
            value={filter.status}
            onChange={(event) => {
              const status = event.currentTarget.value;
              setFilter((old) => ({ ...old, status }));
            }}
            data={[
              { value: '', label: t('common.all') },
              ...REFERRAL_STATUSES.map((code) => ({
                value: code,
                label: t(REFERRAL_STATUS_KEYS[code]),
              })),
            ]}
          />
        </Group>
        <Tabs.Panel value={filter.direction} pt="md">
          <QueryState query={board}>
            {(data) => <BoardTable items={data.items} direction={filter.direction} />}
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
