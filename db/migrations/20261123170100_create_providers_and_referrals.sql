-- National referral mechanism: a directory of service providers per country, and referrals from
-- a victim case to a provider with an append-only history. Free-text notes are stored sealed.
CREATE TABLE service_provider (
  id                uuid PRIMARY KEY,
  country_code      char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  agency_id         uuid NOT NULL REFERENCES agency (id),
  name              text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  services          text[] NOT NULL CHECK (cardinality(services) >= 1 AND services <@ ARRAY['shelter',
                      'medical', 'psychosocial', 'legal_aid', 'interpretation', 'documents',
                      'assisted_voluntary_return', 'reintegration']::text[]),
  languages         text[] NOT NULL DEFAULT '{}'
                      CHECK (array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
  region_codes      text[] NOT NULL DEFAULT '{}',
  capacity          integer NOT NULL CHECK (capacity BETWEEN 0 AND 100000),
  available_places  integer NOT NULL CHECK (available_places >= 0 AND available_places <= capacity),
  is_active         boolean NOT NULL DEFAULT true,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  UNIQUE (agency_id, name)
);
CREATE INDEX service_provider_country_idx ON service_provider (country_code, is_active);
CREATE INDEX service_provider_agency_idx ON service_provider (agency_id);
COMMENT ON TABLE service_provider IS '[internal] Directory of the referral mechanism: a service run by an agency (shelter, medical, legal aid…) with its coverage and availability.';
COMMENT ON COLUMN service_provider.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN service_provider.country_code IS '[internal] ISO 3166-1 alpha-3 of the country whose directory lists the provider; drives jurisdiction.';
COMMENT ON COLUMN service_provider.agency_id IS '[internal] Agency that runs the provider; its staff receive the referrals.';
COMMENT ON COLUMN service_provider.name IS '[internal] Name of the provider or of the agency''s service.';
COMMENT ON COLUMN service_provider.services IS '[internal] Service codes offered (shared/domain/services.ts).';
COMMENT ON COLUMN service_provider.languages IS '[internal] ISO 639-1 codes of the languages the provider works in.';
COMMENT ON COLUMN service_provider.region_codes IS '[internal] Region codes the provider serves.';
COMMENT ON COLUMN service_provider.capacity IS '[internal] Total places (beds, slots) the provider has.';
COMMENT ON COLUMN service_provider.available_places IS '[internal] Places free right now, kept up to date by the provider''s staff.';
COMMENT ON COLUMN service_provider.is_active IS '[internal] Inactive providers stay in history but receive no new referrals.';
COMMENT ON COLUMN service_provider.version IS '[internal] Optimistic-locking version, incremented on every update.';
COMMENT ON COLUMN service_provider.created_at IS '[internal] When the provider was added to the directory.';
COMMENT ON COLUMN service_provider.updated_at IS '[internal] When the provider was last changed.';
GRANT SELECT, INSERT, UPDATE ON service_provider TO app_rw;

CREATE TABLE referral (
  id                   uuid PRIMARY KEY,
  country_code         char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  case_id              uuid NOT NULL REFERENCES case_file (id),
  referring_agency_id  uuid NOT NULL REFERENCES agency (id),
  provider_id          uuid NOT NULL REFERENCES service_provider (id),
  receiving_agency_id  uuid NOT NULL REFERENCES agency (id),
  services             text[] NOT NULL CHECK (cardinality(services) >= 1 AND services <@ ARRAY['shelter',
                         'medical', 'psychosocial', 'legal_aid', 'interpretation', 'documents',
                         'assisted_voluntary_return', 'reintegration']::text[]),
  urgency              text NOT NULL CHECK (urgency IN ('urgent', 'normal')),
  reason_sealed        bytea NOT NULL,
  status               text NOT NULL CHECK (status IN ('sent', 'accepted', 'declined', 'in_progress',
                         'completed', 'cancelled')),
  decline_reason       text CHECK (decline_reason IN ('no_capacity', 'service_not_offered',
                         'outside_service_area', 'not_eligible', 'safety_concern', 'other')),
  sent_at              timestamptz NOT NULL,
  sent_by_user_id      uuid NOT NULL REFERENCES app_user (id),
  acceptance_due_at    timestamptz NOT NULL CHECK (acceptance_due_at > sent_at),
  answered_at          timestamptz,
  closed_at            timestamptz,
  version              integer NOT NULL DEFAULT 1,
  updated_at           timestamptz NOT NULL,
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
  CHECK ((status = 'sent') = (answered_at IS NULL)),
  CHECK ((status IN ('declined', 'completed', 'cancelled')) = (closed_at IS NOT NULL))
);
CREATE INDEX referral_case_idx ON referral (case_id);
CREATE INDEX referral_referring_idx ON referral (country_code, referring_agency_id, status);
CREATE INDEX referral_receiving_idx ON referral (country_code, receiving_agency_id, status);
COMMENT ON TABLE referral IS '[sensitive] A referral of a victim case to a service provider; current state of its lifecycle (history in referral_event).';
COMMENT ON COLUMN referral.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN referral.country_code IS '[internal] Node country of the case and the provider; drives jurisdiction.';
COMMENT ON COLUMN referral.case_id IS '[internal] The victim case referred; the receiving side never reads the case itself.';
COMMENT ON COLUMN referral.referring_agency_id IS '[internal] Agency owning the case when the referral was sent (the referring side).';
COMMENT ON COLUMN referral.provider_id IS '[internal] The service provider the victim is referred to.';
COMMENT ON COLUMN referral.receiving_agency_id IS '[internal] Agency running the provider when the referral was sent (the receiving side).';
COMMENT ON COLUMN referral.services IS '[sensitive] Service codes the victim needs (shelter, medical, psychosocial…).';
COMMENT ON COLUMN referral.urgency IS '[sensitive] urgent or normal; sets the acceptance deadline.';
COMMENT ON COLUMN referral.reason_sealed IS '[PII] Encrypted short note from the referring side: why the victim is referred.';
COMMENT ON COLUMN referral.status IS '[internal] Lifecycle state; every change also appends a referral_event row.';
COMMENT ON COLUMN referral.decline_reason IS '[internal] Code given by the provider when it declined; null otherwise.';
COMMENT ON COLUMN referral.sent_at IS '[internal] When the referral was sent; the acceptance deadline counts from here.';
COMMENT ON COLUMN referral.sent_by_user_id IS '[internal] Staff member who sent the referral.';
COMMENT ON COLUMN referral.acceptance_due_at IS '[internal] Deadline for the provider to accept or decline (24 h urgent, 72 h normal).';
COMMENT ON COLUMN referral.answered_at IS '[internal] When the provider accepted or declined, or the referral was cancelled unanswered.';
COMMENT ON COLUMN referral.closed_at IS '[internal] When the referral reached a final state (declined, completed, cancelled).';
COMMENT ON COLUMN referral.version IS '[internal] Optimistic-locking version, incremented on every change.';
COMMENT ON COLUMN referral.updated_at IS '[internal] Last change.';
GRANT SELECT, INSERT, UPDATE ON referral TO app_rw;

CREATE TABLE referral_event (
  id               uuid PRIMARY KEY,
  referral_id      uuid NOT NULL REFERENCES referral (id),
  occurred_at      timestamptz NOT NULL,
  type             text NOT NULL CHECK (type IN ('sent', 'accepted', 'declined', 'started', 'completed',
                     'cancelled')),
  actor_user_id    uuid REFERENCES app_user (id),
  actor_agency_id  uuid REFERENCES agency (id),
  data             jsonb NOT NULL DEFAULT '{}'::jsonb,
  note_sealed      bytea
);
CREATE INDEX referral_event_referral_idx ON referral_event (referral_id, occurred_at);
COMMENT ON TABLE referral_event IS '[sensitive] Append-only history of a referral.';
COMMENT ON COLUMN referral_event.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN referral_event.referral_id IS '[internal] The referral.';
COMMENT ON COLUMN referral_event.occurred_at IS '[internal] When it happened.';
COMMENT ON COLUMN referral_event.type IS '[internal] Event type: sent, accepted, declined, started, completed, cancelled.';
COMMENT ON COLUMN referral_event.actor_user_id IS '[internal] Staff member who acted.';
COMMENT ON COLUMN referral_event.actor_agency_id IS '[internal] Agency of the staff member at the time (referring or receiving side).';
COMMENT ON COLUMN referral_event.data IS '[sensitive] Codes and ids of the change (status, decline reason); no free text.';
COMMENT ON COLUMN referral_event.note_sealed IS '[PII] Encrypted staff note given with the change.';

CREATE FUNCTION referral_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'referral_event is append-only';
END
$$;
-- The trigger also holds on PGlite and for superusers, where grants do not.
CREATE TRIGGER referral_event_append_only BEFORE UPDATE OR DELETE ON referral_event
  FOR EACH ROW EXECUTE FUNCTION referral_event_refuse_change();
CREATE TRIGGER referral_event_no_truncate BEFORE TRUNCATE ON referral_event
  FOR EACH STATEMENT EXECUTE FUNCTION referral_event_refuse_change();
GRANT SELECT, INSERT ON referral_event TO app_rw;
