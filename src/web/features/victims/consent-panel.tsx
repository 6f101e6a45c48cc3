import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Consent, type VictimDetail } from '#shared/contracts/victims.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { ConsentModal, OverrideModal } from './consent-forms.js';
import {
  CONSENT_METHOD_KEYS,
  DATA_CATEGORY_KEYS,
  GIVEN_BY_KEYS,
  PURPOSE_KEYS,
} from './victim-labels.js';
import { useVictimWrite, victimPath } from './victims-api.js';

type ConsentRow = VictimDetail['consents'][number];

function ConsentState({ row }: { row: ConsentRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (row.withdrawnAt === null) {
    return (
      <Badge color="teal" variant="light">
        {t('consent.inForce')}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="red.8">
      {t('consent.withdrawnOn', { date: format.date(row.withdrawnAt) })}
    </Text>
  );
}

function ConsentTable({ victim }: { victim: VictimDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const withdraw = useVictimWrite(victim.caseId, (consentId: string) =>
    api.send(
      'POST',
      `${victimPath(victim.caseId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
      undefined,
      Consent,
    ),
  );
  return (
    <>
      <ErrorAlert error={withdraw.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Caption>{t('consent.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consent.recipient')}</Table.Th>
              <Table.Th>{t('consent.purpose')}</Table.Th>
              <Table.Th>{t('consent.category')}</Table.Th>
              <Table.Th>{t('consent.method')}</Table.Th>
              <Table.Th>{t('consent.givenBy')}</Table.Th>
              <Table.Th>{t('consent.givenAt')}</Table.Th>
              <Table.Th>{t('consent.state')}</Table.Th>
              <Table.Th>{t('consent.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {victim.consents.map((row) => (
              <Table.Tr key={row.id} className={row.withdrawnAt ? 'withdrawn-row' : undefined}>
                <Table.Td>
                  <bdi>{row.recipientAgencyName}</bdi>
                </Table.Td>
                <Table.Td>{t(PURPOSE_KEYS[row.purpose])}</Table.Td>
                <Table.Td>{t(DATA_CATEGORY_KEYS[row.dataCategory])}</Table.Td>
                <Table.Td>
                  {t(CONSENT_METHOD_KEYS[row.method])}
                  {row.legalBasis && (
                    <Text size="xs" c="dimmed" className="user-text" dir="auto">
                      {row.legalBasis}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(GIVEN_BY_KEYS[row.givenBy])}</Table.Td>
                <Table.Td>
                  <time dateTime={row.givenAt}>{format.date(row.givenAt)}</time>
                </Table.Td>
                <Table.Td>
                  <ConsentState row={row} />
                </Table.Td>
                <Table.Td>
                  {row.withdrawnAt === null && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      loading={withdraw.isPending && withdraw.variables === row.id}
                      aria-label={t('consent.withdrawNamed', {
                        agency: row.recipientAgencyName,
                        purpose: t(PURPOSE_KEYS[row.purpose]),
                      })}
                      onClick={() => withdraw.mutate(row.id)}
                    >
                      {t('consent.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** Who can see what: one row per recipient agency × purpose × data category. */
export function ConsentPanel({ victim }: { victim: VictimDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const [modal, setModal] = useState<'consent' | 'override' | null>(null);
  const mayOverride = hasAnyRole(session.data, ['national_coordinator']);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consent-title">
      <Stack gap="sm">
        <Title order={3} id="consent-title">
          {t('consent.title')}
        </Title>
        <Text size="sm">{t('consent.intro')}</Text>
        {victim.consents.length === 0 ? (
          <Text c="dimmed">{t('consent.none')}</Text>
        ) : (
          <ConsentTable victim={victim} />
        )}
        <Group gap="sm">
          <Button onClick={() => setModal('consent')}>{t('consent.add')}</Button>
          {mayOverride && (
            <Button variant="outline" color="orange" onClick={() => setModal('override')}>
              {t('consent.addOverride')}
            </Button>
          )}
        </Group>
      </Stack>
      {modal === 'consent' && (
        <ConsentModal
          caseId={victim.caseId}
          isChild={victim.isChild}
          opened
          onClose={() => setModal(null)}
        />
      )}
      {modal === 'override' && (
        <OverrideModal caseId={victim.caseId} opened onClose={() => setModal(null)} />
      )}
    </Paper>
  );
}
