import { Badge, Button, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_DECLINE_REASONS, type Transfer } from '#shared/contracts/transfers.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import {
  TRANSFER_DECLINE_KEYS,
  TRANSFER_REASON_KEYS,
  TRANSFER_STATUS_KEYS,
  useTransferWrite,
  useTransfers,
} from './transfers-api.js';

type Direction = 'incoming' | 'outgoing';
type DeclineReason = (typeof TRANSFER_DECLINE_REASONS)[number];

function Answer({ row, write }: { row: Transfer; write: ReturnType<typeof useTransferWrite> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeclineReason>('not_competent');
  const path = (command: string) => `/api/transfers/${encodeURIComponent(row.id)}/${command}`;
  if (row.status !== 'requested') return null;
  if (!row.isIncoming) {
    return (
      <Button
        size="compact-sm"
        variant="outline"
        color="red"
        onClick={() => write.mutate({ path: path('cancel'), body: { version: row.version } })}
      >
        {t('transfers.cancel')}
      </Button>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" align="flex-end">
      <Button
        size="compact-sm"
        onClick={() => write.mutate({ path: path('accept'), body: { version: row.version } })}
      >
        {t('transfers.accept')}
      </Button>
      <NativeSelect
        size="xs"
        aria-label={t('transfers.declineReason')}
        value={reason}
        onChange={(event) => {
          const value = TRANSFER_DECLINE_REASONS.find((code) => code === event.currentTarget.value);
          if (value) setReason(value);
        }}
        data={TRANSFER_DECLINE_REASONS.map((code) => ({
          value: code,
          label: t(TRANSFER_DECLINE_KEYS[code]),
        }))}
      />
      <Button
        size="compact-sm"
        variant="outline"
        color="red"
        onClick={() =>
          write.mutate({ path: path('decline'), body: { version: row.version, reason } })
        }
      >
        {t('transfers.decline')}
      </Button>
    </Group>
  );
}

function TransferTable({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const format = useFormat();
  const transfers = useTransfers(direction);
  const write = useTransferWrite();
  return (
    <QueryState query={transfers}>
      {(data) =>
        data.items.length === 0 ? (
          <Text c="dimmed">{t('transfers.none')}</Text>
        ) : (
          <Stack gap="sm">
            <ErrorAlert error={write.error} />
            <Table.ScrollContainer minWidth={860}>
              <Table withTableBorder verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('transfers.columns.case')}</Table.Th>
                    <Table.Th>{t('transfers.columns.agency')}</Table.Th>
                    <Table.Th>{t('transfers.reason')}</Table.Th>
                    <Table.Th>{t('transfers.columns.requestedAt')}</Table.Th>
                    <Table.Th>{t('transfers.columns.status')}</Table.Th>
                    <Table.Th>{t('transfers.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td className="nowrap">
                        <bdi className="reference">{row.caseReference}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <bdi>{row.isIncoming ? row.fromAgencyName : row.toAgencyName}</bdi>
                      </Table.Td>
                      <Table.Td>
                        {t(TRANSFER_REASON_KEYS[row.reason])}
                        {row.note && (
                          <Text size="xs" className="pre-line user-text" dir="auto">
                            {row.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="nowrap">
                        <time dateTime={row.requestedAt}>{format.dateTime(row.requestedAt)}</time>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light">{t(TRANSFER_STATUS_KEYS[row.status])}</Badge>
                        {row.declineReason && (
                          <Text size="xs">{t(TRANSFER_DECLINE_KEYS[row.declineReason])}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Answer row={row} write={write} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )
      }
    </QueryState>
  );
}

export function TransfersPage() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<Direction>('incoming');
  return (
    <Stack>
      <Title order={2}>{t('transfers.title')}</Title>
      <Tabs
        value={direction}
        onChange={(value) => {
          if (value === 'incoming' || value === 'outgoing') setDirection(value);
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="incoming">{t('transfers.incoming')}</Tabs.Tab>
          <Tabs.Tab value="outgoing">{t('transfers.outgoing')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={direction} pt="md">
          <TransferTable direction={direction} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
