import { AppShell, Burger, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { SessionInfo } from '#shared/contracts/auth.js';
import { NotificationBell } from '#web/features/notifications/notification-bell.js';
import { LanguageSwitch } from './language-switch.js';
import { NavLinks } from './nav-links.js';
import { SkipLink } from './skip-link.js';
import { UserMenu } from './user-menu.js';

function PublicHeader() {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Title order={1} size="h3" className="app-name">
          {t('app.name')}
        </Title>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
      </Group>
    </Group>
  );
}

/** Signed-in layout: header, role-based navigation, main landmark. */
export function Shell({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isOpen } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNav')}
            />
            <Title order={1} size="h3" className="app-name">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavLinks session={session} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** Layout of the public pages (report form, sign-in): header without navigation. */
export function PublicShell() {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <PublicHeader />
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <div className="public-main">
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
