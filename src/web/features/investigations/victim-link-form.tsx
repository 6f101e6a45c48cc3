import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseList } from '#shared/contracts/cases.js';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import {
  CRIMINAL_PROCEEDING_PURPOSES,
  type VictimLinkBasis,
} from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { PURPOSE_KEYS } from '#web/features/victims/victim-labels.js';
import { useVictim } from '#web/features/victims/victims-api.js';
import { useApi } from '#web/lib/api-context.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { LINK_BASIS_KEYS } from './investigation-labels.js';
import { REVIEWER_ROLES, useInvestigationWrite } from './investigations-api.js';

/** Active consents of the victim to the file's agency for an investigation or prosecution. */
function ConsentSelect({
  caseId,
  agencyId,
  value,
  onChange,
}: {
  caseId: string;
  agencyId: string;
  value: string;
  onChange: (consentId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const victim = useVictim(caseId);
  const consents = (victim.data?.consents ?? []).filter(
    (consent) =>
      consent.withdrawnAt === null &&
      consent.recipientAgencyId === agencyId &&
      (CRIMINAL_PROCEEDING_PURPOSES as readonly string[]).includes(consent.purpose),
  );
  if (victim.error) return <ErrorAlert error={victim.error} />;
  if (victim.data !== undefined && consents.length === 0) {
    return (
      <Text c="orange.8" size="sm">
        {t('investigations.victims.noConsent')}
      </Text>
    );
  }
  return (
    <NativeSelect
      label={t('investigations.victims.consent')}
      required
      data={[
        { value: '', label: t('common.choose') },
        ...consents.map((consent) => ({
          value: consent.id,
          label: `${t(PURPOSE_KEYS[consent.purpose])} · ${format.date(consent.givenAt)}`,
        })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** An explicit, authorised link: the victim's consent, or a legal basis (prosecutors only). */
export function VictimLinkForm({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const isProsecutor = hasAnyRole(useSession().data, REVIEWER_ROLES);
  const cases = useQuery({
    queryKey: ['cases', { kind: 'victim_case' }],
    queryFn: () => api.get('/api/cases?kind=victim_case&limit=200', CaseList),
  });
  const write = useInvestigationWrite(file.id);
  const [caseId, setCaseId] = useState('');
  const [basis, setBasis] = useState<VictimLinkBasis>('consent');
  const [consentId, setConsentId] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const isReady =
    caseId !== '' && (basis === 'consent' ? consentId !== '' : legalBasis.trim() !== '');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body =
      basis === 'consent'
        ? { caseId, basis, consentId }
        : { caseId, basis, legalBasis: legalBasis.trim() };
    write.mutate(
      { method: 'POST', path: '/victim-links', body },
      {
        onSuccess: () => {
          setCaseId('');
          setConsentId('');
          setLegalBasis('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.victims.link')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('investigations.victims.linkHint')}
        </Text>
        <ErrorAlert error={cases.error} />
        <NativeSelect
          label={t('investigations.victims.case')}
          required
          data={[
            { value: '', label: t('common.choose') },
            ...(cases.data?.items ?? []).map((kase) => ({
              value: kase.id,
              label: `${isolate(kase.reference)} · ${isolate(kase.title)}`,
            })),
          ]}
          value={caseId}
          onChange={(event) => {
            setCaseId(event.currentTarget.value);
            setConsentId('');
          }}
        />
        <Radio.Group
          label={t('investigations.victims.basis')}
          value={basis}
          onChange={(value) => setBasis(value === 'legal_basis' ? 'legal_basis' : 'consent')}
        >
          <Group gap="md" mt={4}>
            <Radio value="consent" label={t(LINK_BASIS_KEYS.consent)} />
            {isProsecutor && <Radio value="legal_basis" label={t(LINK_BASIS_KEYS.legal_basis)} />}
          </Group>
        </Radio.Group>
        {basis === 'consent' && caseId !== '' && (
          <ConsentSelect
            caseId={caseId}
            agencyId={file.agencyId}
            value={consentId}
            onChange={setConsentId}
          />
        )}
        {basis === 'legal_basis' && (
          <TextInput
            label={t('investigations.victims.legalBasis')}
            description={t('investigations.victims.legalBasisHint')}
            required
            dir="auto"
            maxLength={300}
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.currentTarget.value)}
          />
        )}
        <ErrorAlert error={write.error} />
        <Group>
          <Button type="submit" loading={write.isPending} disabled={!isReady}>
            {t('investigations.victims.link')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
