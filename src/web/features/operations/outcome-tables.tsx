import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Arrest, OperationDetail, Rescue, Seizure } from '#shared/contracts/operations.js';
import { NonPunishmentBadge } from '#web/features/investigations/non-punishment-badge.js';
import { SEX_KEYS } from '#web/features/victims/victim-labels.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { SEIZURE_KIND_KEYS } from './operation-labels.js';

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Each rescued person links to the possible-victim case opened for them, never to an identity. */
export function RescuesTable({ rescues }: { rescues: readonly Rescue[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  return (
    <Section id="rescues-title" title={t('operations.rescues.title')}>
      {rescues.length === 0 ? (
        <Text c="dimmed">{t('operations.rescues.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="rescues-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('operations.rescues.case')}</Table.Th>
                <Table.Th>{t('operations.rescue.sex')}</Table.Th>
                <Table.Th>{t('operations.rescues.birthYear')}</Table.Th>
                <Table.Th>{t('operations.rescue.citizenship')}</Table.Th>
                <Table.Th>{t('operations.rescue.officer')}</Table.Th>
                <Table.Th>{t('operations.rescue.location')}</Table.Th>
                <Table.Th>{t('operations.recordedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rescues.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/cases/${row.caseId}`}
                      className="reference nowrap"
                    >
                      <bdi>{row.caseReference}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(SEX_KEYS[row.sex])}</Table.Td>
                  <Table.Td>{row.birthYear ?? '—'}</Table.Td>
                  <Table.Td>{labelOf(COUNTRIES, row.citizenship, locale) || '—'}</Table.Td>
                  <Table.Td>
                    <bdi>{row.identifyingOfficerName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <bdi>{row.location}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={row.recordedAt}>{format.dateTime(row.recordedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function ArrestNames({ arrest }: { arrest: Arrest }) {
  return (
    <Stack gap={0}>
      {arrest.identity.names.map((name) => (
        <Text
          key={`${name.script}:${name.value}`}
          size="sm"
          lang={name.script === 'arab' ? 'ar' : undefined}
        >
          <bdi>{name.value}</bdi>
        </Text>
      ))}
    </Stack>
  );
}

export function ArrestsTable({ operation }: { operation: OperationDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  return (
    <Section id="arrests-title" title={t('operations.arrests.title')}>
      {operation.arrests.length === 0 ? (
        <Text c="dimmed">{t('operations.arrests.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="arrests-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('operations.arrests.names')}</Table.Th>
                <Table.Th>{t('operations.arrest.sex')}</Table.Th>
                <Table.Th>{t('operations.arrest.nationality')}</Table.Th>
                <Table.Th>{t('operations.arrest.arrestedAt')}</Table.Th>
                <Table.Th>{t('operations.arrests.suspectRecord')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {operation.arrests.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <ArrestNames arrest={row} />
                  </Table.Td>
                  <Table.Td>{t(SEX_KEYS[row.sex])}</Table.Td>
                  <Table.Td>{labelOf(COUNTRIES, row.nationality, locale) || '—'}</Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={row.arrestedAt}>{format.dateTime(row.arrestedAt)}</time>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {row.investigationPersonId && operation.investigationId ? (
                        <Anchor
                          component={Link}
                          size="sm"
                          to={`/investigations/${operation.investigationId}`}
                        >
                          {t('operations.arrests.openInvestigation')}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('operations.arrests.noInvestigation')}
                        </Text>
                      )}
                      {row.nonPunishmentReview && (
                        <NonPunishmentBadge review={row.nonPunishmentReview} />
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export function SeizuresTable({ seizures }: { seizures: readonly Seizure[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="seizures-title" title={t('operations.seizures.title')}>
      {seizures.length === 0 ? (
        <Text c="dimmed">{t('operations.seizures.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="seizures-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('operations.seizure.kind')}</Table.Th>
                <Table.Th>{t('operations.seizure.quantity')}</Table.Th>
                <Table.Th>{t('operations.seizure.value')}</Table.Th>
                <Table.Th>{t('operations.seizure.description')}</Table.Th>
                <Table.Th>{t('operations.recordedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {seizures.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{t(SEIZURE_KIND_KEYS[row.kind])}</Table.Td>
                  <Table.Td>
                    <bdi dir="ltr">{row.quantity}</bdi> <bdi>{row.unit}</bdi>
                  </Table.Td>
                  <Table.Td>
                    {row.estimatedValue === null ? (
                      '—'
                    ) : (
                      <bdi dir="ltr">{`${row.estimatedValue} ${row.currency ?? ''}`}</bdi>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" className="pre-line">
                      <bdi>{row.description}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={row.recordedAt}>{format.dateTime(row.recordedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
