-- International cooperation requests (UNTOC arts. 13, 16-19, 21, 27; TIP and SOM Protocols):
-- contents, routing prosecutor -> central authority -> foreign authority, receipts, escalation
-- ladder, evidence received with its chain of custody. Codes come from
-- src/shared/reference/cooperation.json; a new code there needs a migration widening the CHECKs.
ALTER TABLE coop_request
  ADD COLUMN legal_basis text CHECK (legal_basis IN ('BILATERAL_TREATY', 'REGIONAL_CONVENTION',
    'UNTOC', 'OTHER_MULTILATERAL', 'RECIPROCITY', 'DOMESTIC_LAW')),
  ADD COLUMN legal_basis_instrument text CHECK (legal_basis_instrument IN ('LAS_ARAB_TOC_2010',
    'LAS_RIYADH_1983', 'LAS_TRANSFER_INMATES_2010', 'ECOWAS_MLA_1992', 'ECOWAS_EXTRADITION_1994',
    'OTHER_REGIONAL')),
  ADD COLUMN legal_basis_detail text CHECK (length(legal_basis_detail) <= 300),
  ADD COLUMN channel text CHECK (channel IN ('CENTRAL_AUTHORITY', 'DIPLOMATIC', 'INTERPOL',
    'DIRECT_JUDICIAL', 'LIAISON_OFFICER')),
  ADD COLUMN urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
  ADD COLUMN language text CHECK (language IN ('ar', 'fr', 'en')),
  ADD COLUMN translation_languages text[] NOT NULL DEFAULT '{}'
    CHECK (translation_languages <@ ARRAY['ar', 'fr', 'en']::text[]),
  ADD COLUMN measures text[] NOT NULL DEFAULT '{}'
    CHECK (array_to_string(measures, ',') ~ '^[A-Z0-9_,]*$'),
  ADD COLUMN requesting_authority text CHECK (length(requesting_authority) <= 300),
  ADD COLUMN requested_authority text CHECK (length(requested_authority) <= 300),
  ADD COLUMN foreign_reference text CHECK (length(foreign_reference) <= 100),
  ADD COLUMN contents_sealed bytea NOT NULL,
  ADD COLUMN due_on date,
  ADD COLUMN sent_at timestamptz,
  ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN executed_at timestamptz,
  ADD COLUMN closed_at timestamptz,
  ADD COLUMN refusal_ground text CHECK (refusal_ground IN ('dual_criminality',
    'political_offence', 'prejudice_sovereignty_security', 'ne_bis_in_idem',
    'insufficient_information', 'disproportionate', 'domestic_law_bars',
    'death_penalty_assurance', 'other')),
  ADD COLUMN escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
  ADD COLUMN last_escalated_at timestamptz,
  ADD COLUMN executing_agency_id uuid REFERENCES agency (id),
  ADD COLUMN updated_at timestamptz;
ALTER TABLE coop_request ADD CONSTRAINT coop_request_type_check CHECK (type IN ('MLA',
  'SPONTANEOUS_INFORMATION', 'EXTRADITION', 'TRANSFER_SENTENCED_PERSONS', 'JOINT_INVESTIGATION',
  'TRANSFER_PROCEEDINGS', 'LAW_ENFORCEMENT_COOPERATION', 'CONFISCATION_COOPERATION',
  'VICTIM_REPATRIATION', 'DOCUMENT_VERIFICATION', 'INFORMATION_EXCHANGE', 'MIGRANT_RETURN',
  'VESSEL_BOARDING'));
ALTER TABLE coop_request ADD CONSTRAINT coop_request_status_check CHECK (status IN ('draft',
  'checked', 'sent', 'acknowledged', 'in_execution', 'partially_executed', 'executed', 'refused',
  'withdrawn'));
-- A request past draft/checked has left (or, incoming, arrived): it has its instant.
ALTER TABLE coop_request ADD CONSTRAINT coop_request_sent_check
  CHECK (status IN ('draft', 'checked', 'withdrawn') OR sent_at IS NOT NULL);
ALTER TABLE coop_request ADD CONSTRAINT coop_request_refusal_check
  CHECK ((status = 'refused') = (refusal_ground IS NOT NULL));
ALTER TABLE coop_request ADD CONSTRAINT coop_request_incoming_check
  CHECK (direction = 'outgoing' OR status NOT IN ('draft', 'checked'));
CREATE INDEX coop_request_owner_idx ON coop_request (owner_agency_id, status);
CREATE INDEX coop_request_executing_idx ON coop_request (executing_agency_id)
  WHERE executing_agency_id IS NOT NULL;
-- What the escalation sweep walks: outgoing requests waiting on the other State.
CREATE INDEX coop_request_awaiting_idx ON coop_request (sent_at)
  WHERE direction = 'outgoing' AND status IN ('sent', 'acknowledged', 'in_execution', 'partially_executed');
COMMENT ON COLUMN coop_request.legal_basis IS '[internal] Legal basis code (cooperation.json legal_bases).';
COMMENT ON COLUMN coop_request.legal_basis_instrument IS '[internal] Regional instrument code, for a REGIONAL_CONVENTION basis.';
COMMENT ON COLUMN coop_request.legal_basis_detail IS '[internal] Treaty reference, reciprocity undertaking, domestic law reference or name of another regional instrument.';
COMMENT ON COLUMN coop_request.channel IS '[internal] Transmission channel code (cooperation.json channels), set on sending or receipt.';
COMMENT ON COLUMN coop_request.urgency IS '[internal] normal or urgent; urgent halves the escalation ladder.';
COMMENT ON COLUMN coop_request.language IS '[internal] Language the request is written in (ar, fr, en).';
COMMENT ON COLUMN coop_request.translation_languages IS '[internal] Languages of the translations attached to the request.';
COMMENT ON COLUMN coop_request.measures IS '[internal] Measure codes asked for (e.g. UNTOC art. 18(3) MLA measures, extradition steps).';
COMMENT ON COLUMN coop_request.requesting_authority IS '[internal] Authority making the request (UNTOC art. 18(15)(a)).';
COMMENT ON COLUMN coop_request.requested_authority IS '[internal] Authority the request is addressed to.';
COMMENT ON COLUMN coop_request.foreign_reference IS '[internal] The other State''s reference for the request (acknowledgement or incoming request).';
COMMENT ON COLUMN coop_request.contents_sealed IS '[PII] Sealed JSON: subject matter, nature of the investigation, summary of facts, assistance sought, procedure, purpose, persons (names in Arabic and Latin script, birth date, nationality, location, role), annexes, confidentiality.';
COMMENT ON COLUMN coop_request.due_on IS '[internal] Date the answer is due (set on sending); overdue after it while not closed.';
COMMENT ON COLUMN coop_request.sent_at IS '[internal] Outgoing: when the central authority sent it. Incoming: when it was received.';
COMMENT ON COLUMN coop_request.acknowledged_at IS '[internal] When receipt was acknowledged.';
COMMENT ON COLUMN coop_request.executed_at IS '[internal] When execution was complete.';
COMMENT ON COLUMN coop_request.closed_at IS '[internal] When it was executed, refused or withdrawn.';
COMMENT ON COLUMN coop_request.refusal_ground IS '[internal] Ground of refusal code (never fiscal matters: UNTOC art. 18(22)).';
COMMENT ON COLUMN coop_request.escalation_level IS '[internal] Escalation rung reached: 0 none, 1 reminder, 2 central authority, 3 diplomatic follow-up.';
COMMENT ON COLUMN coop_request.last_escalated_at IS '[internal] When the last rung fired.';
COMMENT ON COLUMN coop_request.executing_agency_id IS '[internal] Incoming: national agency executing the request.';
COMMENT ON COLUMN coop_request.updated_at IS '[internal] Last change of the current-state row.';

CREATE TABLE coop_request_event (
  id                      uuid PRIMARY KEY,
  request_id              uuid NOT NULL REFERENCES coop_request (id),
  occurred_at             timestamptz NOT NULL,
  type                    text NOT NULL CHECK (type IN ('drafted', 'received', 'edited',
    'checked', 'returned', 'sent', 'acknowledged', 'execution_started', 'partially_executed',
    'executed', 'refused', 'withdrawn', 'evidence_received', 'reminded', 'escalated',
    'diplomatic_follow_up')),
  from_status             text,
  to_status               text,
  data                    jsonb NOT NULL DEFAULT '{}'::jsonb,
  transmission_reference  text CHECK (length(transmission_reference) <= 100),
  channel                 text,
  foreign_reference       text CHECK (length(foreign_reference) <= 100),
  receipt_on              date,
  note_sealed             bytea,
  actor_user_id           uuid REFERENCES app_user (id),
  actor_agency_id         uuid REFERENCES agency (id)
);
CREATE INDEX coop_request_event_request_idx ON coop_request_event (request_id, occurred_at);
COMMENT ON TABLE coop_request_event IS '[sensitive] Append-only history of a cooperation request: every status change, receipt and escalation.';
COMMENT ON COLUMN coop_request_event.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN coop_request_event.request_id IS '[internal] The request.';
COMMENT ON COLUMN coop_request_event.occurred_at IS '[internal] When it happened (application clock).';
COMMENT ON COLUMN coop_request_event.type IS '[internal] What happened.';
COMMENT ON COLUMN coop_request_event.from_status IS '[internal] Status before, for status changes.';
COMMENT ON COLUMN coop_request_event.to_status IS '[internal] Status after, for status changes.';
COMMENT ON COLUMN coop_request_event.data IS '[internal] Codes only (refusal ground, escalation level, missing-item codes, changed field names); never free text.';
COMMENT ON COLUMN coop_request_event.transmission_reference IS '[internal] Sending receipt: reference of the transmission (note verbale, courier, system).';
COMMENT ON COLUMN coop_request_event.channel IS '[internal] Sending or receipt channel code.';
COMMENT ON COLUMN coop_request_event.foreign_reference IS '[internal] Acknowledgement receipt: the other State''s reference.';
COMMENT ON COLUMN coop_request_event.receipt_on IS '[internal] Acknowledgement receipt: date the other State acknowledged.';
COMMENT ON COLUMN coop_request_event.note_sealed IS '[PII] Sealed free-text note (e.g. why a request was returned to its drafter).';
COMMENT ON COLUMN coop_request_event.actor_user_id IS '[internal] Who acted; null for the escalation sweep.';
COMMENT ON COLUMN coop_request_event.actor_agency_id IS '[internal] Agency of who acted.';
-- Append-only; key rotation may re-seal the note and nothing else (see the referral events).
CREATE FUNCTION coop_request_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('tansiq.resealing', true) = 'on' THEN
    IF to_jsonb(NEW) - 'note_sealed' = to_jsonb(OLD) - 'note_sealed' THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'coop_request_event is append-only';
END
$$;
CREATE TRIGGER coop_request_event_append_only BEFORE UPDATE OR DELETE ON coop_request_event
  FOR EACH ROW EXECUTE FUNCTION coop_request_event_refuse_change();
GRANT SELECT, INSERT ON coop_request_event TO app_rw;

CREATE TABLE coop_evidence (
  id                   uuid PRIMARY KEY,
  request_id           uuid NOT NULL REFERENCES coop_request (id),
  description_sealed   bytea NOT NULL,
  item_count           integer NOT NULL CHECK (item_count BETWEEN 1 AND 100000),
  received_from        text NOT NULL CHECK (length(received_from) BETWEEN 1 AND 300),
  received_at          timestamptz NOT NULL,
  received_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  recorded_at          timestamptz NOT NULL
);
CREATE INDEX coop_evidence_request_idx ON coop_evidence (request_id);
COMMENT ON TABLE coop_evidence IS '[sensitive] Evidence received under a cooperation request (executed MLA, items seized abroad).';
COMMENT ON COLUMN coop_evidence.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN coop_evidence.request_id IS '[internal] The request it answers.';
COMMENT ON COLUMN coop_evidence.description_sealed IS '[PII] Sealed description of the items (may name persons).';
COMMENT ON COLUMN coop_evidence.item_count IS '[internal] Number of items received.';
COMMENT ON COLUMN coop_evidence.received_from IS '[internal] Foreign authority or courier it came from.';
COMMENT ON COLUMN coop_evidence.received_at IS '[internal] When it was received.';
COMMENT ON COLUMN coop_evidence.received_by_user_id IS '[internal] Who recorded the receipt.';
COMMENT ON COLUMN coop_evidence.recorded_at IS '[internal] When the receipt was recorded.';
CREATE FUNCTION coop_evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('tansiq.resealing', true) = 'on' THEN
    IF to_jsonb(NEW) - 'description_sealed' = to_jsonb(OLD) - 'description_sealed' THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'coop_evidence is append-only';
END
$$;
CREATE TRIGGER coop_evidence_append_only BEFORE UPDATE OR DELETE ON coop_evidence
  FOR EACH ROW EXECUTE FUNCTION coop_evidence_refuse_change();
GRANT SELECT, INSERT ON coop_evidence TO app_rw;

CREATE TABLE coop_evidence_custody (
  id                uuid PRIMARY KEY,
  evidence_id       uuid NOT NULL REFERENCES coop_evidence (id),
  seq               integer NOT NULL CHECK (seq >= 1),
  action            text NOT NULL CHECK (action IN ('received', 'transferred', 'stored',
    'examined', 'released', 'returned')),
  holder            text NOT NULL CHECK (length(holder) BETWEEN 1 AND 300),
  occurred_at       timestamptz NOT NULL,
  by_user_id        uuid NOT NULL REFERENCES app_user (id),
  note_sealed       bytea,
  prev_hash         char(64) NOT NULL,
  hash              char(64) NOT NULL,
  UNIQUE (evidence_id, seq)
);
COMMENT ON TABLE coop_evidence_custody IS '[sensitive] Append-only chain of custody of received evidence; each link hashes its content and the previous link''s hash.';
COMMENT ON COLUMN coop_evidence_custody.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN coop_evidence_custody.evidence_id IS '[internal] The evidence.';
COMMENT ON COLUMN coop_evidence_custody.seq IS '[internal] Position in the chain, from 1, without gaps.';
COMMENT ON COLUMN coop_evidence_custody.action IS '[internal] received, transferred, stored, examined, released or returned.';
COMMENT ON COLUMN coop_evidence_custody.holder IS '[internal] Who holds the evidence after this step (office, officer, laboratory).';
COMMENT ON COLUMN coop_evidence_custody.occurred_at IS '[internal] When the step happened.';
COMMENT ON COLUMN coop_evidence_custody.by_user_id IS '[internal] Who recorded the step.';
COMMENT ON COLUMN coop_evidence_custody.note_sealed IS '[PII] Sealed note on the step; hashed as plain text so re-sealing keeps the chain valid.';
COMMENT ON COLUMN coop_evidence_custody.prev_hash IS '[internal] Hash of the previous link (64 zeros for the first).';
COMMENT ON COLUMN coop_evidence_custody.hash IS '[internal] SHA-256 of this link''s canonical content and prev_hash.';
CREATE FUNCTION coop_evidence_custody_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('tansiq.resealing', true) = 'on' THEN
    IF to_jsonb(NEW) - 'note_sealed' = to_jsonb(OLD) - 'note_sealed' THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'coop_evidence_custody is append-only';
END
$$;
CREATE TRIGGER coop_evidence_custody_append_only BEFORE UPDATE OR DELETE ON coop_evidence_custody
  FOR EACH ROW EXECUTE FUNCTION coop_evidence_custody_refuse_change();
GRANT SELECT, INSERT ON coop_evidence_custody TO app_rw;

ALTER TABLE country_setting
  ADD COLUMN coop_reminder_days integer CHECK (coop_reminder_days BETWEEN 1 AND 730),
  ADD COLUMN coop_escalation_days integer CHECK (coop_escalation_days BETWEEN 1 AND 730),
  ADD COLUMN coop_diplomatic_days integer CHECK (coop_diplomatic_days BETWEEN 1 AND 730);
COMMENT ON COLUMN country_setting.coop_reminder_days IS '[internal] Days after sending a cooperation request before the drafter is reminded; null = 30.';
COMMENT ON COLUMN country_setting.coop_escalation_days IS '[internal] Days after sending before escalation to the central authority; null = 60.';
COMMENT ON COLUMN country_setting.coop_diplomatic_days IS '[internal] Days after sending before diplomatic follow-up; null = 90.';

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (
  'referral_reminder', 'referral_escalated', 'reflection_ending', 'follow_up_due',
  'cooperation_reminder', 'cooperation_escalated', 'cooperation_diplomatic'));
