import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '#shared/contracts/admin.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { ROLE_KEYS } from '#web/lib/labels.js';
import { useAdminAgencies, useAdminUsers } from './admin-api.js';
import { UserCreateModal } from './user-create-modal.js';
import { UserEditModal } from './user-edit-modal.js';

function UserState({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge color={user.isActive ? 'teal' : 'gray'} variant="light">
        {user.isActive ? t('admin.active') : t('admin.inactive')}
      </Badge>
      <Badge color={user.mfaEnrolled ? 'blue' : 'yellow'} variant="light">
        {user.mfaEnrolled ? t('admin.mfaEnrolled') : t('admin.mfaNotEnrolled')}
      </Badge>
      {user.lockedUntil && (
        <Badge color="red" variant="light">
          {t('admin.locked')}
        </Badge>
      )}
    </Group>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const users = useAdminUsers();
  const agencies = useAdminAgencies();
  const [isCreating, setIsCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const agencyItems = agencies.data?.items ?? [];
  const agencyName = (id: string) => agencyItems.find((agency) => agency.id === id)?.name ?? '';
  const editing = users.data?.items.find((user) => user.id === editingId);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('admin.usersTitle')}</Title>
        <Button onClick={() => setIsCreating(true)}>{t('admin.createUser')}</Button>
      </Group>
      <ErrorAlert error={users.error ?? agencies.error} />
      <DataTable<UserSummary>
        aria-label={t('admin.usersTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={users.data?.items ?? []}
        fetching={users.isFetching}
        noRecordsText={t('admin.noUsers')}
        columns={[
          {
            accessor: 'displayName',
            title: t('admin.displayName'),
            render: (user) => (
              <Stack gap={0}>
                <bdi>{user.displayName}</bdi>
                <Text size="xs" c="dimmed">
                  <bdi>{user.email}</bdi>
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'agencyId',
            title: t('admin.agency'),
            render: (user) => <bdi>{agencyName(user.agencyId)}</bdi>,
          },
          {
            accessor: 'roles',
            title: t('admin.roles'),
            render: (user) => format.list(user.roles.map((role) => t(ROLE_KEYS[role]))),
          },
          {
            accessor: 'isActive',
            title: t('admin.state'),
            render: (user) => <UserState user={user} />,
          },
          {
            accessor: 'id',
            title: t('admin.actions'),
            render: (user) => (
              <Button
                size="compact-sm"
                variant="light"
                aria-label={t('admin.editUserNamed', { name: user.displayName })}
                onClick={() => setEditingId(user.id)}
              >
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {isCreating && (
        <UserCreateModal isOpen onClose={() => setIsCreating(false)} agencies={agencyItems} />
      )}
      {editing && (
        <UserEditModal key={editing.id} user={editing} onClose={() => setEditingId(null)} />
      )}
    </Stack>
  );
}
