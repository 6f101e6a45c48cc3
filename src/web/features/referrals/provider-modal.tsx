import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '#shared/contracts/referrals.js';
import { SERVICE_CODES, type ServiceCode } from '#shared/domain/services.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { SERVICE_KEYS } from '#web/features/victims/victim-labels.js';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { useLanguageOptions } from '#web/lib/languages.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { useProviderSave } from './referrals-api.js';

function isService(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

const toNumber = (value: string | number) => (typeof value === 'number' ? value : 0);

function ServiceChecks({
  value,
  onChange,
}: {
  value: ServiceCode[];
  onChange: (services: ServiceCode[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('providers.services')}
      required
      value={value}
      onChange={(values) => onChange(values.filter(isService))}
    >
      <Group gap="md" mt={4}>
        {SERVICE_CODES.map((code) => (
          <Checkbox key={code} value={code} label={t(SERVICE_KEYS[code])} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function ModalFooter({
  onClose,
  isPending,
  isReady,
}: {
  onClose: () => void;
  isPending: boolean;
  isReady: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={isPending} disabled={!isReady}>
        {t('providers.save')}
      </Button>
    </Group>
  );
}

/** Directory managers add or edit a provider: every field, with the row's version. */
export function ProviderModal({
  provider,
  onClose,
}: {
  provider: Provider | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const languages = useLanguageOptions();
  const { regions } = useCodeLists();
  const save = useProviderSave();
  const [agencyId, setAgencyId] = useState(provider?.agencyId ?? '');
  const [name, setName] = useState(provider?.name ?? '');
  const [services, setServices] = useState<ServiceCode[]>(provider?.services ?? []);
  const [spoken, setSpoken] = useState<string[]>(provider?.languages ?? []);
  const [regionCodes, setRegionCodes] = useState<string[]>(provider?.regionCodes ?? []);
  const [capacity, setCapacity] = useState(provider?.capacity ?? 0);
  const [places, setPlaces] = useState(provider?.availablePlaces ?? 0);
  const [isActive, setIsActive] = useState(provider?.isActive ?? true);
  const isReady = agencyId !== '' && name.trim().length >= 2 && services.length > 0;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const fields = {
      name,
      services,
      languages: spoken,
      regionCodes,
      capacity,
      availablePlaces: places,
    };
    save.mutate(
      provider === null
        ? { id: null, body: { ...fields, agencyId } }
        : { id: provider.id, body: { ...fields, isActive, version: provider.version } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={provider === null ? t('providers.createTitle') : t('providers.editTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t('providers.agency')}
            required
            disabled={provider !== null}
            value={agencyId}
            onChange={(event) => setAgencyId(event.currentTarget.value)}
            data={[
              { value: '', label: t('common.choose') },
              ...(agencies.data?.items ?? []).map((agency) => ({
                value: agency.id,
                label: agency.name,
              })),
            ]}
          />
          <TextInput
            label={t('providers.name')}
            required
            dir="auto"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <ServiceChecks value={services} onChange={setServices} />
          <MultiSelect
            label={t('providers.languages')}
            searchable
            data={languages}
            value={spoken}
            onChange={setSpoken}
          />
          <MultiSelect
            label={t('providers.regions')}
            searchable
            data={regions}
            value={regionCodes}
            onChange={setRegionCodes}
          />
          <Group grow>
            <NumberInput
              label={t('providers.capacity')}
              min={0}
              value={capacity}
              onChange={(value) => setCapacity(toNumber(value))}
            />
            <NumberInput
              label={t('providers.availablePlaces')}
              min={0}
              max={capacity}
              value={places}
              onChange={(value) => setPlaces(toNumber(value))}
            />
          </Group>
          {provider !== null && (
            <Checkbox
              label={t('providers.active')}
              checked={isActive}
              onChange={(event) => setIsActive(event.currentTarget.checked)}
            />
          )}
          <ErrorAlert error={save.error} />
          <ModalFooter onClose={onClose} isPending={save.isPending} isReady={isReady} />
        </Stack>
      </form>
    </Modal>
  );
}

/** A case worker of the provider's own agency keeps its free places current. */
export function PlacesModal({ provider, onClose }: { provider: Provider; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useProviderSave();
  const [places, setPlaces] = useState(provider.availablePlaces);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate(
      { id: provider.id, body: { availablePlaces: places, version: provider.version } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('providers.placesTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NumberInput
            label={t('providers.availablePlaces')}
            description={t('providers.capacityOf', { capacity: provider.capacity })}
            min={0}
            max={provider.capacity}
            value={places}
            onChange={(value) => setPlaces(toNumber(value))}
          />
          <ErrorAlert error={save.error} />
          <ModalFooter onClose={onClose} isPending={save.isPending} isReady />
        </Stack>
      </form>
    </Modal>
  );
}
