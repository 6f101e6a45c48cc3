-- Prosecutions: a criminal case in court with its need-to-know team, an append-only timeline,
-- defendants (identity sealed, with the non-punishment review), charges, hearings, verdicts and
-- sentences, confiscation orders and victim-witness protection measures. Extends the anchor table
-- `prosecution` (20261125090000).
ALTER TABLE prosecution
  ADD COLUMN court_name      text CHECK (length(court_name) BETWEEN 1 AND 200),
  ADD COLUMN closing_reason  text CHECK (closing_reason IN ('discontinued', 'judgment_final', 'merged', 'other')),
  ADD COLUMN closed_at       timestamptz,
  ADD CONSTRAINT prosecution_closing_chk
    CHECK ((stage = 'closed') = (closing_reason IS NOT NULL AND closed_at IS NOT NULL));
COMMENT ON COLUMN prosecution.court_name IS '[internal] Court seized of the case.';
COMMENT ON COLUMN prosecution.closing_reason IS '[internal] Why the case was closed: discontinued, judgment_final, merged or other.';
COMMENT ON COLUMN prosecution.closed_at IS '[internal] When the case was closed.';

CREATE TABLE prosecution_member (
  prosecution_id    uuid NOT NULL REFERENCES prosecution (id),
  user_id           uuid NOT NULL REFERENCES app_user (id),
  team_role         text NOT NULL CHECK (team_role IN ('lead', 'member')),
  added_at          timestamptz NOT NULL,
  added_by_user_id  uuid REFERENCES app_user (id),
  PRIMARY KEY (prosecution_id, user_id)
);
CREATE INDEX prosecution_member_user_idx ON prosecution_member (user_id);
COMMENT ON TABLE prosecution_member IS '[internal] Need-to-know: the prosecutors assigned to a case; only they read the file.';
COMMENT ON COLUMN prosecution_member.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN prosecution_member.user_id IS '[internal] Prosecutor on the team.';
COMMENT ON COLUMN prosecution_member.team_role IS '[internal] lead or member.';
COMMENT ON COLUMN prosecution_member.added_at IS '[internal] When the member joined.';
COMMENT ON COLUMN prosecution_member.added_by_user_id IS '[internal] Who added the member.';
GRANT SELECT, INSERT ON prosecution_member TO app_rw;

CREATE TABLE prosecution_event (
  id              uuid PRIMARY KEY,
  prosecution_id  uuid NOT NULL REFERENCES prosecution (id),
  occurred_at     timestamptz NOT NULL,
  type            text NOT NULL CHECK (length(type) BETWEEN 1 AND 60),
  actor_user_id   uuid REFERENCES app_user (id),
  data            jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX prosecution_event_prosecution_idx ON prosecution_event (prosecution_id, occurred_at);
COMMENT ON TABLE prosecution_event IS '[sensitive] Append-only timeline of a prosecution (opening, stage changes, defendants, charges, hearings, verdicts...).';
COMMENT ON COLUMN prosecution_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN prosecution_event.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN prosecution_event.occurred_at IS '[internal] When it happened.';
COMMENT ON COLUMN prosecution_event.type IS '[internal] Event type (opened, stage_changed, defendant_added, charge_filed...).';
COMMENT ON COLUMN prosecution_event.actor_user_id IS '[internal] Staff member who acted.';
COMMENT ON COLUMN prosecution_event.data IS '[sensitive] Codes, dates and ids of the change; never names, free text or victim case ids.';
CREATE FUNCTION prosecution_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'prosecution_event is append-only';
END
$$;
-- The trigger also holds on PGlite and for superusers, where grants do not.
CREATE TRIGGER prosecution_event_append_only BEFORE UPDATE OR DELETE ON prosecution_event
  FOR EACH ROW EXECUTE FUNCTION prosecution_event_refuse_change();
CREATE TRIGGER prosecution_event_no_truncate BEFORE TRUNCATE ON prosecution_event
  FOR EACH STATEMENT EXECUTE FUNCTION prosecution_event_refuse_change();
GRANT SELECT, INSERT ON prosecution_event TO app_rw;

CREATE TABLE defendant (
  id                            uuid PRIMARY KEY,
  prosecution_id                uuid NOT NULL REFERENCES prosecution (id),
  identity_sealed               bytea NOT NULL,
  identity_blind_index          text,
  investigation_person_id       uuid REFERENCES investigation_person (id),
  non_punishment_review         text NOT NULL DEFAULT 'none'
                                CHECK (non_punishment_review IN ('none', 'pending', 'not_applicable', 'applies')),
  non_punishment_trigger        text CHECK (non_punishment_trigger IN ('investigation_flag', 'victim_match', 'manual')),
  non_punishment_reason_sealed  bytea,
  created_at                    timestamptz NOT NULL,
  created_by_user_id            uuid NOT NULL REFERENCES app_user (id),
  updated_at                    timestamptz NOT NULL,
  version                       integer NOT NULL DEFAULT 1,
  CHECK (non_punishment_review = 'none' OR non_punishment_trigger IS NOT NULL)
);
CREATE INDEX defendant_prosecution_idx ON defendant (prosecution_id);
CREATE INDEX defendant_blind_idx ON defendant (identity_blind_index);
COMMENT ON TABLE defendant IS '[PII] A person prosecuted in a case.';
COMMENT ON COLUMN defendant.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN defendant.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN defendant.identity_sealed IS '[PII] Sealed JSON: names in Arabic and Latin script, birth date or year, nationality, sex.';
COMMENT ON COLUMN defendant.identity_blind_index IS '[PII] Keyed HMAC of the normalised name and birth date, computed like the victim''s, to raise the non-punishment review.';
COMMENT ON COLUMN defendant.investigation_person_id IS '[internal] The person of the linked investigation the defendant comes from, if any.';
COMMENT ON COLUMN defendant.non_punishment_review IS '[sensitive] Non-punishment review: none, pending (possible victim: no charge until reviewed), not_applicable or applies (must not be charged).';
COMMENT ON COLUMN defendant.non_punishment_trigger IS '[sensitive] What raised the review: investigation_flag, victim_match or manual; never which victim.';
COMMENT ON COLUMN defendant.non_punishment_reason_sealed IS '[PII] Sealed grounds of the last review decision.';
COMMENT ON COLUMN defendant.created_at IS '[internal] When recorded.';
COMMENT ON COLUMN defendant.created_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN defendant.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN defendant.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON defendant TO app_rw;

CREATE TABLE charge (
  id                uuid PRIMARY KEY,
  prosecution_id    uuid NOT NULL REFERENCES prosecution (id),
  defendant_id      uuid NOT NULL REFERENCES defendant (id),
  offence_code      text NOT NULL CHECK (offence_code IN ('trafficking_in_persons', 'smuggling_of_migrants',
                      'document_fraud', 'money_laundering', 'corruption', 'participation_in_organised_crime',
                      'forced_labour', 'sexual_exploitation', 'child_exploitation', 'other')),
  law_article       text NOT NULL CHECK (length(law_article) BETWEEN 1 AND 300),
  status            text NOT NULL CHECK (status IN ('filed', 'amended', 'withdrawn', 'convicted', 'acquitted', 'dismissed')),
  filed_at          timestamptz NOT NULL,
  filed_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  updated_at        timestamptz NOT NULL,
  version           integer NOT NULL DEFAULT 1
);
CREATE INDEX charge_defendant_idx ON charge (defendant_id);
CREATE INDEX charge_prosecution_idx ON charge (prosecution_id);
COMMENT ON TABLE charge IS '[sensitive] A charge against a defendant: offence, article of law, status.';
COMMENT ON COLUMN charge.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN charge.prosecution_id IS '[internal] The prosecution (denormalised for counts).';
COMMENT ON COLUMN charge.defendant_id IS '[internal] The defendant charged.';
COMMENT ON COLUMN charge.offence_code IS '[sensitive] Offence code (shared/domain/investigation.ts OFFENCE_CODES).';
COMMENT ON COLUMN charge.law_article IS '[sensitive] Article of national law as cited in the indictment.';
COMMENT ON COLUMN charge.status IS '[sensitive] filed, amended, withdrawn, convicted, acquitted or dismissed.';
COMMENT ON COLUMN charge.filed_at IS '[internal] When filed.';
COMMENT ON COLUMN charge.filed_by_user_id IS '[internal] Who filed it.';
COMMENT ON COLUMN charge.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN charge.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON charge TO app_rw;

CREATE TABLE hearing (
  id                   uuid PRIMARY KEY,
  prosecution_id       uuid NOT NULL REFERENCES prosecution (id),
  kind                 text NOT NULL CHECK (kind IN ('preliminary', 'trial', 'appeal', 'sentencing', 'other')),
  scheduled_at         timestamptz NOT NULL,
  outcome              text CHECK (outcome IN ('held', 'adjourned', 'cancelled')),
  next_scheduled_at    timestamptz,
  created_at           timestamptz NOT NULL,
  created_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  updated_at           timestamptz NOT NULL,
  version              integer NOT NULL DEFAULT 1,
  CHECK ((outcome = 'adjourned') = (next_scheduled_at IS NOT NULL)),
  CHECK (next_scheduled_at IS NULL OR next_scheduled_at > scheduled_at)
);
CREATE INDEX hearing_prosecution_idx ON hearing (prosecution_id, scheduled_at);
COMMENT ON TABLE hearing IS '[sensitive] A court hearing of a prosecution.';
COMMENT ON COLUMN hearing.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN hearing.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN hearing.kind IS '[internal] preliminary, trial, appeal, sentencing or other.';
COMMENT ON COLUMN hearing.scheduled_at IS '[internal] When the hearing is (or was) scheduled.';
COMMENT ON COLUMN hearing.outcome IS '[internal] held, adjourned or cancelled; null while scheduled.';
COMMENT ON COLUMN hearing.next_scheduled_at IS '[internal] For an adjourned hearing: the date it was adjourned to (a new hearing row).';
COMMENT ON COLUMN hearing.created_at IS '[internal] When recorded.';
COMMENT ON COLUMN hearing.created_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN hearing.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN hearing.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON hearing TO app_rw;

CREATE TABLE verdict (
  id                   uuid PRIMARY KEY,
  prosecution_id       uuid NOT NULL REFERENCES prosecution (id),
  defendant_id         uuid NOT NULL REFERENCES defendant (id),
  outcome              text NOT NULL CHECK (outcome IN ('convicted', 'acquitted', 'partially_convicted', 'dismissed')),
  decided_on           date NOT NULL,
  court_level          text NOT NULL CHECK (court_level IN ('first_instance', 'appeal')),
  recorded_at          timestamptz NOT NULL,
  recorded_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  UNIQUE (defendant_id, court_level)
);
CREATE INDEX verdict_prosecution_idx ON verdict (prosecution_id);
COMMENT ON TABLE verdict IS '[sensitive] The judgment of a court on one defendant (first instance or appeal); never changed once recorded.';
COMMENT ON COLUMN verdict.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN verdict.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN verdict.defendant_id IS '[internal] The defendant judged.';
COMMENT ON COLUMN verdict.outcome IS '[sensitive] convicted, acquitted, partially_convicted or dismissed.';
COMMENT ON COLUMN verdict.decided_on IS '[internal] Date of the judgment.';
COMMENT ON COLUMN verdict.court_level IS '[internal] first_instance or appeal.';
COMMENT ON COLUMN verdict.recorded_at IS '[internal] When recorded.';
COMMENT ON COLUMN verdict.recorded_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON verdict TO app_rw;

CREATE TABLE verdict_charge (
  verdict_id  uuid NOT NULL REFERENCES verdict (id),
  charge_id   uuid NOT NULL REFERENCES charge (id),
  outcome     text NOT NULL CHECK (outcome IN ('convicted', 'acquitted', 'dismissed')),
  PRIMARY KEY (verdict_id, charge_id)
);
COMMENT ON TABLE verdict_charge IS '[sensitive] The outcome a verdict gives each charge (also copied to charge.status).';
COMMENT ON COLUMN verdict_charge.verdict_id IS '[internal] The verdict.';
COMMENT ON COLUMN verdict_charge.charge_id IS '[internal] The charge.';
COMMENT ON COLUMN verdict_charge.outcome IS '[sensitive] convicted, acquitted or dismissed.';
GRANT SELECT, INSERT ON verdict_charge TO app_rw;

CREATE TABLE sentence (
  verdict_id              uuid PRIMARY KEY REFERENCES verdict (id),
  prison_months           integer CHECK (prison_months BETWEEN 0 AND 1200),
  is_suspended            boolean NOT NULL DEFAULT false,
  fine_amount             numeric(14, 2) CHECK (fine_amount >= 0),
  currency                char(3) CHECK (currency ~ '^[A-Z]{3}$'),
  other_measures_sealed   bytea,
  CHECK (fine_amount IS NULL OR currency IS NOT NULL)
);
COMMENT ON TABLE sentence IS '[sensitive] The sentence of a conviction.';
COMMENT ON COLUMN sentence.verdict_id IS '[internal] The verdict the sentence belongs to.';
COMMENT ON COLUMN sentence.prison_months IS '[sensitive] Prison term in months.';
COMMENT ON COLUMN sentence.is_suspended IS '[sensitive] Whether the prison term is suspended.';
COMMENT ON COLUMN sentence.fine_amount IS '[sensitive] Fine, in the currency below.';
COMMENT ON COLUMN sentence.currency IS '[internal] ISO 4217 code of the fine.';
COMMENT ON COLUMN sentence.other_measures_sealed IS '[PII] Sealed text: other measures (bans, expulsion, compensation to named victims).';
GRANT SELECT, INSERT ON sentence TO app_rw;

CREATE TABLE confiscation_order (
  id                   uuid PRIMARY KEY,
  prosecution_id       uuid NOT NULL REFERENCES prosecution (id),
  defendant_id         uuid REFERENCES defendant (id),
  description_sealed   bytea NOT NULL,
  estimated_value      numeric(14, 2) CHECK (estimated_value >= 0),
  currency             char(3) CHECK (currency ~ '^[A-Z]{3}$'),
  status               text NOT NULL CHECK (status IN ('ordered', 'executed', 'returned_to_victims', 'annulled')),
  ordered_at           timestamptz NOT NULL,
  ordered_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  updated_at           timestamptz NOT NULL,
  version              integer NOT NULL DEFAULT 1,
  CHECK (estimated_value IS NULL OR currency IS NOT NULL)
);
CREATE INDEX confiscation_order_prosecution_idx ON confiscation_order (prosecution_id);
COMMENT ON TABLE confiscation_order IS '[sensitive] A confiscation order of the proceeds or instruments of crime.';
COMMENT ON COLUMN confiscation_order.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN confiscation_order.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN confiscation_order.defendant_id IS '[internal] The defendant whose assets are confiscated, if one.';
COMMENT ON COLUMN confiscation_order.description_sealed IS '[PII] Sealed description of the assets (property, accounts, vehicles).';
COMMENT ON COLUMN confiscation_order.estimated_value IS '[sensitive] Estimated value, in the currency below.';
COMMENT ON COLUMN confiscation_order.currency IS '[internal] ISO 4217 code of the value.';
COMMENT ON COLUMN confiscation_order.status IS '[internal] ordered, executed, returned_to_victims or annulled.';
COMMENT ON COLUMN confiscation_order.ordered_at IS '[internal] When recorded.';
COMMENT ON COLUMN confiscation_order.ordered_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN confiscation_order.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN confiscation_order.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON confiscation_order TO app_rw;

CREATE TABLE witness_protection_measure (
  id                     uuid PRIMARY KEY,
  prosecution_id         uuid NOT NULL REFERENCES prosecution (id),
  case_id                uuid NOT NULL REFERENCES case_file (id),
  measure                text NOT NULL CHECK (measure IN ('anonymity', 'screen', 'video_link', 'closed_hearing',
                           'accompaniment', 'relocation', 'police_protection')),
  status                 text NOT NULL CHECK (status IN ('requested', 'granted', 'refused', 'ended')),
  requested_at           timestamptz NOT NULL,
  requested_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  decided_at             timestamptz,
  updated_at             timestamptz NOT NULL,
  version                integer NOT NULL DEFAULT 1,
  CHECK ((status = 'requested') = (decided_at IS NULL))
);
CREATE INDEX witness_protection_measure_prosecution_idx ON witness_protection_measure (prosecution_id);
CREATE INDEX witness_protection_measure_case_idx ON witness_protection_measure (case_id);
COMMENT ON TABLE witness_protection_measure IS '[sensitive] A protection measure for a victim testifying in a prosecution.';
COMMENT ON COLUMN witness_protection_measure.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN witness_protection_measure.prosecution_id IS '[internal] The prosecution.';
COMMENT ON COLUMN witness_protection_measure.case_id IS '[sensitive] The victim case of the witness; shown to the team by its reference only.';
COMMENT ON COLUMN witness_protection_measure.measure IS '[sensitive] anonymity, screen, video_link, closed_hearing, accompaniment, relocation or police_protection.';
COMMENT ON COLUMN witness_protection_measure.status IS '[internal] requested, granted, refused or ended.';
COMMENT ON COLUMN witness_protection_measure.requested_at IS '[internal] When requested.';
COMMENT ON COLUMN witness_protection_measure.requested_by_user_id IS '[internal] Who requested it.';
COMMENT ON COLUMN witness_protection_measure.decided_at IS '[internal] When the court granted or refused it.';
COMMENT ON COLUMN witness_protection_measure.updated_at IS '[internal] When last changed.';
COMMENT ON COLUMN witness_protection_measure.version IS '[internal] Optimistic-locking version.';
GRANT SELECT, INSERT, UPDATE ON witness_protection_measure TO app_rw;
