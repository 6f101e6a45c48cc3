import { Anchor, Button, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { NotificationList } from '#shared/contracts/notifications.js';
import { QueryState } from '#web/components/query-state.js';
import { useApi } from '#web/lib/api-context.js';
import { isolate, useFormat, type Formatters } from '#web/lib/format.js';

type Item = z.infer<typeof NotificationList>['items'][number];
const KEY = ['notifications', 'unread'] as const;

function text(data: Item['data'], name: string): string {
  const value = data[name];
  return value === undefined ? '' : String(value);
}

/** The rungs of a cooperation request's escalation ladder (the sweep's notifications). */
const COOPERATION_KEYS = {
  cooperation_reminder: 'cooperation.notifications.reminder',
  cooperation_escalated: 'cooperation.notifications.escalated',
  cooperation_diplomatic: 'cooperation.notifications.diplomatic',
} as const;

/** The sentence comes from the catalogue; the server sends only codes and dates. */
function useSentence(format: Formatters) {
  const { t } = useTranslation();
  return (item: Item): { sentence: string; to: string } => {
    const caseTo = `/cases/${encodeURIComponent(text(item.data, 'caseId'))}`;
    switch (item.kind) {
      case 'referral_reminder':
        return {
          sentence: t('notifications.referral_reminder', {
            date: isolate(format.dateTime(text(item.data, 'acceptanceDueAt'))),
          }),
          to: '/referrals',
        };
      case 'referral_escalated':
        return {
          sentence: t('notifications.referral_escalated', {
            date: isolate(format.dateTime(text(item.data, 'acceptanceDueAt'))),
          }),
          to: '/referrals',
        };
      case 'reflection_ending':
        return {
          sentence: t('notifications.reflection_ending', {
            date: isolate(format.day(text(item.data, 'reflectionEndsOn'))),
          }),
          to: caseTo,
        };
      case 'follow_up_due':
        return {
          sentence: t('notifications.follow_up_due', {
            date: isolate(format.day(text(item.data, 'dueOn'))),
          }),
          to: caseTo,
        };
      case 'cooperation_reminder':
      case 'cooperation_escalated':
      case 'cooperation_diplomatic':
        return {
          sentence: t(COOPERATION_KEYS[item.kind], {
            reference: isolate(text(item.data, 'reference')),
          }),
          to: `/cooperation/${encodeURIComponent(item.subjectId)}`,
        };
    }
  };
}

/** Unread notifications in the header: count, translated sentences, links, mark as read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const sentence = useSentence(format);
  const unread = useQuery({
    queryKey: KEY,
    queryFn: () => api.get('/api/notifications?unread=true', NotificationList),
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (id: string) =>
      api.send('POST', `/api/notifications/${encodeURIComponent(id)}/read`, undefined, null),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const count = unread.data?.items.length ?? 0;
  return (
    <Popover opened={isOpen} onChange={setIsOpen} position="bottom-end" width={360} withinPortal>
      <Popover.Target>
        <Indicator
          label={format.number(count)}
          size={18}
          disabled={count === 0}
          color="red"
          offset={4}
        >
          <Button
            variant="default"
            size="compact-md"
            aria-expanded={isOpen}
            onClick={() => setIsOpen((open) => !open)}
          >
            {t('notifications.button', { count, number: format.number(count) })}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <QueryState query={unread}>
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">{t('notifications.none')}</Text>
            ) : (
              <Stack gap="sm" component="ul" className="plain-list">
                {data.items.map((item) => {
                  const { sentence: words, to } = sentence(item);
                  return (
                    <li key={item.id}>
                      <Anchor component={Link} to={to} onClick={() => setIsOpen(false)}>
                        {words}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        <time dateTime={item.createdAt}>{format.relative(item.createdAt)}</time>
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        loading={markRead.isPending && markRead.variables === item.id}
                        onClick={() => markRead.mutate(item.id)}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    </li>
                  );
                })}
              </Stack>
            )
          }
        </QueryState>
      </Popover.Dropdown>
    </Popover>
  );
}
