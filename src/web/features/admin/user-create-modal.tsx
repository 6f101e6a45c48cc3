import { Button, Modal, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '#shared/contracts/admin.js';
import type { Role } from '#shared/domain/roles.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useUserWrite } from './admin-api.js';
import { RoleCheckboxes } from './role-checkboxes.js';

type Props = { isOpen: boolean; onClose: () => void; agencies: Agency[] };

export function UserCreateModal({ isOpen, onClose, agencies }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [password, setPassword] = useState('');
  const create = useUserWrite(onClose);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate({
      method: 'POST',
      path: '/api/admin/users',
      body: { email, displayName, agencyId, roles, password },
    });
  };
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title={t('admin.createUser')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('admin.email')}
            type="email"
            dir="ltr"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <TextInput
            label={t('admin.displayName')}
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('admin.agency')}
            required
            data={[
              { value: '', label: t('tips.triage.choose') },
              ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
            value={agencyId}
            onChange={(event) => setAgencyId(event.currentTarget.value)}
          />
          <RoleCheckboxes value={roles} onChange={setRoles} />
          <PasswordInput
            label={t('admin.initialPassword')}
            description={t('admin.initialPasswordHint')}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending}>
            {t('admin.createUser')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
