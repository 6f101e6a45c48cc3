import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TipDetail } from '#shared/contracts/tips.js';
import { PriorityBadge, TipStatusBadge } from '#web/components/badges.js';
import { DueCell } from '#web/components/due-cell.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';
import { CHANNEL_KEYS } from '#web/lib/labels.js';
import { useCodeLists } from '#web/lib/public-config.js';

function Reporter({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const contact = tip.reporterContact;
  if (tip.isAnonymous || !contact) return <Text>{t('tips.anonymous')}</Text>;
  return (
    <Stack gap={2}>
      {contact.name && (
        <Text>
          <bdi>{contact.name}</bdi>
        </Text>
      )}
      {contact.phone && (
        <Text>
          <bdi dir="ltr">{contact.phone}</bdi>
        </Text>
      )}
      {contact.email && (
        <Text>
          <bdi dir="ltr">{contact.email}</bdi>
        </Text>
      )}
    </Stack>
  );
}

function Attachments({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (tip.attachments.length === 0) return <Text>{t('common.none')}</Text>;
  return (
    <Stack gap={2}>
      {tip.attachments.map((file) => (
        <Anchor
          key={file.id}
          href={`/api/tips/${tip.id}/attachments/${file.id}`}
          target="_blank"
          rel="noopener"
        >
          <bdi>{file.filename}</bdi> · {format.bytes(file.sizeBytes)}
        </Anchor>
      ))}
    </Stack>
  );
}

export function TipFacts({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { categoryLabel, regionLabel } = useCodeLists();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="facts-title">
      <Title order={3} id="facts-title" mb="sm">
        {t('tips.factsTitle')}
      </Title>
      <Group gap="xs" mb="md">
        <PriorityBadge priority={tip.priority} />
        <TipStatusBadge status={tip.status} />
        {tip.childInvolved && <Badge color="pink">{t('report.childInvolved')}</Badge>}
        {tip.imminentDanger && <Badge color="red">{t('report.imminentDanger')}</Badge>}
      </Group>
      <dl className="facts">
        <FieldRow label={t('report.whatWasSeen')}>
          <Text className="pre-line user-text" dir="auto">
            {tip.whatWasSeen}
          </Text>
        </FieldRow>
        <FieldRow label={t('tips.columns.received')}>
          <time dateTime={tip.receivedAt}>{format.dateTime(tip.receivedAt)}</time>
        </FieldRow>
        <FieldRow label={t('tips.columns.due')}>
          <DueCell dueAt={tip.dueAt} isOverdue={tip.isOverdue} />
        </FieldRow>
        <FieldRow label={t('tips.channel')}>{t(CHANNEL_KEYS[tip.channel])}</FieldRow>
        <FieldRow label={t('tips.columns.category')}>
          {categoryLabel(tip.category) ?? t('tips.uncategorised')}
        </FieldRow>
        <FieldRow label={t('tips.columns.region')}>
          {regionLabel(tip.regionCode) ?? t('common.notSpecified')}
        </FieldRow>
        <FieldRow label={t('report.location')}>
          <Text className="user-text" dir="auto">
            {tip.locationText || t('common.notSpecified')}
          </Text>
        </FieldRow>
        <FieldRow label={t('report.peopleInvolved')}>
          <Text className="pre-line user-text" dir="auto">
            {tip.peopleInvolved || t('common.notSpecified')}
          </Text>
        </FieldRow>
        <FieldRow label={t('tips.columns.agency')}>
          <bdi>{tip.assignedAgencyName}</bdi>
        </FieldRow>
        <FieldRow label={t('tips.reporter')}>
          <Reporter tip={tip} />
        </FieldRow>
        <FieldRow label={t('tips.attachments')}>
          <Attachments tip={tip} />
        </FieldRow>
      </dl>
    </Paper>
  );
}
