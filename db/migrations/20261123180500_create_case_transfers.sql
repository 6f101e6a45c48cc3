-- Domestic case transfer between agencies: a handshake. Until the receiving agency accepts, it
-- sees only the transfer request (reference, kind, reason code), never the case itself.
CREATE TABLE case_transfer (
  id               uuid PRIMARY KEY,
  case_id          uuid NOT NULL REFERENCES case_file (id),
  country_code     char(3) NOT NULL,
  from_agency_id   uuid NOT NULL REFERENCES agency (id),
  to_agency_id     uuid NOT NULL REFERENCES agency (id),
  reason           text NOT NULL CHECK (reason IN ('competence', 'location', 'specialised_services',
                     'capacity', 'other')),
  note_sealed      bytea,
  status           text NOT NULL CHECK (status IN ('requested', 'accepted', 'declined', 'cancelled')),
  decline_reason   text CHECK (decline_reason IN ('not_competent', 'no_capacity', 'insufficient_information',
                     'other')),
  requested_by     uuid NOT NULL REFERENCES app_user (id),
  requested_at     timestamptz NOT NULL,
  answered_by      uuid REFERENCES app_user (id),
  answered_at      timestamptz,
  version          integer NOT NULL DEFAULT 1,
  CHECK (from_agency_id <> to_agency_id),
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
  CHECK ((status = 'requested') = (answered_at IS NULL))
);
-- One open transfer per case at a time.
CREATE UNIQUE INDEX case_transfer_open_idx ON case_transfer (case_id) WHERE status = 'requested';
CREATE INDEX case_transfer_to_idx ON case_transfer (to_agency_id, status);
COMMENT ON TABLE case_transfer IS '[sensitive] Requests to hand a case over to another agency of the country, with their answer.';
COMMENT ON COLUMN case_transfer.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN case_transfer.case_id IS '[internal] The case to hand over.';
COMMENT ON COLUMN case_transfer.country_code IS '[internal] Country of both agencies; drives jurisdiction.';
COMMENT ON COLUMN case_transfer.from_agency_id IS '[internal] Agency that owns the case and asks to hand it over.';
COMMENT ON COLUMN case_transfer.to_agency_id IS '[internal] Agency asked to take the case.';
COMMENT ON COLUMN case_transfer.reason IS '[internal] Why the case should move (code).';
COMMENT ON COLUMN case_transfer.note_sealed IS '[PII] Encrypted note from the sending agency.';
COMMENT ON COLUMN case_transfer.status IS '[internal] requested, accepted, declined or cancelled.';
COMMENT ON COLUMN case_transfer.decline_reason IS '[internal] Why the receiving agency declined (code).';
COMMENT ON COLUMN case_transfer.requested_by IS '[internal] Who asked.';
COMMENT ON COLUMN case_transfer.requested_at IS '[internal] When.';
COMMENT ON COLUMN case_transfer.answered_by IS '[internal] Who accepted, declined or cancelled.';
COMMENT ON COLUMN case_transfer.answered_at IS '[internal] When.';
COMMENT ON COLUMN case_transfer.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON case_transfer TO app_rw;

ALTER TABLE case_event DROP CONSTRAINT case_event_type_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_type_check CHECK (type IN ('opened', 'assigned',
  'closed', 'transfer_requested', 'transferred', 'transfer_declined', 'transfer_cancelled'));
