-- Anchor tables of the criminal-justice side (investigations, operations, prosecutions,
-- international cooperation requests). Each feature extends its own table in later migrations;
-- the anchors exist first so that the features can reference one another.
CREATE TABLE investigation (
  id                  uuid PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  country_code        char(3) NOT NULL,
  agency_id           uuid NOT NULL REFERENCES agency (id),
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status              text NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
  opened_at           timestamptz NOT NULL,
  opened_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  closed_at           timestamptz,
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX investigation_scope_idx ON investigation (country_code, agency_id, status);
COMMENT ON TABLE investigation IS '[sensitive] A criminal investigation file (TIP, SOM and related offences) led by one agency.';
COMMENT ON COLUMN investigation.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation.reference IS '[internal] File number shown to staff; never built from personal data.';
COMMENT ON COLUMN investigation.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN investigation.agency_id IS '[internal] Lead agency.';
COMMENT ON COLUMN investigation.title IS '[sensitive] Working title; staff are told not to put names in it.';
COMMENT ON COLUMN investigation.status IS '[internal] open, suspended or closed.';
COMMENT ON COLUMN investigation.opened_at IS '[internal] When the file was opened.';
COMMENT ON COLUMN investigation.opened_by_user_id IS '[internal] Who opened it.';
COMMENT ON COLUMN investigation.closed_at IS '[internal] When it was closed.';
COMMENT ON COLUMN investigation.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON investigation TO app_rw;

CREATE TABLE investigation_member (
  investigation_id  uuid NOT NULL REFERENCES investigation (id),
  user_id           uuid NOT NULL REFERENCES app_user (id),
  team_role         text NOT NULL CHECK (team_role IN ('lead', 'member')),
  added_at          timestamptz NOT NULL,
  added_by_user_id  uuid REFERENCES app_user (id),
  PRIMARY KEY (investigation_id, user_id)
);
CREATE INDEX investigation_member_user_idx ON investigation_member (user_id);
COMMENT ON TABLE investigation_member IS '[internal] Need-to-know: the investigation team; only members read the file.';
COMMENT ON COLUMN investigation_member.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_member.user_id IS '[internal] Team member.';
COMMENT ON COLUMN investigation_member.team_role IS '[internal] lead or member.';
COMMENT ON COLUMN investigation_member.added_at IS '[internal] When the member joined.';
COMMENT ON COLUMN investigation_member.added_by_user_id IS '[internal] Who added the member.';
GRANT SELECT, INSERT, DELETE ON investigation_member TO app_rw;

CREATE TABLE investigation_person (
  id                     uuid PRIMARY KEY,
  investigation_id       uuid NOT NULL REFERENCES investigation (id),
  role                   text NOT NULL CHECK (role IN ('suspect', 'witness', 'person_of_interest')),
  identity_sealed        bytea NOT NULL,
  identity_blind_index   bytea,
  non_punishment_review  text NOT NULL DEFAULT 'none'
                         CHECK (non_punishment_review IN ('none', 'pending', 'not_applicable', 'applies')),
  created_at             timestamptz NOT NULL,
  created_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  version                integer NOT NULL DEFAULT 1
);
CREATE INDEX investigation_person_investigation_idx ON investigation_person (investigation_id);
CREATE INDEX investigation_person_blind_idx ON investigation_person (identity_blind_index);
COMMENT ON TABLE investigation_person IS '[PII] A person recorded in an investigation (suspect, witness, person of interest).';
COMMENT ON COLUMN investigation_person.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_person.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_person.role IS '[internal] suspect, witness or person_of_interest.';
COMMENT ON COLUMN investigation_person.identity_sealed IS '[PII] Sealed JSON: names, aliases (Arabic and Latin script), birth date, nationality, documents, phones, accounts, vehicles, addresses.';
COMMENT ON COLUMN investigation_person.identity_blind_index IS '[PII] Keyed hash of normalised name and birth date, compared with victims'' to raise the non-punishment review.';
COMMENT ON COLUMN investigation_person.non_punishment_review IS '[sensitive] Non-punishment review: none, pending (possible victim), not_applicable or applies (must not be charged).';
COMMENT ON COLUMN investigation_person.created_at IS '[internal] When recorded.';
COMMENT ON COLUMN investigation_person.created_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN investigation_person.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON investigation_person TO app_rw;

CREATE TABLE operation (
  id                  uuid PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  country_code        char(3) NOT NULL,
  lead_agency_id      uuid NOT NULL REFERENCES agency (id),
  investigation_id    uuid REFERENCES investigation (id),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  status              text NOT NULL CHECK (status IN ('planned', 'in_execution', 'completed', 'cancelled')),
  created_at          timestamptz NOT NULL,
  created_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX operation_scope_idx ON operation (country_code, lead_agency_id, status);
COMMENT ON TABLE operation IS '[sensitive] A law-enforcement operation (planned, executed, with outcomes).';
COMMENT ON COLUMN operation.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation.reference IS '[internal] Operation number shown to staff.';
COMMENT ON COLUMN operation.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN operation.lead_agency_id IS '[internal] Agency leading the operation.';
COMMENT ON COLUMN operation.investigation_id IS '[internal] Investigation the operation belongs to, if any.';
COMMENT ON COLUMN operation.name IS '[sensitive] Code name of the operation.';
COMMENT ON COLUMN operation.status IS '[internal] planned, in_execution, completed or cancelled.';
COMMENT ON COLUMN operation.created_at IS '[internal] When it was recorded.';
COMMENT ON COLUMN operation.created_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN operation.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON operation TO app_rw;

CREATE TABLE prosecution (
  id                  uuid PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  country_code        char(3) NOT NULL,
  agency_id           uuid NOT NULL REFERENCES agency (id),
  investigation_id    uuid REFERENCES investigation (id),
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  stage               text NOT NULL CHECK (stage IN ('investigation', 'indictment', 'trial', 'appeal', 'closed')),
  opened_at           timestamptz NOT NULL,
  opened_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX prosecution_scope_idx ON prosecution (country_code, agency_id, stage);
COMMENT ON TABLE prosecution IS '[sensitive] A criminal case in court, from judicial investigation to final judgment.';
COMMENT ON COLUMN prosecution.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN prosecution.reference IS '[internal] Case number shown to staff.';
COMMENT ON COLUMN prosecution.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN prosecution.agency_id IS '[internal] Prosecution office in charge.';
COMMENT ON COLUMN prosecution.investigation_id IS '[internal] Investigation the case comes from, if any.';
COMMENT ON COLUMN prosecution.title IS '[sensitive] Working title; no names.';
COMMENT ON COLUMN prosecution.stage IS '[internal] investigation, indictment, trial, appeal or closed.';
COMMENT ON COLUMN prosecution.opened_at IS '[internal] When opened.';
COMMENT ON COLUMN prosecution.opened_by_user_id IS '[internal] Who opened it.';
COMMENT ON COLUMN prosecution.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON prosecution TO app_rw;

CREATE TABLE coop_request (
  id                  uuid PRIMARY KEY,
  reference           text NOT NULL UNIQUE,
  country_code        char(3) NOT NULL,
  direction           text NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
  type                text NOT NULL,
  status              text NOT NULL,
  owner_agency_id     uuid NOT NULL REFERENCES agency (id),
  investigation_id    uuid REFERENCES investigation (id),
  prosecution_id      uuid REFERENCES prosecution (id),
  foreign_country     char(3) NOT NULL,
  created_at          timestamptz NOT NULL,
  created_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX coop_request_scope_idx ON coop_request (country_code, status, foreign_country);
COMMENT ON TABLE coop_request IS '[sensitive] An international cooperation request (MLA, extradition, JIT, police-to-police...), outgoing or incoming.';
COMMENT ON COLUMN coop_request.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN coop_request.reference IS '[internal] Request number shown to staff and quoted to the foreign authority.';
COMMENT ON COLUMN coop_request.country_code IS '[internal] Node country; drives jurisdiction.';
COMMENT ON COLUMN coop_request.direction IS '[internal] outgoing (we request) or incoming (we are requested).';
COMMENT ON COLUMN coop_request.type IS '[internal] Cooperation type code from the reference list (MLA, EXTRADITION...).';
COMMENT ON COLUMN coop_request.status IS '[internal] Lifecycle state (shared/domain/cooperation).';
COMMENT ON COLUMN coop_request.owner_agency_id IS '[internal] Agency that drafted (outgoing) or executes (incoming) the request.';
COMMENT ON COLUMN coop_request.investigation_id IS '[internal] Investigation served, if any.';
COMMENT ON COLUMN coop_request.prosecution_id IS '[internal] Prosecution served, if any.';
COMMENT ON COLUMN coop_request.foreign_country IS '[internal] The other State (requested for outgoing, requesting for incoming).';
COMMENT ON COLUMN coop_request.created_at IS '[internal] When recorded.';
COMMENT ON COLUMN coop_request.created_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN coop_request.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON coop_request TO app_rw;
