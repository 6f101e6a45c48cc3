import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Charge } from '#shared/contracts/prosecutions.js';
import { isChargeOpen } from '#shared/domain/prosecution.js';
import { OFFENCE_KEYS } from '#web/features/investigations/investigation-labels.js';
import { useFormat } from '#web/lib/format.js';
import { ChargeChangeModal } from './charge-forms.js';
import { CHARGE_STATUS_COLORS, CHARGE_STATUS_KEYS } from './prosecution-labels.js';

/** The charges of one defendant: offence, article of law, where each stands. */
export function ChargesTable({
  prosecutionId,
  defendantId,
  charges,
  canChange,
}: {
  prosecutionId: string;
  defendantId: string;
  charges: readonly Charge[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [changing, setChanging] = useState<Charge | null>(null);
  if (charges.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('prosecutions.charges.none')}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={t('prosecutions.charges.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('prosecutions.charges.offence')}</Table.Th>
              <Table.Th>{t('prosecutions.charges.lawArticle')}</Table.Th>
              <Table.Th>{t('prosecutions.charges.status')}</Table.Th>
              <Table.Th>{t('prosecutions.charges.filedAt')}</Table.Th>
              {canChange && <Table.Th>{t('prosecutions.actionsColumn')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {charges.map((charge) => (
              <Table.Tr
                key={charge.id}
                className={charge.status === 'withdrawn' ? 'withdrawn-row' : undefined}
              >
                <Table.Td>{t(OFFENCE_KEYS[charge.offenceCode])}</Table.Td>
                <Table.Td>
                  <bdi>{charge.lawArticle}</bdi>
                </Table.Td>
                <Table.Td>
                  <Badge color={CHARGE_STATUS_COLORS[charge.status]} variant="light">
                    {t(CHARGE_STATUS_KEYS[charge.status])}
                  </Badge>
                </Table.Td>
                <Table.Td className="nowrap">
                  <time dateTime={charge.filedAt}>{format.date(charge.filedAt)}</time>
                </Table.Td>
                {canChange && (
                  <Table.Td>
                    {isChargeOpen(charge.status) && (
                      <Button size="compact-sm" variant="light" onClick={() => setChanging(charge)}>
                        {t('prosecutions.charges.change')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {changing && (
        <ChargeChangeModal
          prosecutionId={prosecutionId}
          defendantId={defendantId}
          charge={changing}
          onClose={() => setChanging(null)}
        />
      )}
    </>
  );
}
