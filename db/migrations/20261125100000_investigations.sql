-- Investigation files: sealed summary, status history, offences, organisations and networks, a
-- timeline of events, locations, leads from tips, explicit victim links (consent or legal basis)
-- and the non-punishment review of suspects who may be victims.
ALTER TABLE investigation ADD COLUMN summary_sealed bytea;
COMMENT ON COLUMN investigation.summary_sealed IS '[PII] Encrypted narrative summary of the facts; may name persons.';

CREATE TABLE investigation_status_change (
  id                uuid PRIMARY KEY,
  investigation_id  uuid NOT NULL REFERENCES investigation (id),
  occurred_at       timestamptz NOT NULL,
  actor_user_id     uuid NOT NULL REFERENCES app_user (id),
  from_status       text NOT NULL CHECK (from_status IN ('open', 'suspended', 'closed')),
  to_status         text NOT NULL CHECK (to_status IN ('open', 'suspended', 'closed'))
);
CREATE INDEX investigation_status_change_idx ON investigation_status_change (investigation_id, occurred_at);
COMMENT ON TABLE investigation_status_change IS '[internal] Append-only history of the status of investigation files (suspend, resume, close).';
COMMENT ON COLUMN investigation_status_change.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_status_change.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_status_change.occurred_at IS '[internal] When the status changed.';
COMMENT ON COLUMN investigation_status_change.actor_user_id IS '[internal] Who changed it.';
COMMENT ON COLUMN investigation_status_change.from_status IS '[internal] Status before.';
COMMENT ON COLUMN investigation_status_change.to_status IS '[internal] Status after.';
CREATE FUNCTION investigation_status_change_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'investigation_status_change is append-only';
END
$$;
CREATE TRIGGER investigation_status_change_append_only BEFORE UPDATE OR DELETE ON investigation_status_change
  FOR EACH ROW EXECUTE FUNCTION investigation_status_change_refuse_change();
GRANT SELECT, INSERT ON investigation_status_change TO app_rw;

CREATE TABLE investigation_offence (
  id                uuid PRIMARY KEY,
  investigation_id  uuid NOT NULL REFERENCES investigation (id),
  code              text NOT NULL CHECK (code IN ('trafficking_in_persons', 'smuggling_of_migrants',
                      'document_fraud', 'money_laundering', 'corruption',
                      'participation_in_organised_crime', 'forced_labour', 'sexual_exploitation',
                      'child_exploitation', 'other')),
  law_article       text NOT NULL CHECK (length(law_article) BETWEEN 1 AND 200),
  added_at          timestamptz NOT NULL,
  added_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  UNIQUE (investigation_id, code, law_article)
);
COMMENT ON TABLE investigation_offence IS '[sensitive] Offences an investigation is about, each with the article of national law.';
COMMENT ON COLUMN investigation_offence.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_offence.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_offence.code IS '[internal] Offence code (shared/domain/investigation.ts).';
COMMENT ON COLUMN investigation_offence.law_article IS '[internal] Article of national law, e.g. "Law 2/2010 art. 3".';
COMMENT ON COLUMN investigation_offence.added_at IS '[internal] When recorded.';
COMMENT ON COLUMN investigation_offence.added_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON investigation_offence TO app_rw;

CREATE TABLE investigation_victim_link (
  id                  uuid PRIMARY KEY,
  investigation_id    uuid NOT NULL REFERENCES investigation (id),
  case_id             uuid NOT NULL REFERENCES case_file (id),
  basis               text NOT NULL CHECK (basis IN ('consent', 'legal_basis')),
  consent_id          uuid REFERENCES victim_consent (id),
  legal_basis         text CHECK (length(legal_basis) BETWEEN 1 AND 300),
  linked_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  linked_at           timestamptz NOT NULL,
  revoked_at          timestamptz,
  revoked_by_user_id  uuid REFERENCES app_user (id),
  CHECK ((basis = 'consent') = (consent_id IS NOT NULL)),
  CHECK ((basis = 'legal_basis') = (legal_basis IS NOT NULL)),
  CHECK ((revoked_at IS NULL) = (revoked_by_user_id IS NULL))
);
CREATE UNIQUE INDEX investigation_victim_link_active_idx ON investigation_victim_link (investigation_id, case_id)
  WHERE revoked_at IS NULL;
CREATE INDEX investigation_victim_link_case_idx ON investigation_victim_link (case_id);
COMMENT ON TABLE investigation_victim_link IS '[sensitive] A victim case linked to an investigation on an explicit basis (the victim''s consent or a legal basis); the team sees the case reference and trafficking status only.';
COMMENT ON COLUMN investigation_victim_link.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_victim_link.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_victim_link.case_id IS '[internal] The victim case.';
COMMENT ON COLUMN investigation_victim_link.basis IS '[internal] consent or legal_basis.';
COMMENT ON COLUMN investigation_victim_link.consent_id IS '[internal] The consent the link rests on (basis consent).';
COMMENT ON COLUMN investigation_victim_link.legal_basis IS '[sensitive] Provision the link rests on (basis legal_basis, prosecutors only).';
COMMENT ON COLUMN investigation_victim_link.linked_by_user_id IS '[internal] Who linked the victim.';
COMMENT ON COLUMN investigation_victim_link.linked_at IS '[internal] When.';
COMMENT ON COLUMN investigation_victim_link.revoked_at IS '[internal] When the link was revoked; the row stays for the record.';
COMMENT ON COLUMN investigation_victim_link.revoked_by_user_id IS '[internal] Who revoked it.';
GRANT SELECT, INSERT, UPDATE ON investigation_victim_link TO app_rw;

ALTER TABLE investigation_person
  ADD COLUMN possible_victim boolean NOT NULL DEFAULT false,
  ADD COLUMN victim_link_id uuid REFERENCES investigation_victim_link (id),
  ADD COLUMN name_blind_indexes text[] NOT NULL DEFAULT '{}',
  ADD COLUMN review_reason_sealed bytea,
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN reviewed_by_user_id uuid REFERENCES app_user (id);
CREATE INDEX investigation_person_name_blind_idx ON investigation_person USING gin (name_blind_indexes);
COMMENT ON COLUMN investigation_person.possible_victim IS '[sensitive] The recording officer marked the person as a possible victim.';
COMMENT ON COLUMN investigation_person.victim_link_id IS '[internal] Victim link of the same investigation this person is (a suspect who is also a victim).';
COMMENT ON COLUMN investigation_person.name_blind_indexes IS '[PII] Keyed hashes of every name and alias with the birth data, in the victims'' blind-index format, compared with victims to raise the non-punishment review.';
COMMENT ON COLUMN investigation_person.review_reason_sealed IS '[PII] Encrypted reasons of the non-punishment review decision.';
COMMENT ON COLUMN investigation_person.reviewed_at IS '[internal] When the non-punishment review was decided.';
COMMENT ON COLUMN investigation_person.reviewed_by_user_id IS '[internal] Prosecutor who decided it.';

CREATE TABLE investigation_organisation (
  id                 uuid PRIMARY KEY,
  investigation_id   uuid NOT NULL REFERENCES investigation (id),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind               text NOT NULL CHECK (kind IN ('network', 'company', 'other')),
  country_code       char(3),
  notes_sealed       bytea,
  member_person_ids  uuid[] NOT NULL DEFAULT '{}',
  added_at           timestamptz NOT NULL,
  added_by_user_id   uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX investigation_organisation_idx ON investigation_organisation (investigation_id);
COMMENT ON TABLE investigation_organisation IS '[sensitive] Criminal networks, companies and other organisations of an investigation.';
COMMENT ON COLUMN investigation_organisation.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_organisation.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_organisation.name IS '[sensitive] Name of the network or company.';
COMMENT ON COLUMN investigation_organisation.kind IS '[internal] network, company or other.';
COMMENT ON COLUMN investigation_organisation.country_code IS '[internal] ISO 3166-1 alpha-3 country where it operates or is registered.';
COMMENT ON COLUMN investigation_organisation.notes_sealed IS '[PII] Encrypted notes; may name persons.';
COMMENT ON COLUMN investigation_organisation.member_person_ids IS '[sensitive] Persons of the same investigation who belong to it.';
COMMENT ON COLUMN investigation_organisation.added_at IS '[internal] When recorded.';
COMMENT ON COLUMN investigation_organisation.added_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON investigation_organisation TO app_rw;

CREATE TABLE investigation_event (
  id                  uuid PRIMARY KEY,
  investigation_id    uuid NOT NULL REFERENCES investigation (id),
  occurred_on         date NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('recruitment', 'transport', 'exploitation', 'payment', 'other')),
  country_code        char(3),
  place_sealed        bytea,
  description_sealed  bytea NOT NULL,
  person_ids          uuid[] NOT NULL DEFAULT '{}',
  added_at            timestamptz NOT NULL,
  added_by_user_id    uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX investigation_event_idx ON investigation_event (investigation_id, occurred_on);
COMMENT ON TABLE investigation_event IS '[sensitive] Timeline of an investigation: recruitment, transport, exploitation, payment.';
COMMENT ON COLUMN investigation_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_event.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_event.occurred_on IS '[sensitive] Date of the event.';
COMMENT ON COLUMN investigation_event.kind IS '[internal] recruitment, transport, exploitation, payment or other.';
COMMENT ON COLUMN investigation_event.country_code IS '[internal] ISO 3166-1 alpha-3 country where it happened.';
COMMENT ON COLUMN investigation_event.place_sealed IS '[PII] Encrypted place (may be an address).';
COMMENT ON COLUMN investigation_event.description_sealed IS '[PII] Encrypted description; may name persons.';
COMMENT ON COLUMN investigation_event.person_ids IS '[sensitive] Persons of the same investigation involved.';
COMMENT ON COLUMN investigation_event.added_at IS '[internal] When recorded.';
COMMENT ON COLUMN investigation_event.added_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON investigation_event TO app_rw;

CREATE TABLE investigation_location (
  id                uuid PRIMARY KEY,
  investigation_id  uuid NOT NULL REFERENCES investigation (id),
  label             text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  kind              text NOT NULL CHECK (kind IN ('residence', 'workplace', 'exploitation_site',
                      'transit_point', 'border_crossing', 'meeting_point', 'other')),
  country_code      char(3),
  address_sealed    bytea,
  added_at          timestamptz NOT NULL,
  added_by_user_id  uuid NOT NULL REFERENCES app_user (id)
);
CREATE INDEX investigation_location_idx ON investigation_location (investigation_id);
COMMENT ON TABLE investigation_location IS '[sensitive] Places that matter to an investigation.';
COMMENT ON COLUMN investigation_location.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_location.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_location.label IS '[sensitive] Short label without names ("warehouse near the port").';
COMMENT ON COLUMN investigation_location.kind IS '[internal] Kind of place (shared/domain/investigation.ts).';
COMMENT ON COLUMN investigation_location.country_code IS '[internal] ISO 3166-1 alpha-3 country.';
COMMENT ON COLUMN investigation_location.address_sealed IS '[PII] Encrypted address.';
COMMENT ON COLUMN investigation_location.added_at IS '[internal] When recorded.';
COMMENT ON COLUMN investigation_location.added_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON investigation_location TO app_rw;

CREATE TABLE investigation_lead (
  id                 uuid PRIMARY KEY,
  investigation_id   uuid NOT NULL REFERENCES investigation (id),
  tip_id             uuid NOT NULL REFERENCES tip (id),
  linked_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  linked_at          timestamptz NOT NULL,
  UNIQUE (investigation_id, tip_id)
);
CREATE INDEX investigation_lead_tip_idx ON investigation_lead (tip_id);
COMMENT ON TABLE investigation_lead IS '[internal] Tips linked to an investigation as leads (reference and status shown, never content).';
COMMENT ON COLUMN investigation_lead.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN investigation_lead.investigation_id IS '[internal] The investigation.';
COMMENT ON COLUMN investigation_lead.tip_id IS '[internal] The tip.';
COMMENT ON COLUMN investigation_lead.linked_by_user_id IS '[internal] Who linked it.';
COMMENT ON COLUMN investigation_lead.linked_at IS '[internal] When.';
GRANT SELECT, INSERT ON investigation_lead TO app_rw;
