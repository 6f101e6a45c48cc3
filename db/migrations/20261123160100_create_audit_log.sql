-- Append-only, hash-chained audit trail. The chain head row serialises writers so the chain has
-- no forks: every audited transaction locks it, appends, and moves it, inside the same transaction.
CREATE TABLE audit_log (
  seq              bigint PRIMARY KEY,
  id               uuid NOT NULL UNIQUE,
  occurred_at      timestamptz NOT NULL,
  actor_kind       text NOT NULL CHECK (actor_kind IN ('user', 'token', 'anonymous', 'system')),
  actor_user_id    uuid,
  actor_agency_id  uuid,
  action           text NOT NULL,
  subject_type     text,
  subject_id       uuid,
  details          jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id       text,
  prev_hash        text NOT NULL,
  row_hash         text NOT NULL
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at);
COMMENT ON TABLE audit_log IS '[PII] Who did or saw what, when. Append-only and hash-chained; readable by the auditor role only.';
COMMENT ON COLUMN audit_log.seq IS '[internal] Position in the chain, gapless from 1.';
COMMENT ON COLUMN audit_log.id IS '[internal] UUIDv7 of the audit event.';
COMMENT ON COLUMN audit_log.occurred_at IS '[internal] When the audited action happened (millisecond precision, part of the hash).';
COMMENT ON COLUMN audit_log.actor_kind IS '[internal] user, token (machine client), anonymous (public form) or system.';
COMMENT ON COLUMN audit_log.actor_user_id IS '[PII] The user who acted, if any.';
COMMENT ON COLUMN audit_log.actor_agency_id IS '[internal] The agency of the acting user at the time.';
COMMENT ON COLUMN audit_log.action IS '[internal] Action code, e.g. tip.triage or case.read.';
COMMENT ON COLUMN audit_log.subject_type IS '[internal] Table of the record acted on.';
COMMENT ON COLUMN audit_log.subject_id IS '[internal] Id of the record acted on.';
COMMENT ON COLUMN audit_log.details IS '[sensitive] Small JSON object of ids, codes and changed field names; never names, document numbers or free text.';
COMMENT ON COLUMN audit_log.request_id IS '[internal] Request id, to correlate with logs.';
COMMENT ON COLUMN audit_log.prev_hash IS '[internal] row_hash of the previous row (64 zeros for the first).';
COMMENT ON COLUMN audit_log.row_hash IS '[internal] SHA-256 over prev_hash and this row''s canonical content.';

CREATE TABLE audit_chain_head (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_seq   bigint NOT NULL,
  last_hash  text NOT NULL
);
INSERT INTO audit_chain_head (singleton, last_seq, last_hash)
VALUES (true, 0, '0000000000000000000000000000000000000000000000000000000000000000');
COMMENT ON TABLE audit_chain_head IS '[internal] One row: the last sequence number and hash of the audit chain, so truncation at the tail is detected too.';
COMMENT ON COLUMN audit_chain_head.singleton IS '[internal] Always true: there is exactly one row.';
COMMENT ON COLUMN audit_chain_head.last_seq IS '[internal] seq of the newest audit row.';
COMMENT ON COLUMN audit_chain_head.last_hash IS '[internal] row_hash of the newest audit row.';

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
-- The trigger also holds on PGlite and for superusers, where grants do not.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

GRANT SELECT, INSERT ON audit_log TO app_rw;
GRANT SELECT, UPDATE ON audit_chain_head TO app_rw;
