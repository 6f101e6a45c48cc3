import { NativeSelect } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { useStaff } from '#web/features/victims/victims-api.js';
import { useSession } from '#web/lib/session.js';

/**
 * The officer who identified the persons: an investigator or police officer from the staff
 * directory, grouped by agency. Starts on the signed-in user, who is most often that officer.
 */
export function OfficerSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const agencies = useAgencies();
  const me = useSession().data?.user.id ?? '';
  const police = new Set(
    (agencies.data?.items ?? []).filter((agency) => agency.kind === 'police').map((a) => a.id),
  );
  const items = (staff.data?.items ?? []).filter(
    (person) => person.roles.includes('investigator') || police.has(person.agencyId),
  );
  const isMeListed = items.some((person) => person.id === me);
  useEffect(() => {
    if (value === '' && isMeListed) onChange(me);
  }, [value, isMeListed, me, onChange]);
  const byAgency = new Map<string, { value: string; label: string }[]>();
  for (const person of items) {
    const group = byAgency.get(person.agencyName) ?? [];
    group.push({ value: person.id, label: person.displayName });
    byAgency.set(person.agencyName, group);
  }
  return (
    <NativeSelect
      label={t('operations.rescue.officer')}
      description={t('operations.rescue.officerHint')}
      required
      error={staff.error ? t('operations.rescue.staffUnavailable') : undefined}
      data={[
        { value: '', label: t('common.choose') },
        ...[...byAgency].map(([group, options]) => ({ group, items: options })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
