import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProsecutionOverview, ProsecutionSummary } from '#shared/contracts/prosecutions.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';

/** Court, office, dates and the investigation the case comes from. */
export function ProsecutionFacts({ file }: { file: ProsecutionSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prosecution-facts-title">
      <Title order={3} id="prosecution-facts-title" mb="sm">
        {t('prosecutions.factsTitle')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('prosecutions.fields.court')}>
          {file.courtName ? <bdi>{file.courtName}</bdi> : t('common.notSpecified')}
        </FieldRow>
        <FieldRow label={t('prosecutions.fields.agency')}>
          <bdi>{file.agencyName}</bdi>
        </FieldRow>
        <FieldRow label={t('prosecutions.fields.openedAt')}>
          <time dateTime={file.openedAt}>{format.dateTime(file.openedAt)}</time>
        </FieldRow>
        <FieldRow label={t('prosecutions.fields.nextHearing')}>
          {file.nextHearingAt ? (
            <time dateTime={file.nextHearingAt}>{format.dateTime(file.nextHearingAt)}</time>
          ) : (
            t('common.none')
          )}
        </FieldRow>
        {file.investigationId && (
          <FieldRow label={t('prosecutions.fields.investigation')}>
            <Anchor component={Link} to={`/investigations/${file.investigationId}`}>
              {t('prosecutions.openInvestigation')}
            </Anchor>
          </FieldRow>
        )}
      </dl>
    </Paper>
  );
}

/** The coordinator's oversight: stage and counts, never identities or witness measures. */
export function ProsecutionCounts({ file }: { file: ProsecutionOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    [t('prosecutions.fields.defendants'), file.defendantCount],
    [t('prosecutions.fields.charges'), file.chargeCount],
    [t('prosecutions.fields.verdicts'), file.verdictCount],
    [t('prosecutions.hearings.title'), file.hearingCount],
    [t('prosecutions.confiscations.title'), file.confiscationCount],
    [t('prosecutions.protection.title'), file.protectionMeasureCount],
  ] as const;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prosecution-counts-title">
      <Title order={3} id="prosecution-counts-title" mb="sm">
        {t('prosecutions.overview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('prosecutions.overview.note')}
      </Text>
      <Table withTableBorder maw={480}>
        <Table.Tbody>
          {rows.map(([label, count]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{format.number(count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
