import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_ROLES, CASE_ROLES, TIP_ROLES, hasAnyRole, useSession } from '#web/lib/session.js';

type CardLink = { to: string; label: string };

function DashboardCard({ title, body, links }: { title: string; body: string; links: CardLink[] }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        <Text c="dimmed">{body}</Text>
        {links.length > 0 && (
          <Group gap="xs">
            {links.map((link) => (
              <Button key={link.to} component={Link} to={link.to} variant="light">
                {link.label}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const cards: { key: string; title: string; body: string; links: CardLink[] }[] = [];
  if (hasAnyRole(session, TIP_ROLES)) {
    cards.push({
      key: 'tips',
      title: t('dashboard.tipsTitle'),
      body: t('dashboard.tipsBody'),
      links: [
        { to: '/tips', label: t('nav.tipsQueue') },
        { to: '/tips/new', label: t('nav.newTip') },
      ],
    });
  }
  if (hasAnyRole(session, CASE_ROLES)) {
    cards.push({
      key: 'cases',
      title: t('dashboard.casesTitle'),
      body: t('dashboard.casesBody'),
      links: [{ to: '/cases', label: t('nav.cases') }],
    });
  }
  if (hasAnyRole(session, ADMIN_ROLES)) {
    cards.push({
      key: 'admin',
      title: t('dashboard.adminTitle'),
      body: t('dashboard.adminBody'),
      links: [
        { to: '/admin/users', label: t('nav.adminUsers') },
        { to: '/admin/agencies', label: t('nav.adminAgencies') },
      ],
    });
  }
  if (cards.length === 0) {
    cards.push({
      key: 'empty',
      title: t('dashboard.emptyTitle'),
      body: t('dashboard.emptyBody'),
      links: [],
    });
  }
  return (
    <Stack>
      <Title order={2}>
        <Trans
          i18nKey="dashboard.welcome"
          values={{ name: session?.user.displayName ?? '' }}
          components={{ bdi: <bdi /> }}
        />
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {cards.map((card) => (
          <DashboardCard key={card.key} title={card.title} body={card.body} links={card.links} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
