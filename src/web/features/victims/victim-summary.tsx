import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VictimDetail } from '#shared/contracts/victims.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import {
  CONTACT_KIND_KEYS,
  DOCUMENT_TYPE_KEYS,
  SEX_KEYS,
  STATUS_COLORS,
  TRAFFICKING_STATUS_KEYS,
  isKeyIn,
} from './victim-labels.js';

export function TraffickingStatusBadge({
  status,
  label,
}: {
  status: VictimDetail['traffickingStatus'];
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="lg" title={label}>
      {t(TRAFFICKING_STATUS_KEYS[status])}
    </Badge>
  );
}

function Identity({ identity }: { identity: NonNullable<VictimDetail['identity']> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const none = <Text c="dimmed">{t('common.notSpecified')}</Text>;
  return (
    <>
      <FieldRow label={t('victims.nameArabic')}>
        {identity.nameArabic ? (
          <bdi dir="rtl" lang="ar">
            {identity.nameArabic}
          </bdi>
        ) : (
          none
        )}
      </FieldRow>
      <FieldRow label={t('victims.nameLatin')}>
        {identity.nameLatin ? <bdi dir="ltr">{identity.nameLatin}</bdi> : none}
      </FieldRow>
      {identity.birthDate && (
        <FieldRow label={t('victims.birthDate')}>
          <time dateTime={identity.birthDate}>{format.day(identity.birthDate)}</time>
        </FieldRow>
      )}
      <FieldRow label={t('victims.documents')}>
        {identity.documents.length === 0 ? (
          none
        ) : (
          <List listStyleType="none" spacing={2}>
            {identity.documents.map((doc) => (
              <List.Item key={`${doc.type}-${doc.number}`}>
                {isKeyIn(DOCUMENT_TYPE_KEYS, doc.type) ? t(DOCUMENT_TYPE_KEYS[doc.type]) : doc.type}
                {': '}
                <bdi dir="ltr" className="reference">
                  {doc.number}
                </bdi>
                {doc.issuingCountry && (
                  <Text span c="dimmed" size="sm">
                    {' · '}
                    {labelOf(COUNTRIES, doc.issuingCountry, locale)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </FieldRow>
      <FieldRow label={t('victims.contacts')}>
        {identity.contacts.length === 0 ? (
          none
        ) : (
          <List listStyleType="none" spacing={2}>
            {identity.contacts.map((contact) => (
              <List.Item key={`${contact.kind}-${contact.value}`}>
                {isKeyIn(CONTACT_KIND_KEYS, contact.kind)
                  ? t(CONTACT_KIND_KEYS[contact.kind])
                  : contact.kind}
                {': '}
                <bdi dir={contact.kind === 'address' ? 'auto' : 'ltr'}>{contact.value}</bdi>
              </List.Item>
            ))}
          </List>
        )}
      </FieldRow>
    </>
  );
}

/** Who the person is, their status and the warnings that matter before anything else. */
export function VictimSummary({ victim }: { victim: VictimDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="victim-identity-title">
      <Stack gap="sm">
        <Group gap="sm" align="center">
          <Title order={3} id="victim-identity-title">
            {t('victims.identityTitle')}
          </Title>
          <TraffickingStatusBadge
            status={victim.traffickingStatus}
            label={t('victims.statusLabel')}
          />
          {victim.isChild && (
            <Badge color="grape" variant="filled" size="lg">
              {t('victims.childBadge')}
            </Badge>
          )}
        </Group>
        {victim.possibleDuplicateCount > 0 && (
          <Alert color="orange" title={t('victims.duplicateTitle')}>
            {t('victims.possibleDuplicate', { count: victim.possibleDuplicateCount })}
          </Alert>
        )}
        {victim.identity === null && (
          <Alert color="grape" title={t('victims.identityHiddenTitle')}>
            {t('victims.identityHidden')}
          </Alert>
        )}
        <dl className="facts">
          {victim.identity && <Identity identity={victim.identity} />}
          <FieldRow label={t('victims.sex')}>{t(SEX_KEYS[victim.sex])}</FieldRow>
          <FieldRow label={t('victims.birthYear')}>
            {victim.birthYear === null ? t('common.notSpecified') : <bdi>{victim.birthYear}</bdi>}
          </FieldRow>
          <FieldRow label={t('victims.citizenship')}>
            {victim.citizenship
              ? labelOf(COUNTRIES, victim.citizenship, locale)
              : t('victims.citizenshipUnknown')}
          </FieldRow>
          <FieldRow label={t('victims.languages')}>
            {victim.languages.length === 0
              ? t('common.notSpecified')
              : format.list(victim.languages.map((code) => format.language(code)))}
          </FieldRow>
          <FieldRow label={t('victims.reflectionEndsOn')}>
            {victim.reflectionEndsOn ? (
              <time dateTime={victim.reflectionEndsOn}>{format.day(victim.reflectionEndsOn)}</time>
            ) : (
              t('common.notSpecified')
            )}
          </FieldRow>
        </dl>
      </Stack>
    </Paper>
  );
}
