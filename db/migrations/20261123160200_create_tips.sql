-- Free-text tip fields can name victims, suspects or reporters: they are stored sealed
-- (AES-256-GCM with the node's data key) and only ever decrypted in the service layer.
CREATE TABLE reference_counter (
  scope       text PRIMARY KEY,
  last_value  bigint NOT NULL
);
COMMENT ON TABLE reference_counter IS '[internal] Gapless per-scope counters for human-readable references (TIP-LBY-2026-000001).';
COMMENT ON COLUMN reference_counter.scope IS '[internal] Counter scope, e.g. TIP-LBY-2026.';
COMMENT ON COLUMN reference_counter.last_value IS '[internal] Last number handed out in this scope.';
GRANT SELECT, INSERT, UPDATE ON reference_counter TO app_rw;

CREATE TABLE tip_routing_rule (
  id                uuid PRIMARY KEY,
  country_code      char(3) NOT NULL,
  region_code       text,
  category          text,
  target_agency_id  uuid NOT NULL REFERENCES agency (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE NULLS NOT DISTINCT (country_code, region_code, category)
);
COMMENT ON TABLE tip_routing_rule IS '[internal] Which agency receives a new tip, by region and category; the most specific rule wins.';
COMMENT ON COLUMN tip_routing_rule.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN tip_routing_rule.country_code IS '[internal] Country whose tips the rule routes.';
COMMENT ON COLUMN tip_routing_rule.region_code IS '[internal] Region the rule applies to; null for any region.';
COMMENT ON COLUMN tip_routing_rule.category IS '[internal] Tip category the rule applies to; null for any category.';
COMMENT ON COLUMN tip_routing_rule.target_agency_id IS '[internal] Agency that receives matching tips.';
COMMENT ON COLUMN tip_routing_rule.created_at IS '[internal] When the rule was added.';
GRANT SELECT, INSERT, UPDATE, DELETE ON tip_routing_rule TO app_rw;

CREATE TABLE tip (
  id                       uuid PRIMARY KEY,
  reference                text NOT NULL UNIQUE,
  country_code             char(3) NOT NULL,
  channel                  text NOT NULL CHECK (channel IN ('web_form', 'hotline_phone', 'walk_in', 'email', 'other')),
  received_at              timestamptz NOT NULL,
  received_by_user_id      uuid REFERENCES app_user (id),
  region_code              text,
  location_text_sealed     bytea NOT NULL,
  what_was_seen_sealed     bytea NOT NULL,
  people_involved_sealed   bytea NOT NULL,
  reporter_contact_sealed  bytea,
  reporter_language        text NOT NULL CHECK (reporter_language IN ('ar', 'fr', 'en')),
  category                 text,
  child_involved           boolean NOT NULL,
  imminent_danger          boolean NOT NULL,
  priority                 text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
  status                   text NOT NULL CHECK (status IN ('new', 'triaged', 'converted', 'closed')),
  assigned_agency_id       uuid NOT NULL REFERENCES agency (id),
  due_at                   timestamptz NOT NULL,
  first_action_at          timestamptz,
  close_reason             text CHECK (close_reason IN ('duplicate', 'insufficient_information',
                             'not_tip_or_som', 'referred_elsewhere', 'other')),
  case_id                  uuid,
  version                  integer NOT NULL DEFAULT 1,
  updated_at               timestamptz NOT NULL,
  CHECK ((status = 'closed') = (close_reason IS NOT NULL)),
  CHECK ((status = 'converted') = (case_id IS NOT NULL))
);
CREATE INDEX tip_queue_idx ON tip (country_code, assigned_agency_id, status, due_at);
COMMENT ON TABLE tip IS '[sensitive] A report of suspected trafficking or smuggling, from the public form or the hotline; current state of its lifecycle.';
COMMENT ON COLUMN tip.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN tip.reference IS '[internal] Reference given to the reporter and staff; never built from personal data.';
COMMENT ON COLUMN tip.country_code IS '[internal] Node country that received the tip; drives jurisdiction.';
COMMENT ON COLUMN tip.channel IS '[internal] How the tip arrived.';
COMMENT ON COLUMN tip.received_at IS '[internal] When the tip was received; SLA deadlines count from here.';
COMMENT ON COLUMN tip.received_by_user_id IS '[internal] Operator who took a hotline tip; null for the public form.';
COMMENT ON COLUMN tip.region_code IS '[sensitive] Region where the facts happened.';
COMMENT ON COLUMN tip.location_text_sealed IS '[PII] Encrypted free-text location.';
COMMENT ON COLUMN tip.what_was_seen_sealed IS '[PII] Encrypted description of what was seen.';
COMMENT ON COLUMN tip.people_involved_sealed IS '[PII] Encrypted description of the people involved.';
COMMENT ON COLUMN tip.reporter_contact_sealed IS '[PII] Encrypted reporter contact (JSON); null when the reporter stays anonymous.';
COMMENT ON COLUMN tip.reporter_language IS '[internal] Language the reporter used.';
COMMENT ON COLUMN tip.category IS '[sensitive] Suspected form of exploitation (HTCDS code) or MigrantSmuggling.';
COMMENT ON COLUMN tip.child_involved IS '[sensitive] A child appears to be involved; makes the tip urgent.';
COMMENT ON COLUMN tip.imminent_danger IS '[sensitive] Someone appears to be in immediate danger; makes the tip urgent.';
COMMENT ON COLUMN tip.priority IS '[internal] Triage priority; sets the first-action deadline.';
COMMENT ON COLUMN tip.status IS '[internal] Lifecycle state; every change also appends a tip_event row.';
COMMENT ON COLUMN tip.assigned_agency_id IS '[internal] Agency responsible for the tip (routing rules, then triage).';
COMMENT ON COLUMN tip.due_at IS '[internal] First-action deadline (SLA) derived from priority and receipt time.';
COMMENT ON COLUMN tip.first_action_at IS '[internal] When staff first acted (triage, close or conversion).';
COMMENT ON COLUMN tip.close_reason IS '[internal] Why the tip was closed without a case.';
COMMENT ON COLUMN tip.case_id IS '[internal] Case or lead created from the tip.';
COMMENT ON COLUMN tip.version IS '[internal] Optimistic-locking version.';
COMMENT ON COLUMN tip.updated_at IS '[internal] Last change.';
GRANT SELECT, INSERT, UPDATE ON tip TO app_rw;

CREATE TABLE tip_event (
  id             uuid PRIMARY KEY,
  tip_id         uuid NOT NULL REFERENCES tip (id),
  occurred_at    timestamptz NOT NULL,
  type           text NOT NULL CHECK (type IN ('received', 'triaged', 'rerouted', 'converted', 'closed')),
  actor_user_id  uuid REFERENCES app_user (id),
  data           jsonb NOT NULL DEFAULT '{}'::jsonb,
  note_sealed    bytea
);
CREATE INDEX tip_event_tip_idx ON tip_event (tip_id, occurred_at);
COMMENT ON TABLE tip_event IS '[sensitive] Append-only history of a tip.';
COMMENT ON COLUMN tip_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN tip_event.tip_id IS '[internal] The tip.';
COMMENT ON COLUMN tip_event.occurred_at IS '[internal] When it happened.';
COMMENT ON COLUMN tip_event.type IS '[internal] Event type.';
COMMENT ON COLUMN tip_event.actor_user_id IS '[internal] Staff member who acted; null for the public form.';
COMMENT ON COLUMN tip_event.data IS '[sensitive] Codes and ids of the change (priority, category, agency, case); no free text.';
COMMENT ON COLUMN tip_event.note_sealed IS '[PII] Encrypted staff note.';
GRANT SELECT, INSERT ON tip_event TO app_rw;

CREATE TABLE tip_attachment (
  id               uuid PRIMARY KEY,
  tip_id           uuid NOT NULL REFERENCES tip (id),
  filename_sealed  bytea NOT NULL,
  content_type     text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes       integer NOT NULL CHECK (size_bytes > 0),
  sha256           text NOT NULL,
  content_sealed   bytea NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX tip_attachment_tip_idx ON tip_attachment (tip_id);
COMMENT ON TABLE tip_attachment IS '[PII] Files sent with a tip, encrypted at rest.';
COMMENT ON COLUMN tip_attachment.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN tip_attachment.tip_id IS '[internal] The tip.';
COMMENT ON COLUMN tip_attachment.filename_sealed IS '[PII] Encrypted original file name.';
COMMENT ON COLUMN tip_attachment.content_type IS '[internal] Checked media type (magic bytes match).';
COMMENT ON COLUMN tip_attachment.size_bytes IS '[internal] Decoded size.';
COMMENT ON COLUMN tip_attachment.sha256 IS '[internal] SHA-256 of the plain content, for integrity.';
COMMENT ON COLUMN tip_attachment.content_sealed IS '[PII] Encrypted file content.';
COMMENT ON COLUMN tip_attachment.created_at IS '[internal] Upload time.';
GRANT SELECT, INSERT ON tip_attachment TO app_rw;
