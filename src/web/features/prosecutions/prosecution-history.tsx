import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProsecutionEvent } from '#shared/contracts/prosecutions.js';
import { useFormat } from '#web/lib/format.js';
import { STAGE_KEYS, eventKey, isOneOf } from './prosecution-labels.js';
import { PROSECUTION_STAGES } from '#shared/domain/prosecution.js';

/** A stage change names the stage reached; other details are ids and codes for the record. */
function EventDetail({ event }: { event: ProsecutionEvent }) {
  const { t } = useTranslation();
  const to = event.details['to'];
  if (event.type !== 'stage_changed' || typeof to !== 'string' || !isOneOf(PROSECUTION_STAGES, to))
    return null;
  return <Text size="sm">{t(STAGE_KEYS[to])}</Text>;
}

/** The file's timeline, newest first. */
export function ProsecutionHistory({ events }: { events: readonly ProsecutionEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prosecution-history-title">
      <Title order={3} id="prosecution-history-title" mb="sm">
        {t('common.timeline')}
      </Title>
      {ordered.length === 0 ? (
        <Text c="dimmed">{t('common.noEvents')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {ordered.map((event, index) => {
            const key = eventKey(event.type);
            return (
              <Timeline.Item key={`${event.at}-${String(index)}`} title={key ? t(key) : event.type}>
                <EventDetail event={event} />
                <Text size="sm" c="dimmed">
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                  {event.actorName && (
                    <>
                      {' · '}
                      <bdi>{event.actorName}</bdi>
                    </>
                  )}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
