import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#shared/domain/roles.js';
import { ROLE_KEYS } from '#web/lib/labels.js';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function RoleCheckboxes({
  value,
  onChange,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('admin.roles')}
      required
      value={value}
      onChange={(roles) => onChange(roles.filter(isRole))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(ROLE_KEYS[role])} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
