import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '#shared/contracts/admin.js';
import type { Role } from '#shared/domain/roles.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useUserWrite } from './admin-api.js';
import { RoleCheckboxes } from './role-checkboxes.js';

type Props = { user: UserSummary; onClose: () => void };

function UserActions({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const action = useUserWrite();
  const run = (name: 'reset-mfa' | 'unlock') =>
    action.mutate({ method: 'POST', path: `/api/admin/users/${user.id}/${name}`, body: undefined });
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="light"
          color="orange"
          onClick={() => run('reset-mfa')}
          loading={action.isPending}
        >
          {t('admin.resetMfa')}
        </Button>
        {user.lockedUntil && (
          <Button variant="light" onClick={() => run('unlock')} loading={action.isPending}>
            {t('admin.unlock')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={action.error} />
    </Stack>
  );
}

/** Edits one user; the page passes the freshest row, so a retry after a conflict sends its version. */
export function UserEditModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [isActive, setIsActive] = useState(user.isActive);
  const update = useUserWrite(onClose);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    update.mutate({
      method: 'PATCH',
      path: `/api/admin/users/${user.id}`,
      body: { displayName, roles, isActive, version: user.version },
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.editUser')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={t('admin.email')} dir="ltr" value={user.email} readOnly />
            <TextInput
              label={t('admin.displayName')}
              required
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
            />
            <RoleCheckboxes value={roles} onChange={setRoles} />
            <Switch
              label={t('admin.active')}
              checked={isActive}
              onChange={(event) => setIsActive(event.currentTarget.checked)}
            />
            <ErrorAlert error={update.error} />
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Stack>
        </form>
        <UserActions user={user} />
      </Stack>
    </Modal>
  );
}
