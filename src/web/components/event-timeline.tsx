import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPE_KEYS } from '#web/lib/labels.js';
import { useFormat } from '#web/lib/format.js';

export type TimelineEvent = {
  at: string;
  type: string;
  actorName: string | null;
  note: string | null;
};

export function EventTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="timeline-title">
      <Title order={3} id="timeline-title" mb="sm">
        {t('common.timeline')}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t('common.noEvents')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {events.map((event, index) => {
            const key = EVENT_TYPE_KEYS[event.type];
            return (
              <Timeline.Item key={`${event.at}-${String(index)}`} title={key ? t(key) : event.type}>
                <Text size="sm" c="dimmed">
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                  {event.actorName && (
                    <>
                      {' · '}
                      <bdi>{event.actorName}</bdi>
                    </>
                  )}
                </Text>
                {event.note && (
                  <Text size="sm" className="pre-line user-text" dir="auto">
                    {event.note}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </section>
  );
}
