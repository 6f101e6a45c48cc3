-- Deadlines run by the job queue: referral acceptance reminders and escalations, and alerts
-- before a reflection period ends. Each sweep marks what it did, so it acts once per record.
ALTER TABLE referral ADD COLUMN reminded_at timestamptz, ADD COLUMN escalated_at timestamptz;
COMMENT ON COLUMN referral.reminded_at IS '[internal] When the receiving agency was reminded that the acceptance deadline is near.';
COMMENT ON COLUMN referral.escalated_at IS '[internal] When the overdue referral was escalated to the national coordinator.';

ALTER TABLE referral_event DROP CONSTRAINT referral_event_type_check;
ALTER TABLE referral_event ADD CONSTRAINT referral_event_type_check CHECK (type IN ('sent',
  'accepted', 'declined', 'started', 'completed', 'cancelled', 'reminded', 'escalated'));

ALTER TABLE victim ADD COLUMN reflection_alerted_at timestamptz;
COMMENT ON COLUMN victim.reflection_alerted_at IS '[internal] When the case staff were alerted that the reflection period ends soon.';

CREATE TABLE notification (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES app_user (id),
  kind          text NOT NULL CHECK (kind IN ('referral_reminder', 'referral_escalated', 'reflection_ending')),
  subject_type  text NOT NULL,
  subject_id    uuid NOT NULL,
  data          jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at    timestamptz NOT NULL,
  read_at       timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at);
COMMENT ON TABLE notification IS '[internal] Work alerts for staff (deadlines, escalations); they carry ids and codes, never personal data.';
COMMENT ON COLUMN notification.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN notification.user_id IS '[internal] Who is alerted.';
COMMENT ON COLUMN notification.kind IS '[internal] What happened.';
COMMENT ON COLUMN notification.subject_type IS '[internal] Table of the record concerned.';
COMMENT ON COLUMN notification.subject_id IS '[internal] Id of the record concerned.';
COMMENT ON COLUMN notification.data IS '[internal] Codes and dates for the message (e.g. the deadline); no free text.';
COMMENT ON COLUMN notification.created_at IS '[internal] When the alert was raised.';
COMMENT ON COLUMN notification.read_at IS '[internal] When the user marked it read.';
GRANT SELECT, INSERT, UPDATE ON notification TO app_rw;
