import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvestigationPerson, PersonName } from '#shared/contracts/investigations.js';
import { SEX_KEYS } from '#web/features/victims/victim-labels.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { ACCOUNT_KIND_KEYS, DOCUMENT_TYPE_KEYS, PERSON_ROLE_KEYS } from './investigation-labels.js';
import { InlineList } from './inline-list.js';
import { NonPunishmentBadge } from './non-punishment-badge.js';

function Names({ names, isPrimary }: { names: readonly PersonName[]; isPrimary: boolean }) {
  return (
    <Group gap="md" wrap="wrap">
      {names.map((name, index) => (
        <Text
          key={`${name.script}-${String(index)}`}
          span
          fw={isPrimary ? 600 : 400}
          dir={name.script === 'arab' ? 'rtl' : 'ltr'}
          lang={name.script === 'arab' ? 'ar' : undefined}
        >
          <bdi>{name.value}</bdi>
        </Text>
      ))}
    </Group>
  );
}

function ReviewFlag({ person }: { person: InvestigationPerson }) {
  const { t } = useTranslation();
  if (person.isReviewRequired) {
    return (
      <Badge color="red" variant="filled" data-review="required">
        {t('investigations.review.required')}
      </Badge>
    );
  }
  return <NonPunishmentBadge review={person.nonPunishmentReview} />;
}

function IdentityFacts({ person }: { person: InvestigationPerson }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const { identity } = person;
  const birth = identity.birthDate ? format.day(identity.birthDate) : identity.birthYear;
  return (
    <dl className="facts compact-facts">
      <FieldRow label={t('investigations.persons.sex')}>{t(SEX_KEYS[identity.sex])}</FieldRow>
      {birth !== null && (
        <FieldRow label={t('investigations.persons.birth')}>{String(birth)}</FieldRow>
      )}
      {identity.nationality && (
        <FieldRow label={t('investigations.persons.nationality')}>
          {labelOf(COUNTRIES, identity.nationality, locale)}
        </FieldRow>
      )}
      {identity.aliases.length > 0 && (
        <FieldRow label={t('investigations.persons.aliases')}>
          <Names names={identity.aliases} isPrimary={false} />
        </FieldRow>
      )}
      {identity.documents.length > 0 && (
        <FieldRow label={t('investigations.persons.documents')}>
          <Stack gap={0}>
            {identity.documents.map((doc, index) => (
              <Text key={index} size="sm">
                {t(DOCUMENT_TYPE_KEYS[doc.type])} <bdi dir="ltr">{doc.number}</bdi>
              </Text>
            ))}
          </Stack>
        </FieldRow>
      )}
      {identity.phones.length > 0 && (
        <FieldRow label={t('investigations.persons.phones')}>
          <InlineList items={identity.phones.map((text) => ({ text, isLatinOnly: true }))} />
        </FieldRow>
      )}
      {identity.accounts.length > 0 && (
        <FieldRow label={t('investigations.persons.accounts')}>
          <Stack gap={0}>
            {identity.accounts.map((account, index) => (
              <Text key={index} size="sm">
                {t(ACCOUNT_KIND_KEYS[account.kind])} <bdi dir="ltr">{account.value}</bdi>
              </Text>
            ))}
          </Stack>
        </FieldRow>
      )}
      {identity.vehicles.length > 0 && (
        <FieldRow label={t('investigations.persons.vehicles')}>
          <Stack gap={0}>
            {identity.vehicles.map((vehicle, index) => (
              <Text key={index} size="sm">
                <bdi dir="ltr">{vehicle.plate}</bdi> <bdi>{vehicle.description}</bdi>
              </Text>
            ))}
          </Stack>
        </FieldRow>
      )}
      {identity.addresses.length > 0 && (
        <FieldRow label={t('investigations.persons.addresses')}>
          <InlineList items={identity.addresses.map((text) => ({ text }))} />
        </FieldRow>
      )}
      {person.reviewReason && (
        <FieldRow label={t('investigations.review.reason')}>
          <Text size="sm" className="pre-line">
            <bdi>{person.reviewReason}</bdi>
          </Text>
        </FieldRow>
      )}
    </dl>
  );
}

/** One person of the file: names in both scripts, role, the review flag and what identifies them. */
export function PersonCard({
  person,
  mayEdit,
  mayReview,
  onEdit,
  onReview,
}: {
  person: InvestigationPerson;
  mayEdit: boolean;
  mayReview: boolean;
  onEdit: () => void;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-person-id={person.id} component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Names names={person.identity.names} isPrimary />
            <Group gap="xs">
              <Badge variant="light">{t(PERSON_ROLE_KEYS[person.role])}</Badge>
              {person.possibleVictim && (
                <Badge color="yellow" variant="light">
                  {t('investigations.persons.markedPossibleVictim')}
                </Badge>
              )}
              <ReviewFlag person={person} />
            </Group>
          </Stack>
          <Group gap="xs">
            {mayReview && (
              <Button size="compact-sm" color="red" variant="outline" onClick={onReview}>
                {t('investigations.review.open')}
              </Button>
            )}
            {mayEdit && (
              <Button size="compact-sm" variant="light" onClick={onEdit}>
                {t('investigations.persons.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <IdentityFacts person={person} />
      </Stack>
    </Paper>
  );
}
