import { Button, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, Consent, DATA_CATEGORIES } from '#shared/contracts/victims.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { useApi } from '#web/lib/api-context.js';
import { useSession } from '#web/lib/session.js';
import {
  CONSENT_METHOD_KEYS,
  DATA_CATEGORY_KEYS,
  GIVEN_BY_KEYS,
  PURPOSE_KEYS,
} from './victim-labels.js';
import { useStaff, useVictimWrite, victimPath } from './victims-api.js';

type Purpose = (typeof CONSENT_PURPOSES)[number];
type Category = (typeof DATA_CATEGORIES)[number];
type Props = { caseId: string; opened: boolean; onClose: () => void };

const pick =
  <T extends string>(list: readonly T[], set: (value: T) => void) =>
  (value: string) => {
    const found = list.find((item) => item === value);
    if (found) set(found);
  };

/** Recipient agency × purpose × data category: the three choices every consent row is made of. */
function ScopeFields(props: {
  agencyId: string;
  purpose: Purpose;
  category: Category;
  onAgency: (id: string) => void;
  onPurpose: (purpose: Purpose) => void;
  onCategory: (category: Category) => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const options = (agencies.data?.items ?? [])
    .filter((agency) => agency.isActive)
    .map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <>
      <ErrorAlert error={agencies.error} />
      <NativeSelect
        label={t('consent.recipient')}
        required
        data={[{ value: '', label: t('consent.choose') }, ...options]}
        value={props.agencyId}
        onChange={(event) => props.onAgency(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('consent.purpose')}
        required
        data={CONSENT_PURPOSES.map((code) => ({ value: code, label: t(PURPOSE_KEYS[code]) }))}
        value={props.purpose}
        onChange={(event) => pick(CONSENT_PURPOSES, props.onPurpose)(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('consent.category')}
        required
        data={DATA_CATEGORIES.map((code) => ({ value: code, label: t(DATA_CATEGORY_KEYS[code]) }))}
        value={props.category}
        onChange={(event) => pick(DATA_CATEGORIES, props.onCategory)(event.currentTarget.value)}
      />
    </>
  );
}

const METHODS = ['signed_form', 'verbal_witnessed'] as const;
const GIVERS = ['victim', 'guardian'] as const;

export function ConsentModal({ caseId, opened, onClose, isChild }: Props & { isChild: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const [agencyId, setAgencyId] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('assistance');
  const [category, setCategory] = useState<Category>('assistance');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('signed_form');
  const [givenBy, setGivenBy] = useState<(typeof GIVERS)[number]>(isChild ? 'guardian' : 'victim');
  const [witnessName, setWitnessName] = useState('');
  const save = useVictimWrite(
    caseId,
    (body: object) => api.send('POST', `${victimPath(caseId)}/consents`, body, Consent),
    onClose,
  );
  const isReady = agencyId !== '' && (method !== 'verbal_witnessed' || witnessName.trim() !== '');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate({
      recipientAgencyId: agencyId,
      purpose,
      dataCategory: category,
      method,
      givenBy,
      witnessName,
    });
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('consent.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ScopeFields
            agencyId={agencyId}
            purpose={purpose}
            category={category}
            onAgency={setAgencyId}
            onPurpose={setPurpose}
            onCategory={setCategory}
          />
          <NativeSelect
            label={t('consent.method')}
            data={METHODS.map((code) => ({ value: code, label: t(CONSENT_METHOD_KEYS[code]) }))}
            value={method}
            onChange={(event) => pick(METHODS, setMethod)(event.currentTarget.value)}
          />
          {method === 'verbal_witnessed' && (
            <TextInput
              label={t('consent.witnessName')}
              dir="auto"
              required
              maxLength={200}
              value={witnessName}
              onChange={(event) => setWitnessName(event.currentTarget.value)}
            />
          )}
          <NativeSelect
            label={t('consent.givenBy')}
            description={isChild ? t('consent.childHint') : undefined}
            data={GIVERS.map((code) => ({ value: code, label: t(GIVEN_BY_KEYS[code]) }))}
            value={givenBy}
            onChange={(event) => pick(GIVERS, setGivenBy)(event.currentTarget.value)}
          />
          <ErrorAlert error={save.error} />
          <Button type="submit" loading={save.isPending} disabled={!isReady}>
            {t('consent.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

export function OverrideModal({ caseId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const staff = useStaff(opened);
  const [agencyId, setAgencyId] = useState('');
  const [purpose, setPurpose] = useState<Purpose>('investigation');
  const [category, setCategory] = useState<Category>('assistance');
  const [legalBasis, setLegalBasis] = useState('');
  const [approverId, setApproverId] = useState(session.data?.user.id ?? '');
  const save = useVictimWrite(
    caseId,
    (body: object) => api.send('POST', `${victimPath(caseId)}/consent-overrides`, body, Consent),
    onClose,
  );
  const approvers = (staff.data?.items ?? []).map((person) => ({
    value: person.id,
    label: person.displayName,
  }));
  const isReady = agencyId !== '' && legalBasis.trim() !== '' && approverId !== '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate({
      recipientAgencyId: agencyId,
      purpose,
      dataCategory: category,
      legalBasis,
      approverUserId: approverId,
    });
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('consent.overrideTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('consent.overrideIntro')}</Text>
          <ScopeFields
            agencyId={agencyId}
            purpose={purpose}
            category={category}
            onAgency={setAgencyId}
            onPurpose={setPurpose}
            onCategory={setCategory}
          />
          <TextInput
            label={t('consent.legalBasis')}
            dir="auto"
            required
            maxLength={300}
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.currentTarget.value)}
          />
          <ErrorAlert error={staff.error} />
          <NativeSelect
            label={t('consent.approver')}
            required
            data={[{ value: '', label: t('consent.choose') }, ...approvers]}
            value={approverId}
            onChange={(event) => setApproverId(event.currentTarget.value)}
          />
          <ErrorAlert error={save.error} />
          <Button type="submit" color="orange" loading={save.isPending} disabled={!isReady}>
            {t('consent.overrideSubmit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
