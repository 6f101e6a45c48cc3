import { Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionInfo } from '#shared/contracts/auth.js';
import { useApi } from '#web/lib/api-context.js';
import { useFormat } from '#web/lib/format.js';
import { ROLE_KEYS } from '#web/lib/labels.js';
import { setSession } from '#web/lib/session.js';

export function UserMenu({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: () => api.send('POST', '/api/auth/logout', undefined, null),
    onSettled: async () => {
      setSession(queryClient, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      await navigate('/login');
    },
  });
  const { user } = session;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="compact-md">
          <bdi>{user.displayName}</bdi>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600}>
            <bdi>{user.email}</bdi>
          </Text>
          <Text size="xs">
            <bdi>{user.agencyName}</bdi>
          </Text>
          <Text size="xs">{format.list(user.roles.map((role) => t(ROLE_KEYS[role])))}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item onClick={() => logout.mutate()}>{t('user.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
