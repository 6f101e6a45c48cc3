-- Reintegration: one plan per victim with goals, follow-ups scheduled in months after its start,
-- the HTCDS case status (cas_Status) and a closure reason; an append-only event history; and the
-- follow_up_due notification raised by the follow-up sweep.
CREATE TABLE reintegration_plan (
  id                       uuid PRIMARY KEY,
  victim_id                uuid NOT NULL UNIQUE REFERENCES victim (id),
  case_status              text NOT NULL CHECK (case_status IN ('Active', 'FollowUp', 'Closed',
                             'ClosedReferred')),
  start_date               date NOT NULL,
  follow_up_months         smallint[] NOT NULL CHECK (cardinality(follow_up_months) BETWEEN 1 AND 12),
  goal_codes               text[] NOT NULL CHECK (cardinality(goal_codes) >= 1 AND goal_codes <@
                             ARRAY['housing', 'income', 'education', 'health', 'family',
                             'legal_status', 'safety', 'other']::text[]),
  goal_descriptions_sealed bytea NOT NULL,
  closure_reason           text CHECK (closure_reason IN ('goals_met', 'moved_abroad',
                             'declined_further_support', 'referred_elsewhere', 'deceased', 'other')),
  closed_at                timestamptz,
  closed_by                uuid REFERENCES app_user (id),
  version                  integer NOT NULL DEFAULT 1,
  created_by               uuid NOT NULL REFERENCES app_user (id),
  created_at               timestamptz NOT NULL,
  updated_at               timestamptz NOT NULL,
  CONSTRAINT reintegration_plan_closure_check CHECK (
    (case_status IN ('Closed', 'ClosedReferred')) =
    (closure_reason IS NOT NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL))
);
COMMENT ON TABLE reintegration_plan IS '[sensitive] Reintegration plan of a victim (assistance data, behind the consent wall).';
COMMENT ON COLUMN reintegration_plan.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN reintegration_plan.victim_id IS '[internal] The person the plan is for; one plan per victim.';
COMMENT ON COLUMN reintegration_plan.case_status IS '[sensitive] HTCDS cas_Status: Active, FollowUp, Closed or ClosedReferred; every change appends a reintegration_event.';
COMMENT ON COLUMN reintegration_plan.start_date IS '[sensitive] Start of the plan; follow-ups are due whole months after it.';
COMMENT ON COLUMN reintegration_plan.follow_up_months IS '[internal] Follow-up schedule in months after the start date, ascending (default 3, 6, 12).';
COMMENT ON COLUMN reintegration_plan.goal_codes IS '[sensitive] Goal codes (housing, income, education, health, family, legal_status, safety, other), in plan order.';
COMMENT ON COLUMN reintegration_plan.goal_descriptions_sealed IS '[PII] Encrypted JSON array of the goal descriptions, aligned with goal_codes.';
COMMENT ON COLUMN reintegration_plan.closure_reason IS '[sensitive] Why the plan was closed (code); set exactly when the status is Closed or ClosedReferred.';
COMMENT ON COLUMN reintegration_plan.closed_at IS '[internal] When the plan was closed.';
COMMENT ON COLUMN reintegration_plan.closed_by IS '[internal] Staff member who closed it.';
COMMENT ON COLUMN reintegration_plan.version IS '[internal] Optimistic-locking version.';
COMMENT ON COLUMN reintegration_plan.created_by IS '[internal] Staff member who drew up the plan.';
COMMENT ON COLUMN reintegration_plan.created_at IS '[internal] When the plan was recorded.';
COMMENT ON COLUMN reintegration_plan.updated_at IS '[internal] Last change.';
GRANT SELECT, INSERT, UPDATE ON reintegration_plan TO app_rw;

CREATE TABLE reintegration_follow_up (
  id                 uuid PRIMARY KEY,
  plan_id            uuid NOT NULL REFERENCES reintegration_plan (id),
  months_after_start smallint NOT NULL CHECK (months_after_start BETWEEN 1 AND 60),
  due_on             date NOT NULL,
  held_on            date,
  outcome            text CHECK (outcome IN ('on_track', 'needs_support', 'lost_contact',
                       're_trafficked_risk', 'completed')),
  notes_sealed       bytea,
  recorded_by        uuid REFERENCES app_user (id),
  recorded_at        timestamptz,
  notified_at        timestamptz,
  cancelled_at       timestamptz,
  UNIQUE (plan_id, months_after_start),
  CONSTRAINT reintegration_follow_up_held_check CHECK (
    (held_on IS NULL) = (outcome IS NULL) AND (held_on IS NULL) = (recorded_at IS NULL)),
  CONSTRAINT reintegration_follow_up_cancel_check CHECK (cancelled_at IS NULL OR held_on IS NULL)
);
CREATE INDEX reintegration_follow_up_due_idx ON reintegration_follow_up (due_on)
  WHERE held_on IS NULL AND notified_at IS NULL AND cancelled_at IS NULL;
COMMENT ON TABLE reintegration_follow_up IS '[sensitive] Scheduled follow-ups of a reintegration plan and their outcomes.';
COMMENT ON COLUMN reintegration_follow_up.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN reintegration_follow_up.plan_id IS '[internal] The plan.';
COMMENT ON COLUMN reintegration_follow_up.months_after_start IS '[internal] Months after the plan start (one of the plan schedule).';
COMMENT ON COLUMN reintegration_follow_up.due_on IS '[internal] Due date: start date plus months_after_start; overdue when passed and not held.';
COMMENT ON COLUMN reintegration_follow_up.held_on IS '[sensitive] Date the follow-up took place.';
COMMENT ON COLUMN reintegration_follow_up.outcome IS '[sensitive] Outcome code: on_track, needs_support, lost_contact, re_trafficked_risk or completed.';
COMMENT ON COLUMN reintegration_follow_up.notes_sealed IS '[PII] Encrypted free-text notes of the follow-up.';
COMMENT ON COLUMN reintegration_follow_up.recorded_by IS '[internal] Staff member who recorded the outcome.';
COMMENT ON COLUMN reintegration_follow_up.recorded_at IS '[internal] When the outcome was recorded.';
COMMENT ON COLUMN reintegration_follow_up.notified_at IS '[internal] When the assigned staff were told the follow-up is due (once).';
COMMENT ON COLUMN reintegration_follow_up.cancelled_at IS '[internal] When the month was dropped from the schedule before the follow-up was held.';
GRANT SELECT, INSERT, UPDATE ON reintegration_follow_up TO app_rw;

CREATE TABLE reintegration_event (
  id             uuid PRIMARY KEY,
  plan_id        uuid NOT NULL REFERENCES reintegration_plan (id),
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid NOT NULL REFERENCES app_user (id),
  type           text NOT NULL CHECK (type IN ('created', 'changed', 'follow_up_recorded',
                   'closed')),
  from_status    text,
  to_status      text NOT NULL,
  follow_up_id   uuid REFERENCES reintegration_follow_up (id),
  closure_reason text
);
CREATE INDEX reintegration_event_plan_idx ON reintegration_event (plan_id, occurred_at);
COMMENT ON TABLE reintegration_event IS '[sensitive] Append-only history of a reintegration plan.';
COMMENT ON COLUMN reintegration_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN reintegration_event.plan_id IS '[internal] The plan.';
COMMENT ON COLUMN reintegration_event.occurred_at IS '[internal] When it happened.';
COMMENT ON COLUMN reintegration_event.actor_user_id IS '[internal] Who did it.';
COMMENT ON COLUMN reintegration_event.type IS '[internal] created, changed, follow_up_recorded or closed.';
COMMENT ON COLUMN reintegration_event.from_status IS '[sensitive] Case status before (null when created).';
COMMENT ON COLUMN reintegration_event.to_status IS '[sensitive] Case status after.';
COMMENT ON COLUMN reintegration_event.follow_up_id IS '[internal] Follow-up recorded, for follow_up_recorded.';
COMMENT ON COLUMN reintegration_event.closure_reason IS '[sensitive] Closure reason code, for closed.';
CREATE FUNCTION reintegration_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'reintegration_event is append-only';
END
$$;
CREATE TRIGGER reintegration_event_append_only BEFORE UPDATE OR DELETE ON reintegration_event
  FOR EACH ROW EXECUTE FUNCTION reintegration_event_refuse_change();
GRANT SELECT, INSERT ON reintegration_event TO app_rw;

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
  'referral_reminder', 'referral_escalated', 'reflection_ending', 'follow_up_due'));
