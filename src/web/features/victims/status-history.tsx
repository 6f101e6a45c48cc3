import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VictimDetail } from '#shared/contracts/victims.js';
import { useFormat } from '#web/lib/format.js';
import { HISTORY_BASIS_KEYS, TRAFFICKING_STATUS_KEYS } from './victim-labels.js';

/** Append-only: every screening proposal and every decision, newest last. */
export function StatusHistory({ victim }: { victim: VictimDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = victim.statusHistory;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="status-history-title">
      <Title order={3} id="status-history-title" mb="sm">
        {t('victims.historyTitle')}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t('victims.historyEmpty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
          {events.map((event, index) => (
            <Timeline.Item
              key={`${event.at}-${String(index)}`}
              title={t(TRAFFICKING_STATUS_KEYS[event.toStatus])}
              color={event.basis === 'decision' ? 'red' : 'orange'}
            >
              <Text size="sm" fw={600}>
                {t(HISTORY_BASIS_KEYS[event.basis])}
              </Text>
              <Text size="sm" c="dimmed">
                {t('victims.historyFrom', { status: t(TRAFFICKING_STATUS_KEYS[event.fromStatus]) })}
              </Text>
              <Text size="sm" c="dimmed">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {event.actorName && (
                  <>
                    {' · '}
                    <bdi>{event.actorName}</bdi>
                  </>
                )}
              </Text>
              {event.basis === 'decision' && (
                <dl className="facts compact-facts">
                  {event.decidedOn && (
                    <div className="field-row">
                      <dt>{t('decision.decidedOn')}</dt>
                      <dd>
                        <time dateTime={event.decidedOn}>{format.day(event.decidedOn)}</time>
                      </dd>
                    </div>
                  )}
                  {event.decidingBody && (
                    <div className="field-row">
                      <dt>{t('decision.decidingBody')}</dt>
                      <dd className="user-text" dir="auto">
                        {event.decidingBody}
                      </dd>
                    </div>
                  )}
                  {event.legalBasis && (
                    <div className="field-row">
                      <dt>{t('decision.legalBasis')}</dt>
                      <dd className="user-text" dir="auto">
                        {event.legalBasis}
                      </dd>
                    </div>
                  )}
                </dl>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
