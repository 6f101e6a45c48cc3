import { Anchor, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import {
  CooperationStatusBadge,
  DueDayCell,
  EscalationBadge,
  UrgencyBadge,
} from './cooperation-badges.js';
import {
  DIRECTION_KEYS,
  ESCALATION_KEYS,
  REFUSAL_GROUND_KEYS,
  referenceLabels,
} from './cooperation-labels.js';

function Moment({ at }: { at: string | null }) {
  const format = useFormat();
  return at ? <time dateTime={at}>{format.dateTime(at)}</time> : null;
}

function LegalBasis({ detail }: { detail: CooperationRequestDetail }) {
  const { t, i18n } = useTranslation();
  const labels = referenceLabels(currentLocale(i18n));
  if (detail.legalBasis === null) return <>{t('common.notSpecified')}</>;
  return (
    <>
      <Text size="sm">{labels.legalBasis(detail.legalBasis)}</Text>
      {detail.legalBasisInstrument && (
        <Text size="sm">{labels.instrument(detail.legalBasisInstrument)}</Text>
      )}
      {detail.legalBasisDetail && (
        <Text size="sm" dir="auto">
          {detail.legalBasisDetail}
        </Text>
      )}
    </>
  );
}

/** Routing, status, dates and receipts of the request at a glance. */
export function RequestFacts({ detail }: { detail: CooperationRequestDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  const notSet = t('common.notSpecified');
  const languages = [detail.language, ...detail.translationLanguages].filter(
    (code): code is NonNullable<typeof code> => code !== null,
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coop-facts-title">
      <Title order={3} id="coop-facts-title" mb="sm">
        {t('cooperation.facts.title')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('cooperation.facts.type')}>{labels.type(detail.type)}</FieldRow>
        <FieldRow label={t('cooperation.facts.direction')}>
          {t(DIRECTION_KEYS[detail.direction])}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.country')}>
          {labelOf(COUNTRIES, detail.foreignCountry, locale)}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.status')}>
          <CooperationStatusBadge row={detail} />
          {detail.refusalGround && (
            <Text size="sm">{t(REFUSAL_GROUND_KEYS[detail.refusalGround])}</Text>
          )}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.urgency')}>
          <UrgencyBadge urgency={detail.urgency} />
        </FieldRow>
        <FieldRow label={t('cooperation.facts.due')}>
          <DueDayCell dueOn={detail.dueOn} daysOverdue={detail.daysOverdue} />
        </FieldRow>
        <FieldRow label={t('cooperation.facts.escalation')}>
          {detail.escalationLevel > 0 ? (
            <EscalationBadge level={detail.escalationLevel} />
          ) : (
            t(ESCALATION_KEYS[0])
          )}
        </FieldRow>
        {detail.investigationId && (
          <FieldRow label={t('cooperation.facts.investigation')}>
            <Anchor component={Link} to={`/investigations/${detail.investigationId}`}>
              {t('cooperation.facts.openFile')}
            </Anchor>
          </FieldRow>
        )}
        {detail.prosecutionId && (
          <FieldRow label={t('cooperation.facts.prosecution')}>
            <Anchor component={Link} to={`/prosecutions/${detail.prosecutionId}`}>
              {t('cooperation.facts.openFile')}
            </Anchor>
          </FieldRow>
        )}
        <FieldRow label={t('cooperation.facts.requestingAuthority')}>
          <bdi>{detail.requestingAuthority ?? notSet}</bdi>
        </FieldRow>
        <FieldRow label={t('cooperation.facts.requestedAuthority')}>
          <bdi>{detail.requestedAuthority ?? notSet}</bdi>
        </FieldRow>
        <FieldRow label={t('cooperation.facts.owner')}>
          <bdi>{detail.ownerAgencyName}</bdi>
        </FieldRow>
        {detail.executingAgencyName && (
          <FieldRow label={t('cooperation.facts.executingAgency')}>
            <bdi>{detail.executingAgencyName}</bdi>
          </FieldRow>
        )}
        <FieldRow label={t('cooperation.facts.legalBasis')}>
          <LegalBasis detail={detail} />
        </FieldRow>
        <FieldRow label={t('cooperation.facts.languages')}>
          {languages.length === 0
            ? notSet
            : format.list(languages.map((code) => format.language(code)))}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.channel')}>
          {detail.channel ? labels.channel(detail.channel) : notSet}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.foreignReference')}>
          {detail.foreignReference ? (
            <bdi className="reference">{detail.foreignReference}</bdi>
          ) : (
            notSet
          )}
        </FieldRow>
        <FieldRow label={t('cooperation.facts.createdAt')}>
          <Moment at={detail.createdAt} />
        </FieldRow>
        {detail.sentAt && (
          <FieldRow label={t('cooperation.facts.sentAt')}>
            <Moment at={detail.sentAt} />
          </FieldRow>
        )}
        {detail.receivedAt && (
          <FieldRow label={t('cooperation.facts.receivedAt')}>
            <Moment at={detail.receivedAt} />
          </FieldRow>
        )}
        {detail.acknowledgedAt && (
          <FieldRow label={t('cooperation.facts.acknowledgedAt')}>
            <Moment at={detail.acknowledgedAt} />
          </FieldRow>
        )}
        {detail.executedAt && (
          <FieldRow label={t('cooperation.facts.executedAt')}>
            <Moment at={detail.executedAt} />
          </FieldRow>
        )}
      </dl>
    </Paper>
  );
}
