import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';

export type PartyDraft = { key: number; countryCode: string; authority: string };

/** The States that sign the agreement, each with its competent authority (two at least). */
export function PartiesFields({
  parties,
  onChange,
}: {
  parties: readonly PartyDraft[];
  onChange: (parties: PartyDraft[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const patch = (key: number, change: Partial<PartyDraft>) =>
    onChange(parties.map((party) => (party.key === key ? { ...party, ...change } : party)));
  const nextKey = Math.max(0, ...parties.map((party) => party.key)) + 1;
  return (
    <Fieldset legend={t('jit.fields.parties')}>
      <Stack gap="sm">
        {parties.map((party, index) => (
          <Group
            key={party.key}
            gap="sm"
            align="end"
            wrap="wrap"
            role="group"
            aria-label={t('jit.create.party', { number: index + 1 })}
          >
            <NativeSelect
              label={t('jit.fields.country')}
              required
              data={[{ value: '', label: t('common.choose') }, ...countries]}
              value={party.countryCode}
              onChange={(event) => patch(party.key, { countryCode: event.currentTarget.value })}
            />
            <TextInput
              className="grow"
              label={t('jit.fields.authority')}
              required
              dir="auto"
              maxLength={200}
              value={party.authority}
              onChange={(event) => patch(party.key, { authority: event.currentTarget.value })}
            />
            {parties.length > 2 && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('jit.create.removeParty', { number: index + 1 })}
                onClick={() => onChange(parties.filter((item) => item.key !== party.key))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            disabled={parties.length >= 20}
            onClick={() => onChange([...parties, { key: nextKey, countryCode: '', authority: '' }])}
          >
            {t('jit.create.addParty')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
