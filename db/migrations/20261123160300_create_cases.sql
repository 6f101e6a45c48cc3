CREATE TABLE case_file (
  id                  uuid PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  country_code        char(3) NOT NULL,
  agency_id           uuid NOT NULL REFERENCES agency (id),
  kind                text NOT NULL CHECK (kind IN ('victim_case', 'lead')),
  title               text NOT NULL,
  status              text NOT NULL CHECK (status IN ('open', 'closed')),
  source_tip_id       uuid REFERENCES tip (id),
  opened_at           timestamptz NOT NULL,
  opened_by_user_id   uuid REFERENCES app_user (id),
  closed_at           timestamptz,
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX case_file_scope_idx ON case_file (country_code, agency_id, status);
COMMENT ON TABLE case_file IS '[sensitive] A victim-protection case or an investigative lead; owned by one agency.';
COMMENT ON COLUMN case_file.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN case_file.reference IS '[internal] Case number shown to staff; never built from personal data.';
COMMENT ON COLUMN case_file.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN case_file.agency_id IS '[internal] Owning agency; drives jurisdiction.';
COMMENT ON COLUMN case_file.kind IS '[internal] victim_case or lead.';
COMMENT ON COLUMN case_file.title IS '[sensitive] Short working title; staff are told not to put names in it.';
COMMENT ON COLUMN case_file.status IS '[internal] Current state; every change also appends a case_event row.';
COMMENT ON COLUMN case_file.source_tip_id IS '[internal] Tip the case was created from, if any.';
COMMENT ON COLUMN case_file.opened_at IS '[internal] When the case was opened.';
COMMENT ON COLUMN case_file.opened_by_user_id IS '[internal] Who opened it.';
COMMENT ON COLUMN case_file.closed_at IS '[internal] When it was closed.';
COMMENT ON COLUMN case_file.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON case_file TO app_rw;

ALTER TABLE tip ADD CONSTRAINT tip_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id);

CREATE TABLE case_assignment (
  case_id      uuid NOT NULL REFERENCES case_file (id),
  user_id      uuid NOT NULL REFERENCES app_user (id),
  assigned_at  timestamptz NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignment_user_idx ON case_assignment (user_id);
COMMENT ON TABLE case_assignment IS '[internal] Need-to-know: staff assigned to a case may read it.';
COMMENT ON COLUMN case_assignment.case_id IS '[internal] The case.';
COMMENT ON COLUMN case_assignment.user_id IS '[internal] The assigned staff member.';
COMMENT ON COLUMN case_assignment.assigned_at IS '[internal] When the assignment started.';
GRANT SELECT, INSERT, DELETE ON case_assignment TO app_rw;

CREATE TABLE case_event (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES case_file (id),
  occurred_at    timestamptz NOT NULL,
  type           text NOT NULL CHECK (type IN ('opened', 'assigned', 'closed')),
  actor_user_id  uuid REFERENCES app_user (id),
  data           jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at);
COMMENT ON TABLE case_event IS '[sensitive] Append-only history of a case.';
COMMENT ON COLUMN case_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN case_event.case_id IS '[internal] The case.';
COMMENT ON COLUMN case_event.occurred_at IS '[internal] When it happened.';
COMMENT ON COLUMN case_event.type IS '[internal] Event type.';
COMMENT ON COLUMN case_event.actor_user_id IS '[internal] Who acted.';
COMMENT ON COLUMN case_event.data IS '[sensitive] Codes and ids of the change; no free text.';
GRANT SELECT, INSERT ON case_event TO app_rw;
