-- Joint investigation teams: the agreement between two or more States (parties, scope, duration,
-- extensions), its members (local users or officers of the other parties) and a shared workspace
-- whose access follows the agreement. Scope, names and workspace entries are sealed.
CREATE TABLE jit_agreement (
  id                          uuid PRIMARY KEY,
  reference                   text NOT NULL UNIQUE,
  country_code                char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  name                        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  scope_sealed                bytea NOT NULL,
  parties                     jsonb NOT NULL CHECK (jsonb_typeof(parties) = 'array' AND jsonb_array_length(parties) >= 2),
  starts_on                   date NOT NULL,
  ends_on                     date NOT NULL,
  status                      text NOT NULL CHECK (status IN ('draft', 'active', 'expired', 'terminated')),
  signed_on                   date,
  terminated_at               timestamptz,
  termination_reason_sealed   bytea,
  investigation_id            uuid REFERENCES investigation (id),
  coop_request_id             uuid REFERENCES coop_request (id),
  created_at                  timestamptz NOT NULL,
  created_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  updated_at                  timestamptz NOT NULL,
  version                     integer NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on),
  CHECK ((status = 'draft') = (signed_on IS NULL)),
  CHECK ((status = 'terminated') = (terminated_at IS NOT NULL AND termination_reason_sealed IS NOT NULL))
);
CREATE INDEX jit_agreement_scope_idx ON jit_agreement (country_code, status);
COMMENT ON TABLE jit_agreement IS '[sensitive] A joint investigation team agreement between two or more States.';
COMMENT ON COLUMN jit_agreement.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN jit_agreement.reference IS '[internal] Agreement number shown to staff (JIT-...).';
COMMENT ON COLUMN jit_agreement.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN jit_agreement.name IS '[sensitive] Name of the team; no personal names.';
COMMENT ON COLUMN jit_agreement.scope_sealed IS '[PII] Sealed purpose and scope of the team (may describe suspects).';
COMMENT ON COLUMN jit_agreement.parties IS '[internal] JSON array of {countryCode, authority}: the States and signing authorities, at least two.';
COMMENT ON COLUMN jit_agreement.starts_on IS '[internal] First day the agreement is in force.';
COMMENT ON COLUMN jit_agreement.ends_on IS '[internal] Last day the agreement is in force (moved by extensions).';
COMMENT ON COLUMN jit_agreement.status IS '[internal] draft, active, expired or terminated; an active agreement past ends_on counts as expired.';
COMMENT ON COLUMN jit_agreement.signed_on IS '[internal] Date the last party signed (set on activation).';
COMMENT ON COLUMN jit_agreement.terminated_at IS '[internal] When the agreement was terminated early.';
COMMENT ON COLUMN jit_agreement.termination_reason_sealed IS '[PII] Sealed reason for the early termination.';
COMMENT ON COLUMN jit_agreement.investigation_id IS '[internal] The national investigation the team serves, if any.';
COMMENT ON COLUMN jit_agreement.coop_request_id IS '[internal] The cooperation request the agreement answers, if any.';
COMMENT ON COLUMN jit_agreement.created_at IS '[internal] When recorded.';
COMMENT ON COLUMN jit_agreement.created_by_user_id IS '[internal] Who recorded it (the first leader).';
COMMENT ON COLUMN jit_agreement.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN jit_agreement.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON jit_agreement TO app_rw;

CREATE TABLE jit_extension (
  id                  uuid PRIMARY KEY,
  agreement_id        uuid NOT NULL REFERENCES jit_agreement (id),
  previous_ends_on    date NOT NULL,
  new_ends_on         date NOT NULL,
  reason_sealed       bytea NOT NULL,
  extended_by_user_id uuid NOT NULL REFERENCES app_user (id),
  extended_at         timestamptz NOT NULL,
  CHECK (new_ends_on > previous_ends_on)
);
CREATE INDEX jit_extension_agreement_idx ON jit_extension (agreement_id, extended_at);
COMMENT ON TABLE jit_extension IS '[sensitive] Append-only history of the extensions of an agreement.';
COMMENT ON COLUMN jit_extension.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN jit_extension.agreement_id IS '[internal] The agreement.';
COMMENT ON COLUMN jit_extension.previous_ends_on IS '[internal] End date before the extension.';
COMMENT ON COLUMN jit_extension.new_ends_on IS '[internal] End date after the extension.';
COMMENT ON COLUMN jit_extension.reason_sealed IS '[PII] Sealed reason for the extension.';
COMMENT ON COLUMN jit_extension.extended_by_user_id IS '[internal] Who recorded the extension.';
COMMENT ON COLUMN jit_extension.extended_at IS '[internal] When it was recorded.';

CREATE TABLE jit_member (
  id                  uuid PRIMARY KEY,
  agreement_id        uuid NOT NULL REFERENCES jit_agreement (id),
  user_id             uuid REFERENCES app_user (id),
  external_name_sealed bytea,
  country_code        char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  organisation        text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
  role                text NOT NULL CHECK (role IN ('leader', 'member', 'seconded')),
  added_at            timestamptz NOT NULL,
  added_by_user_id    uuid NOT NULL REFERENCES app_user (id),
  removed_at          timestamptz,
  removed_by_user_id  uuid REFERENCES app_user (id),
  CHECK ((user_id IS NULL) <> (external_name_sealed IS NULL)),
  CHECK ((removed_at IS NULL) = (removed_by_user_id IS NULL))
);
CREATE INDEX jit_member_agreement_idx ON jit_member (agreement_id);
CREATE INDEX jit_member_user_idx ON jit_member (user_id);
-- A local user sits in a team once at a time; a removed member may be added again.
CREATE UNIQUE INDEX jit_member_active_user_idx ON jit_member (agreement_id, user_id)
  WHERE user_id IS NOT NULL AND removed_at IS NULL;
COMMENT ON TABLE jit_member IS '[PII] A member of a joint investigation team: a local user or an officer of another party.';
COMMENT ON COLUMN jit_member.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN jit_member.agreement_id IS '[internal] The agreement.';
COMMENT ON COLUMN jit_member.user_id IS '[internal] Local member: the user account (reads and writes the workspace).';
COMMENT ON COLUMN jit_member.external_name_sealed IS '[PII] External member: sealed name of the foreign officer.';
COMMENT ON COLUMN jit_member.country_code IS '[internal] Country of the member''s authority.';
COMMENT ON COLUMN jit_member.organisation IS '[internal] Authority or agency the member belongs to.';
COMMENT ON COLUMN jit_member.role IS '[internal] leader, member or seconded.';
COMMENT ON COLUMN jit_member.added_at IS '[internal] When the member joined.';
COMMENT ON COLUMN jit_member.added_by_user_id IS '[internal] Who added the member.';
COMMENT ON COLUMN jit_member.removed_at IS '[internal] When the member left the team (rows are kept for the record).';
COMMENT ON COLUMN jit_member.removed_by_user_id IS '[internal] Who removed the member.';
GRANT SELECT, INSERT, UPDATE ON jit_member TO app_rw;

CREATE TABLE jit_workspace_entry (
  id               uuid PRIMARY KEY,
  agreement_id     uuid NOT NULL REFERENCES jit_agreement (id),
  author_member_id uuid NOT NULL REFERENCES jit_member (id),
  kind             text NOT NULL CHECK (kind IN ('note', 'document_reference')),
  body_sealed      bytea NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX jit_workspace_entry_agreement_idx ON jit_workspace_entry (agreement_id, created_at);
COMMENT ON TABLE jit_workspace_entry IS '[sensitive] Append-only shared workspace of a joint investigation team.';
COMMENT ON COLUMN jit_workspace_entry.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN jit_workspace_entry.agreement_id IS '[internal] The agreement.';
COMMENT ON COLUMN jit_workspace_entry.author_member_id IS '[internal] The team member who wrote the entry.';
COMMENT ON COLUMN jit_workspace_entry.kind IS '[internal] note or document_reference.';
COMMENT ON COLUMN jit_workspace_entry.body_sealed IS '[PII] Sealed text of the entry.';
COMMENT ON COLUMN jit_workspace_entry.created_at IS '[internal] When written.';

-- Both histories are append-only. Key rotation may re-seal their sealed column (same pattern as
-- referral_event, migration 20261124090000); nothing else may change a row.
CREATE FUNCTION jit_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('tansiq.resealing', true) = 'on' THEN
    IF to_jsonb(NEW) - TG_ARGV[0] = to_jsonb(OLD) - TG_ARGV[0] THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER jit_extension_append_only BEFORE UPDATE OR DELETE ON jit_extension
  FOR EACH ROW EXECUTE FUNCTION jit_history_refuse_change('reason_sealed');
CREATE TRIGGER jit_extension_no_truncate BEFORE TRUNCATE ON jit_extension
  FOR EACH STATEMENT EXECUTE FUNCTION jit_history_refuse_change('reason_sealed');
CREATE TRIGGER jit_workspace_entry_append_only BEFORE UPDATE OR DELETE ON jit_workspace_entry
  FOR EACH ROW EXECUTE FUNCTION jit_history_refuse_change('body_sealed');
CREATE TRIGGER jit_workspace_entry_no_truncate BEFORE TRUNCATE ON jit_workspace_entry
  FOR EACH STATEMENT EXECUTE FUNCTION jit_history_refuse_change('body_sealed');
GRANT SELECT, INSERT ON jit_extension TO app_rw;
GRANT SELECT, INSERT ON jit_workspace_entry TO app_rw;
