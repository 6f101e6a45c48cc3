import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_URGENCIES, type ReferralUrgency } from '#shared/domain/referral-lifecycle.js';
import { SERVICE_CODES, type ServiceCode } from '#shared/domain/services.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { SERVICE_KEYS } from '#web/features/victims/victim-labels.js';
import { useNeeds } from '#web/features/victims/victims-api.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { URGENCY_KEYS } from './referral-labels.js';
import { REFERRAL_ROLES, useProviders, useReferralCreate } from './referrals-api.js';

function isService(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

function isUrgency(value: string): value is ReferralUrgency {
  return (REFERRAL_URGENCIES as readonly string[]).includes(value);
}

function ReferForm({ caseId, needed }: { caseId: string; needed: ServiceCode[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [services, setServices] = useState<ServiceCode[]>(needed);
  const [providerId, setProviderId] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('normal');
  const [reason, setReason] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const providers = useProviders({
    service: services[0] ?? '',
    region: '',
    language: '',
    hasFreePlaces: false,
  });
  const create = useReferralCreate(caseId);
  // The directory filters on one service; the rest are matched here.
  const matching = (providers.data?.items ?? []).filter((provider) =>
    services.every((code) => provider.services.includes(code)),
  );
  const isReady =
    services.length > 0 &&
    matching.some((provider) => provider.id === providerId) &&
    reason.trim().length >= 3;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(
      { providerId, services, urgency, reason },
      {
        onSuccess: (referral) => {
          setSentTo(referral.providerName);
          setProviderId('');
          setReason('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Checkbox.Group
          label={t('refer.services')}
          required
          value={services}
          onChange={(values) => {
            setServices(values.filter(isService));
            setProviderId('');
          }}
        >
          <Group gap="md" mt={4}>
            {SERVICE_CODES.map((code) => (
              <Checkbox key={code} value={code} label={t(SERVICE_KEYS[code])} />
            ))}
          </Group>
        </Checkbox.Group>
        <NativeSelect
          label={t('refer.provider')}
          description={t('refer.providerHint')}
          required
          value={providerId}
          onChange={(event) => setProviderId(event.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...matching.map((provider) => ({
              value: provider.id,
              label: t('refer.providerOption', {
                name: isolate(provider.name),
                places: isolate(format.number(provider.availablePlaces)),
              }),
            })),
          ]}
        />
        <Radio.Group
          label={t('refer.urgency')}
          required
          value={urgency}
          onChange={(value) => {
            if (isUrgency(value)) setUrgency(value);
          }}
        >
          <Group gap="md" mt={4}>
            {REFERRAL_URGENCIES.map((code) => (
              <Radio key={code} value={code} label={t(URGENCY_KEYS[code])} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('refer.reason')}
          description={t('refer.reasonHint')}
          required
          dir="auto"
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <ErrorAlert error={create.error} />
        {sentTo !== null && (
          <Alert color="teal" role="status">
            {t('refer.sent', { provider: isolate(sentTo) })}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={create.isPending} disabled={!isReady}>
            {t('refer.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** "Refer to a provider": services preset from the latest needs assessment. */
export function ReferPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const needs = useNeeds(caseId);
  if (!hasAnyRole(session.data, REFERRAL_ROLES)) return null;
  const latest = needs.data?.items.at(-1)?.needs ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="refer-title">
      <Stack gap="sm">
        <Title order={3} id="refer-title">
          {t('refer.title')}
        </Title>
        {needs.isPending ? null : <ReferForm key={latest.join()} caseId={caseId} needed={latest} />}
      </Stack>
    </Paper>
  );
}
