-- Victim protection: the person record (identity sealed, with a keyed blind index for exact
-- duplicate lookup), identification screenings, the append-only status history, guardians of
-- children, consent records and needs assessments (assistance data behind the consent wall).
CREATE TABLE victim (
  id                     uuid PRIMARY KEY,
  case_id                uuid NOT NULL UNIQUE REFERENCES case_file (id),
  identity_sealed        bytea NOT NULL,
  identity_blind_index   text,
  sex                    text NOT NULL CHECK (sex IN ('F', 'M', 'U')),
  birth_year             smallint CHECK (birth_year BETWEEN 1900 AND 2100),
  is_child               boolean NOT NULL,
  citizenship            char(3),
  languages              text[] NOT NULL DEFAULT '{}',
  trafficking_status     text NOT NULL CHECK (trafficking_status IN ('NotScreened',
                           'PossibleVictimOfTrafficking', 'PresumedVictimOfTrafficking',
                           'ActualVictimOfTrafficking', 'NotAVictimOfTrafficking')),
  reflection_ends_on     date,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL
);
CREATE INDEX victim_blind_index_idx ON victim (identity_blind_index);
COMMENT ON TABLE victim IS '[PII] A presumed or identified victim of trafficking: one per victim case. Never indexed for screening.';
COMMENT ON COLUMN victim.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim.case_id IS '[internal] The victim case this person belongs to.';
COMMENT ON COLUMN victim.identity_sealed IS '[PII] Encrypted JSON: names in Arabic and Latin script, birth date, documents, contacts.';
COMMENT ON COLUMN victim.identity_blind_index IS '[sensitive] Keyed HMAC of the normalised name and birth date, for exact-duplicate lookup without decrypting.';
COMMENT ON COLUMN victim.sex IS '[PII] F, M or U (unknown), as in the HTCDS extension.';
COMMENT ON COLUMN victim.birth_year IS '[PII] Year of birth (exact or estimated), for age and statistics.';
COMMENT ON COLUMN victim.is_child IS '[sensitive] Under 18 when recorded or by birth year; stricter access and a guardian are required.';
COMMENT ON COLUMN victim.citizenship IS '[PII] ISO 3166-1 alpha-3 citizenship.';
COMMENT ON COLUMN victim.languages IS '[PII] ISO 639-1 codes of the languages the person speaks.';
COMMENT ON COLUMN victim.trafficking_status IS '[sensitive] HTCDS trafficking status (Presumed is our extension); every change appends a victim_status_event.';
COMMENT ON COLUMN victim.reflection_ends_on IS '[sensitive] Last day of the reflection and recovery period, if one was granted.';
COMMENT ON COLUMN victim.version IS '[internal] Optimistic-locking version.';
COMMENT ON COLUMN victim.created_at IS '[internal] When the record was created.';
COMMENT ON COLUMN victim.updated_at IS '[internal] Last change.';
GRANT SELECT, INSERT, UPDATE ON victim TO app_rw;

CREATE TABLE victim_screening (
  id                 uuid PRIMARY KEY,
  victim_id          uuid NOT NULL REFERENCES victim (id),
  conducted_at       timestamptz NOT NULL,
  conducted_by       uuid NOT NULL REFERENCES app_user (id),
  answers            jsonb NOT NULL,
  recruitment_codes  text[] NOT NULL DEFAULT '{}',
  control_codes      text[] NOT NULL DEFAULT '{}',
  exploitation_codes text[] NOT NULL DEFAULT '{}',
  fired_indicators   text[] NOT NULL DEFAULT '{}',
  proposed_status    text NOT NULL,
  has_interpreter    boolean NOT NULL,
  notes_sealed       bytea
);
CREATE INDEX victim_screening_victim_idx ON victim_screening (victim_id, conducted_at);
COMMENT ON TABLE victim_screening IS '[sensitive] Identification screening interviews with the ILO forced-labour indicators.';
COMMENT ON COLUMN victim_screening.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_screening.victim_id IS '[internal] The person screened.';
COMMENT ON COLUMN victim_screening.conducted_at IS '[internal] When the interview took place.';
COMMENT ON COLUMN victim_screening.conducted_by IS '[internal] Staff member who conducted it.';
COMMENT ON COLUMN victim_screening.answers IS '[sensitive] JSON object: ILO indicator code → YES, NO, UNSURE or NOT_ASKED.';
COMMENT ON COLUMN victim_screening.recruitment_codes IS '[sensitive] HTCDS vic_MethodOfRecruitment codes.';
COMMENT ON COLUMN victim_screening.control_codes IS '[sensitive] HTCDS vic_MethodsOfControl codes.';
COMMENT ON COLUMN victim_screening.exploitation_codes IS '[sensitive] HTCDS vic_TypeOfExploitation codes.';
COMMENT ON COLUMN victim_screening.fired_indicators IS '[sensitive] Indicator codes answered YES: what the proposal rests on.';
COMMENT ON COLUMN victim_screening.proposed_status IS '[sensitive] Status the rules proposed from the answers.';
COMMENT ON COLUMN victim_screening.has_interpreter IS '[internal] Whether a qualified interpreter assisted.';
COMMENT ON COLUMN victim_screening.notes_sealed IS '[PII] Encrypted interviewer notes.';
GRANT SELECT, INSERT ON victim_screening TO app_rw;

CREATE TABLE victim_status_event (
  id              uuid PRIMARY KEY,
  victim_id       uuid NOT NULL REFERENCES victim (id),
  occurred_at     timestamptz NOT NULL,
  actor_user_id   uuid REFERENCES app_user (id),
  from_status     text NOT NULL,
  to_status       text NOT NULL,
  basis           text NOT NULL CHECK (basis IN ('screening', 'decision')),
  screening_id    uuid REFERENCES victim_screening (id),
  decided_on      date,
  deciding_body   text,
  legal_basis     text
);
CREATE INDEX victim_status_event_victim_idx ON victim_status_event (victim_id, occurred_at);
COMMENT ON TABLE victim_status_event IS '[sensitive] Append-only history of trafficking-status changes: proposals from screenings and formal decisions.';
COMMENT ON COLUMN victim_status_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_status_event.victim_id IS '[internal] The person.';
COMMENT ON COLUMN victim_status_event.occurred_at IS '[internal] When the change was recorded.';
COMMENT ON COLUMN victim_status_event.actor_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN victim_status_event.from_status IS '[sensitive] Status before.';
COMMENT ON COLUMN victim_status_event.to_status IS '[sensitive] Status after.';
COMMENT ON COLUMN victim_status_event.basis IS '[internal] screening (a proposal) or decision (formal identification).';
COMMENT ON COLUMN victim_status_event.screening_id IS '[internal] Screening behind a proposal.';
COMMENT ON COLUMN victim_status_event.decided_on IS '[sensitive] Date of the formal decision.';
COMMENT ON COLUMN victim_status_event.deciding_body IS '[sensitive] Body that took the decision (e.g. national referral mechanism panel).';
COMMENT ON COLUMN victim_status_event.legal_basis IS '[sensitive] Legal provision the decision rests on.';
CREATE FUNCTION victim_status_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'victim_status_event is append-only';
END
$$;
CREATE TRIGGER victim_status_event_append_only BEFORE UPDATE OR DELETE ON victim_status_event
  FOR EACH ROW EXECUTE FUNCTION victim_status_event_refuse_change();
GRANT SELECT, INSERT ON victim_status_event TO app_rw;

CREATE TABLE victim_guardian (
  id               uuid PRIMARY KEY,
  victim_id        uuid NOT NULL REFERENCES victim (id),
  identity_sealed  bytea NOT NULL,
  appointed_on     date NOT NULL,
  appointing_body  text NOT NULL,
  recorded_by      uuid NOT NULL REFERENCES app_user (id),
  recorded_at      timestamptz NOT NULL,
  ended_on         date
);
CREATE INDEX victim_guardian_victim_idx ON victim_guardian (victim_id);
COMMENT ON TABLE victim_guardian IS '[PII] Guardians appointed for child victims.';
COMMENT ON COLUMN victim_guardian.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_guardian.victim_id IS '[internal] The child.';
COMMENT ON COLUMN victim_guardian.identity_sealed IS '[PII] Encrypted JSON: guardian name, relationship or function, contact.';
COMMENT ON COLUMN victim_guardian.appointed_on IS '[internal] Date of appointment.';
COMMENT ON COLUMN victim_guardian.appointing_body IS '[sensitive] Court or authority that appointed the guardian.';
COMMENT ON COLUMN victim_guardian.recorded_by IS '[internal] Who recorded it.';
COMMENT ON COLUMN victim_guardian.recorded_at IS '[internal] When it was recorded.';
COMMENT ON COLUMN victim_guardian.ended_on IS '[internal] End of the guardianship, if ended.';
GRANT SELECT, INSERT, UPDATE ON victim_guardian TO app_rw;

CREATE TABLE victim_consent (
  id                   uuid PRIMARY KEY,
  victim_id            uuid NOT NULL REFERENCES victim (id),
  recipient_agency_id  uuid NOT NULL REFERENCES agency (id),
  purpose              text NOT NULL CHECK (purpose IN ('assistance', 'investigation', 'prosecution', 'statistics')),
  data_category        text NOT NULL CHECK (data_category IN ('identity', 'assistance', 'health', 'psychosocial')),
  method               text NOT NULL CHECK (method IN ('signed_form', 'verbal_witnessed', 'legal_basis')),
  given_by             text NOT NULL CHECK (given_by IN ('victim', 'guardian', 'override')),
  witness_sealed       bytea,
  legal_basis          text,
  approver_user_id     uuid REFERENCES app_user (id),
  recorded_by          uuid NOT NULL REFERENCES app_user (id),
  given_at             timestamptz NOT NULL,
  withdrawn_at         timestamptz,
  withdrawn_by         uuid REFERENCES app_user (id),
  CHECK ((method = 'legal_basis') = (given_by = 'override')),
  CHECK (method <> 'legal_basis' OR (legal_basis IS NOT NULL AND approver_user_id IS NOT NULL))
);
CREATE INDEX victim_consent_lookup_idx ON victim_consent (victim_id, recipient_agency_id, purpose, data_category);
COMMENT ON TABLE victim_consent IS '[sensitive] Consent per recipient agency × purpose × data category, or a recorded legal-basis override; withdrawal takes effect at the next request.';
COMMENT ON COLUMN victim_consent.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_consent.victim_id IS '[internal] Whose data.';
COMMENT ON COLUMN victim_consent.recipient_agency_id IS '[internal] Agency allowed to receive the data.';
COMMENT ON COLUMN victim_consent.purpose IS '[internal] What the data may be used for.';
COMMENT ON COLUMN victim_consent.data_category IS '[internal] Which data: identity, assistance, health or psychosocial.';
COMMENT ON COLUMN victim_consent.method IS '[internal] signed_form, verbal_witnessed, or legal_basis (an override without consent).';
COMMENT ON COLUMN victim_consent.given_by IS '[internal] victim, guardian (children) or override.';
COMMENT ON COLUMN victim_consent.witness_sealed IS '[PII] Encrypted name of the witness of verbal consent.';
COMMENT ON COLUMN victim_consent.legal_basis IS '[sensitive] Legal provision of an override.';
COMMENT ON COLUMN victim_consent.approver_user_id IS '[internal] Named approver of an override.';
COMMENT ON COLUMN victim_consent.recorded_by IS '[internal] Who recorded the consent.';
COMMENT ON COLUMN victim_consent.given_at IS '[internal] When consent was given.';
COMMENT ON COLUMN victim_consent.withdrawn_at IS '[internal] When it was withdrawn; access ends at once.';
COMMENT ON COLUMN victim_consent.withdrawn_by IS '[internal] Who recorded the withdrawal.';
GRANT SELECT, INSERT, UPDATE ON victim_consent TO app_rw;

CREATE TABLE victim_needs_assessment (
  id             uuid PRIMARY KEY,
  victim_id      uuid NOT NULL REFERENCES victim (id),
  assessed_at    timestamptz NOT NULL,
  assessed_by    uuid NOT NULL REFERENCES app_user (id),
  needs          text[] NOT NULL,
  notes_sealed   bytea
);
CREATE INDEX victim_needs_assessment_victim_idx ON victim_needs_assessment (victim_id, assessed_at);
COMMENT ON TABLE victim_needs_assessment IS '[PII] Needs assessments: assistance data, behind the consent wall for investigators and prosecutors.';
COMMENT ON COLUMN victim_needs_assessment.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_needs_assessment.victim_id IS '[internal] The person assessed.';
COMMENT ON COLUMN victim_needs_assessment.assessed_at IS '[internal] When.';
COMMENT ON COLUMN victim_needs_assessment.assessed_by IS '[internal] Who.';
COMMENT ON COLUMN victim_needs_assessment.needs IS '[sensitive] Service codes needed (shelter, medical, psychosocial…).';
COMMENT ON COLUMN victim_needs_assessment.notes_sealed IS '[PII] Encrypted assessment notes (may contain health information).';
GRANT SELECT, INSERT ON victim_needs_assessment TO app_rw;
