import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import { measuresOfType } from '#shared/reference/cooperation-codes.js';
import { FieldRow } from '#web/components/field-row.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { CONTENT_FIELDS } from './cooperation-form.js';
import { PERSON_ROLE_KEYS } from './cooperation-labels.js';
import { CONTENT_KEYS } from './request-form-contents.js';

function PersonsTable({ detail }: { detail: CooperationRequestDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const persons = detail.contents.persons;
  if (persons === null) return <Text c="dimmed">{t('cooperation.persons.withheld')}</Text>;
  if (persons.length === 0) return <Text c="dimmed">{t('cooperation.persons.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Caption>{t('cooperation.persons.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cooperation.persons.names')}</Table.Th>
            <Table.Th>{t('cooperation.persons.roleColumn')}</Table.Th>
            <Table.Th>{t('cooperation.persons.birthDateColumn')}</Table.Th>
            <Table.Th>{t('cooperation.persons.nationalityColumn')}</Table.Th>
            <Table.Th>{t('cooperation.persons.locationColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((person, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                {person.names.arabic && (
                  <Text size="sm" dir="rtl" lang="ar">
                    {person.names.arabic}
                  </Text>
                )}
                {person.names.latin && (
                  <Text size="sm" dir="ltr">
                    {person.names.latin}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(PERSON_ROLE_KEYS[person.role])}</Table.Td>
              <Table.Td>{person.birthDate ? format.day(person.birthDate) : ''}</Table.Td>
              <Table.Td>{labelOf(COUNTRIES, person.nationality, locale)}</Table.Td>
              <Table.Td dir="auto">{person.location ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AnnexList({ detail }: { detail: CooperationRequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const annexes = detail.contents.annexes;
  if (annexes.length === 0) return <Text c="dimmed">{t('cooperation.annexes.none')}</Text>;
  return (
    <List size="sm" type="ordered">
      {annexes.map((annex, index) => (
        <List.Item key={index}>
          <bdi>{annex.title}</bdi>
          {' · '}
          {annex.pages === null
            ? t('cooperation.annexes.inLanguage', { language: format.language(annex.language) })
            : t('cooperation.annexes.line', {
                count: annex.pages,
                language: format.language(annex.language),
              })}
          {annex.isTranslation && ` · ${t('cooperation.annexes.translation')}`}
        </List.Item>
      ))}
    </List>
  );
}

/** The request as the other State will read it (read-only once it has left the drafter). */
export function ContentsView({ detail }: { detail: CooperationRequestDetail }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const measures = measuresOfType(detail.type).filter((m) => detail.measures.includes(m.code));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coop-contents-title">
      <Stack gap="md">
        <Title order={3} id="coop-contents-title">
          {t('cooperation.form.contentsTitle')}
        </Title>
        {detail.contents.isConfidential && (
          <Text fw={600} c="red.8">
            {t('cooperation.form.confidential')}
          </Text>
        )}
        <dl className="facts">
          <FieldRow label={t('cooperation.form.measures')}>
            {measures.length === 0 ? (
              t('common.none')
            ) : (
              <List size="sm">
                {measures.map((measure) => (
                  <List.Item key={measure.code}>
                    {measure.paragraph && <bdi dir="ltr">{measure.paragraph}</bdi>}{' '}
                    {measure.label[locale]}
                  </List.Item>
                ))}
              </List>
            )}
          </FieldRow>
          {CONTENT_FIELDS.map((field) => (
            <FieldRow key={field} label={t(CONTENT_KEYS[field])}>
              <Text size="sm" className="pre-line user-text" dir="auto">
                {detail.contents[field] || t('common.notSpecified')}
              </Text>
            </FieldRow>
          ))}
        </dl>
        <Title order={4}>{t('cooperation.persons.title')}</Title>
        <PersonsTable detail={detail} />
        <Title order={4}>{t('cooperation.annexes.title')}</Title>
        <AnnexList detail={detail} />
      </Stack>
    </Paper>
  );
}
