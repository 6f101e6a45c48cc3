import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvestigationPerson } from '#shared/contracts/investigations.js';
import { useInvestigation } from '#web/features/investigations/investigations-api.js';
import type { SEXES } from '#web/features/victims/victim-labels.js';
import { isolate } from '#web/lib/format.js';

export type IdentityDraft = {
  investigationPersonId: string;
  nameArabic: string;
  nameLatin: string;
  birthDate: string;
  birthYear: number | string;
  nationality: string;
  sex: (typeof SEXES)[number];
};

function nameIn(person: InvestigationPerson, script: 'arab' | 'latn'): string {
  return person.identity.names.find((name) => name.script === script)?.value ?? '';
}

function labelOf(person: InvestigationPerson): string {
  const names = person.identity.names.map((name) => isolate(name.value));
  return names.join(' · ');
}

function toDraft(person: InvestigationPerson): IdentityDraft {
  return {
    investigationPersonId: person.id,
    nameArabic: nameIn(person, 'arab'),
    nameLatin: nameIn(person, 'latn'),
    birthDate: person.identity.birthDate ?? '',
    birthYear: person.identity.birthYear ?? '',
    nationality: person.identity.nationality ?? '',
    sex: person.identity.sex,
  };
}

/**
 * A suspect of the linked investigation, when the prosecutor is on its team: picking one fills the
 * identity and links the defendant, so a review flag of the investigation follows the person.
 */
export function InvestigationPersonSelect({
  investigationId,
  value,
  onPick,
}: {
  investigationId: string;
  value: string;
  onPick: (draft: Partial<IdentityDraft>) => void;
}) {
  const { t } = useTranslation();
  const file = useInvestigation(investigationId);
  const suspects = (file.data?.persons ?? []).filter((person) => person.role === 'suspect');
  if (suspects.length === 0) return null;
  return (
    <NativeSelect
      label={t('prosecutions.defendants.fromInvestigation')}
      description={t('prosecutions.defendants.fromInvestigationHint')}
      data={[
        { value: '', label: t('prosecutions.defendants.notFromInvestigation') },
        ...suspects.map((person) => ({ value: person.id, label: labelOf(person) })),
      ]}
      value={value}
      onChange={(event) => {
        const picked = suspects.find((person) => person.id === event.currentTarget.value);
        onPick(picked ? toDraft(picked) : {});
      }}
    />
  );
}
