import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationEvent } from '#shared/contracts/cooperation.js';
import { COOPERATION_EVENT_TYPES, type CooperationEventType } from '#shared/domain/cooperation.js';
import { currentLocale } from '#web/lib/i18n.js';
import { useFormat } from '#web/lib/format.js';
import { EVENT_KEYS, REFUSAL_GROUND_KEYS, referenceLabels } from './cooperation-labels.js';

const isEventType = (value: string): value is CooperationEventType =>
  (COOPERATION_EVENT_TYPES as readonly string[]).includes(value);

const isGround = (value: unknown): value is keyof typeof REFUSAL_GROUND_KEYS =>
  typeof value === 'string' && value in REFUSAL_GROUND_KEYS;

/** The receipts of an event (how it was sent, the other State's reference) and its codes. */
function EventDetails({ event }: { event: CooperationEvent }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const labels = referenceLabels(currentLocale(i18n));
  const ground = event.data['ground'];
  const lines: string[] = [];
  if (event.channel)
    lines.push(t('cooperation.timeline.channel', { channel: labels.channel(event.channel) }));
  if (event.transmissionReference) {
    lines.push(
      t('cooperation.timeline.transmissionReference', { reference: event.transmissionReference }),
    );
  }
  if (event.foreignReference) {
    lines.push(t('cooperation.timeline.foreignReference', { reference: event.foreignReference }));
  }
  if (event.receiptOn)
    lines.push(t('cooperation.timeline.receiptOn', { date: format.day(event.receiptOn) }));
  if (isGround(ground)) lines.push(t(REFUSAL_GROUND_KEYS[ground]));
  return (
    <>
      {lines.map((line) => (
        <Text key={line} size="sm">
          <bdi>{line}</bdi>
        </Text>
      ))}
      {event.note && (
        <Text size="sm" className="pre-line user-text" dir="auto">
          {event.note}
        </Text>
      )}
    </>
  );
}

/** The request's history, newest last, with the sending and acknowledgement receipts. */
export function CooperationTimeline({ events }: { events: readonly CooperationEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="coop-timeline-title">
      <Title order={3} id="coop-timeline-title" mb="sm">
        {t('common.timeline')}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t('common.noEvents')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {events.map((event) => (
            <Timeline.Item
              key={event.id}
              title={isEventType(event.type) ? t(EVENT_KEYS[event.type]) : event.type}
            >
              <Text size="sm" c="dimmed">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {event.actorName && (
                  <>
                    {' · '}
                    <bdi>{event.actorName}</bdi>
                  </>
                )}
              </Text>
              {event.actorAgencyName && (
                <Text size="xs" c="dimmed">
                  <bdi>{event.actorAgencyName}</bdi>
                </Text>
              )}
              <EventDetails event={event} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}
