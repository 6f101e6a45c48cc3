-- Operations: plan (objective, dates), participating agencies and foreign authorities, status
-- history, and outcomes counted from their rows: persons rescued (each opens a victim case),
-- persons arrested, seizures. A batch id makes a retried outcome request record nothing twice.
ALTER TABLE operation
  ADD COLUMN objective_sealed bytea,
  ADD COLUMN planned_start timestamptz NOT NULL,
  ADD COLUMN planned_end timestamptz NOT NULL,
  ADD COLUMN started_at timestamptz,
  ADD COLUMN ended_at timestamptz,
  ADD COLUMN cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 1000),
  ADD CONSTRAINT operation_planned_order CHECK (planned_end >= planned_start);
COMMENT ON COLUMN operation.objective_sealed IS '[PII] Encrypted objective and plan; may name targets.';
COMMENT ON COLUMN operation.planned_start IS '[sensitive] Planned start.';
COMMENT ON COLUMN operation.planned_end IS '[sensitive] Planned end.';
COMMENT ON COLUMN operation.started_at IS '[internal] When execution started.';
COMMENT ON COLUMN operation.ended_at IS '[internal] When it was completed or cancelled.';
COMMENT ON COLUMN operation.cancel_reason IS '[sensitive] Why it was cancelled.';

CREATE TABLE operation_status_change (
  id             uuid PRIMARY KEY,
  operation_id   uuid NOT NULL REFERENCES operation (id),
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid NOT NULL REFERENCES app_user (id),
  from_status    text NOT NULL CHECK (from_status IN ('planned', 'in_execution', 'completed', 'cancelled')),
  to_status      text NOT NULL CHECK (to_status IN ('planned', 'in_execution', 'completed', 'cancelled'))
);
CREATE INDEX operation_status_change_idx ON operation_status_change (operation_id, occurred_at);
COMMENT ON TABLE operation_status_change IS '[internal] Append-only history of the status of operations.';
COMMENT ON COLUMN operation_status_change.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation_status_change.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_status_change.occurred_at IS '[internal] When the status changed.';
COMMENT ON COLUMN operation_status_change.actor_user_id IS '[internal] Who changed it.';
COMMENT ON COLUMN operation_status_change.from_status IS '[internal] Status before.';
COMMENT ON COLUMN operation_status_change.to_status IS '[internal] Status after.';
CREATE FUNCTION operation_status_change_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'operation_status_change is append-only';
END
$$;
CREATE TRIGGER operation_status_change_append_only BEFORE UPDATE OR DELETE ON operation_status_change
  FOR EACH ROW EXECUTE FUNCTION operation_status_change_refuse_change();
GRANT SELECT, INSERT ON operation_status_change TO app_rw;

CREATE TABLE operation_participant (
  id                uuid PRIMARY KEY,
  operation_id      uuid NOT NULL REFERENCES operation (id),
  agency_id         uuid REFERENCES agency (id),
  country_code      char(3),
  authority_name    text CHECK (length(authority_name) BETWEEN 1 AND 200),
  role              text NOT NULL CHECK (role IN ('lead', 'support', 'observer')),
  added_at          timestamptz NOT NULL,
  added_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  CHECK ((agency_id IS NOT NULL) = (country_code IS NULL AND authority_name IS NULL)),
  CHECK ((country_code IS NULL) = (authority_name IS NULL))
);
CREATE UNIQUE INDEX operation_participant_agency_idx ON operation_participant (operation_id, agency_id)
  WHERE agency_id IS NOT NULL;
CREATE INDEX operation_participant_by_agency_idx ON operation_participant (agency_id);
COMMENT ON TABLE operation_participant IS '[sensitive] Agencies of the country and foreign authorities taking part in an operation.';
COMMENT ON COLUMN operation_participant.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation_participant.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_participant.agency_id IS '[internal] Participating agency of the country (its investigators then see the operation).';
COMMENT ON COLUMN operation_participant.country_code IS '[internal] Country of a foreign participating authority.';
COMMENT ON COLUMN operation_participant.authority_name IS '[sensitive] Name of the foreign authority.';
COMMENT ON COLUMN operation_participant.role IS '[internal] lead, support or observer.';
COMMENT ON COLUMN operation_participant.added_at IS '[internal] When added.';
COMMENT ON COLUMN operation_participant.added_by_user_id IS '[internal] Who added it.';
GRANT SELECT, INSERT ON operation_participant TO app_rw;

CREATE TABLE operation_batch (
  operation_id        uuid NOT NULL REFERENCES operation (id),
  batch_id            uuid NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('rescue', 'arrest', 'seizure')),
  recorded_at         timestamptz NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (operation_id, batch_id)
);
COMMENT ON TABLE operation_batch IS '[internal] Idempotency keys of outcome requests: a retried batch records nothing twice.';
COMMENT ON COLUMN operation_batch.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_batch.batch_id IS '[internal] Client-chosen UUID of the request.';
COMMENT ON COLUMN operation_batch.kind IS '[internal] rescue, arrest or seizure.';
COMMENT ON COLUMN operation_batch.recorded_at IS '[internal] When the batch was recorded.';
COMMENT ON COLUMN operation_batch.recorded_by_user_id IS '[internal] Who recorded it.';
GRANT SELECT, INSERT ON operation_batch TO app_rw;

CREATE TABLE operation_rescue (
  id                           uuid PRIMARY KEY,
  operation_id                 uuid NOT NULL REFERENCES operation (id),
  case_id                      uuid NOT NULL UNIQUE REFERENCES case_file (id),
  identifying_officer_user_id  uuid NOT NULL REFERENCES app_user (id),
  recorded_at                  timestamptz NOT NULL,
  recorded_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  sex                          text NOT NULL CHECK (sex IN ('F', 'M', 'U')),
  birth_year                   smallint CHECK (birth_year BETWEEN 1900 AND 2100),
  citizenship                  char(3),
  located_at_sealed            bytea,
  batch_id                     uuid
);
CREATE INDEX operation_rescue_operation_idx ON operation_rescue (operation_id);
COMMENT ON TABLE operation_rescue IS '[sensitive] One row per person rescued in an operation, with the victim case it opened: the count of rescued persons.';
COMMENT ON COLUMN operation_rescue.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation_rescue.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_rescue.case_id IS '[internal] The victim case opened for the person (one rescue per case).';
COMMENT ON COLUMN operation_rescue.identifying_officer_user_id IS '[internal] Officer who identified the person as a possible victim.';
COMMENT ON COLUMN operation_rescue.recorded_at IS '[internal] When recorded.';
COMMENT ON COLUMN operation_rescue.recorded_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN operation_rescue.sex IS '[PII] F, M or U, for statistics.';
COMMENT ON COLUMN operation_rescue.birth_year IS '[PII] Year of birth (exact or estimated), for statistics.';
COMMENT ON COLUMN operation_rescue.citizenship IS '[PII] ISO 3166-1 alpha-3 citizenship, for statistics.';
COMMENT ON COLUMN operation_rescue.located_at_sealed IS '[PII] Encrypted place where the person was found.';
COMMENT ON COLUMN operation_rescue.batch_id IS '[internal] Batch (request) the row was recorded in.';
GRANT SELECT, INSERT ON operation_rescue TO app_rw;

CREATE TABLE operation_arrest (
  id                         uuid PRIMARY KEY,
  operation_id               uuid NOT NULL REFERENCES operation (id),
  identity_sealed            bytea NOT NULL,
  nationality                char(3),
  sex                        text NOT NULL CHECK (sex IN ('F', 'M', 'U')),
  arrested_at                timestamptz NOT NULL,
  investigation_person_id    uuid REFERENCES investigation_person (id),
  recorded_at                timestamptz NOT NULL,
  recorded_by_user_id        uuid NOT NULL REFERENCES app_user (id),
  batch_id                   uuid
);
CREATE INDEX operation_arrest_operation_idx ON operation_arrest (operation_id);
COMMENT ON TABLE operation_arrest IS '[PII] One row per person arrested in an operation: the count of arrests.';
COMMENT ON COLUMN operation_arrest.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation_arrest.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_arrest.identity_sealed IS '[PII] Encrypted JSON identity (names, aliases, birth data, documents...).';
COMMENT ON COLUMN operation_arrest.nationality IS '[PII] ISO 3166-1 alpha-3 nationality, for statistics.';
COMMENT ON COLUMN operation_arrest.sex IS '[PII] F, M or U, for statistics.';
COMMENT ON COLUMN operation_arrest.arrested_at IS '[sensitive] When the arrest took place.';
COMMENT ON COLUMN operation_arrest.investigation_person_id IS '[internal] Suspect record added to the operation''s investigation.';
COMMENT ON COLUMN operation_arrest.recorded_at IS '[internal] When recorded.';
COMMENT ON COLUMN operation_arrest.recorded_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN operation_arrest.batch_id IS '[internal] Batch (request) the row was recorded in.';
GRANT SELECT, INSERT ON operation_arrest TO app_rw;

CREATE TABLE operation_seizure (
  id                   uuid PRIMARY KEY,
  operation_id         uuid NOT NULL REFERENCES operation (id),
  kind                 text NOT NULL CHECK (kind IN ('cash', 'vehicle', 'document', 'phone', 'weapon', 'drugs', 'other')),
  quantity             numeric(14, 3) NOT NULL CHECK (quantity > 0),
  unit                 text NOT NULL CHECK (length(unit) BETWEEN 1 AND 30),
  estimated_value      numeric(14, 2) CHECK (estimated_value >= 0),
  currency             char(3),
  description_sealed   bytea,
  recorded_at          timestamptz NOT NULL,
  recorded_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  batch_id             uuid,
  CHECK ((estimated_value IS NULL) = (currency IS NULL))
);
CREATE INDEX operation_seizure_operation_idx ON operation_seizure (operation_id);
COMMENT ON TABLE operation_seizure IS '[sensitive] Items seized in an operation.';
COMMENT ON COLUMN operation_seizure.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN operation_seizure.operation_id IS '[internal] The operation.';
COMMENT ON COLUMN operation_seizure.kind IS '[internal] cash, vehicle, document, phone, weapon, drugs or other.';
COMMENT ON COLUMN operation_seizure.quantity IS '[sensitive] How much (in unit).';
COMMENT ON COLUMN operation_seizure.unit IS '[internal] Unit of the quantity (items, kg, LYD...).';
COMMENT ON COLUMN operation_seizure.estimated_value IS '[sensitive] Estimated value in currency.';
COMMENT ON COLUMN operation_seizure.currency IS '[internal] ISO 4217 currency of the value.';
COMMENT ON COLUMN operation_seizure.description_sealed IS '[PII] Encrypted description (may identify owners).';
COMMENT ON COLUMN operation_seizure.recorded_at IS '[internal] When recorded.';
COMMENT ON COLUMN operation_seizure.recorded_by_user_id IS '[internal] Who recorded it.';
COMMENT ON COLUMN operation_seizure.batch_id IS '[internal] Batch (request) the row was recorded in.';
GRANT SELECT, INSERT ON operation_seizure TO app_rw;

-- A person rescued in an operation enters the victim-protection workflow as a possible victim:
-- the status event names the operation and the identifying officer.
ALTER TABLE victim_status_event
  DROP CONSTRAINT victim_status_event_basis_check,
  ADD CONSTRAINT victim_status_event_basis_check CHECK (basis IN ('screening', 'decision', 'operation')),
  ADD COLUMN operation_id uuid REFERENCES operation (id),
  ADD COLUMN identifying_officer_user_id uuid REFERENCES app_user (id),
  ADD CONSTRAINT victim_status_event_operation_check
    CHECK ((basis = 'operation') = (operation_id IS NOT NULL AND identifying_officer_user_id IS NOT NULL));
COMMENT ON COLUMN victim_status_event.basis IS '[internal] screening (a proposal), decision (formal identification) or operation (identified during a law-enforcement operation).';
COMMENT ON COLUMN victim_status_event.operation_id IS '[internal] Operation the person was identified in (basis operation).';
COMMENT ON COLUMN victim_status_event.identifying_officer_user_id IS '[internal] Officer who identified the person (basis operation).';
