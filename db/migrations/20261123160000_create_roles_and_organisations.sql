-- The application connects as a member of app_rw (DML only); migrations run as the owner.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_rw') THEN
    CREATE ROLE app_rw NOLOGIN;
  END IF;
END
$$;

CREATE TABLE agency (
  id           uuid PRIMARY KEY,
  country_code char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  kind         text NOT NULL CHECK (kind IN ('ministry', 'police', 'prosecution', 'central_authority',
                 'labour_inspectorate', 'victim_services', 'shelter_ngo', 'international_organisation')),
  name         text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  region_code  text,
  is_active    boolean NOT NULL DEFAULT true,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (country_code, name)
);
COMMENT ON TABLE agency IS '[internal] An organisation taking part in the national node: ministry, police, prosecution, NGO, international organisation.';
COMMENT ON COLUMN agency.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN agency.country_code IS '[internal] ISO 3166-1 alpha-3 of the country the agency belongs to; drives jurisdiction.';
COMMENT ON COLUMN agency.kind IS '[internal] Kind of agency (stable code).';
COMMENT ON COLUMN agency.name IS '[internal] Official name of the agency.';
COMMENT ON COLUMN agency.region_code IS '[internal] Region the agency covers, if it is regional; null for national agencies.';
COMMENT ON COLUMN agency.is_active IS '[internal] Inactive agencies keep their history but receive no new work.';
COMMENT ON COLUMN agency.version IS '[internal] Optimistic-locking version, incremented on every update.';
COMMENT ON COLUMN agency.created_at IS '[internal] When the agency was registered.';
COMMENT ON COLUMN agency.updated_at IS '[internal] When the agency was last changed.';
GRANT SELECT, INSERT, UPDATE ON agency TO app_rw;

CREATE TABLE region (
  country_code char(3) NOT NULL CHECK (country_code ~ '^[A-Z]{3}$'),
  code         text NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  label_en     text NOT NULL,
  label_fr     text NOT NULL,
  label_ar     text NOT NULL,
  PRIMARY KEY (country_code, code)
);
COMMENT ON TABLE region IS '[internal] First-level administrative regions of a country, used for tip locations and routing.';
COMMENT ON COLUMN region.country_code IS '[internal] ISO 3166-1 alpha-3 of the country.';
COMMENT ON COLUMN region.code IS '[internal] Stable region code from the national configuration.';
COMMENT ON COLUMN region.label_en IS '[internal] English label.';
COMMENT ON COLUMN region.label_fr IS '[internal] French label.';
COMMENT ON COLUMN region.label_ar IS '[internal] Arabic label.';
GRANT SELECT, INSERT, UPDATE ON region TO app_rw;

CREATE TABLE app_user (
  id                  uuid PRIMARY KEY,
  email               text NOT NULL CHECK (email = lower(email)),
  display_name        text NOT NULL,
  agency_id           uuid NOT NULL REFERENCES agency (id),
  roles               text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['system_admin',
                        'national_coordinator', 'hotline_operator', 'case_worker', 'investigator', 'prosecutor',
                        'central_authority_officer', 'notices_officer', 'analyst', 'partner', 'auditor']::text[]),
  password_hash       text NOT NULL,
  totp_secret_sealed  bytea,
  mfa_enrolled_at     timestamptz,
  totp_last_step      bigint,
  failed_login_count  integer NOT NULL DEFAULT 0,
  locked_until        timestamptz,
  is_active           boolean NOT NULL DEFAULT true,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (email)
);
COMMENT ON TABLE app_user IS '[PII] Staff accounts; each belongs to exactly one agency.';
COMMENT ON COLUMN app_user.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN app_user.email IS '[PII] Login e-mail address, lower-cased.';
COMMENT ON COLUMN app_user.display_name IS '[PII] Name shown to colleagues.';
COMMENT ON COLUMN app_user.agency_id IS '[internal] The agency the user works for; drives jurisdiction.';
COMMENT ON COLUMN app_user.roles IS '[internal] Role codes held by the user.';
COMMENT ON COLUMN app_user.password_hash IS '[sensitive] argon2id hash of the password; never the password.';
COMMENT ON COLUMN app_user.totp_secret_sealed IS '[sensitive] TOTP secret encrypted with the data key (AES-256-GCM).';
COMMENT ON COLUMN app_user.mfa_enrolled_at IS '[internal] When the user confirmed TOTP enrolment; null before.';
COMMENT ON COLUMN app_user.totp_last_step IS '[internal] Last accepted TOTP time step, so a code cannot be replayed.';
COMMENT ON COLUMN app_user.failed_login_count IS '[internal] Consecutive failed password or MFA attempts.';
COMMENT ON COLUMN app_user.locked_until IS '[internal] Login refused until this instant after too many failures.';
COMMENT ON COLUMN app_user.is_active IS '[internal] Deactivated users cannot sign in; their history stays.';
COMMENT ON COLUMN app_user.version IS '[internal] Optimistic-locking version.';
COMMENT ON COLUMN app_user.created_at IS '[internal] When the account was created.';
COMMENT ON COLUMN app_user.updated_at IS '[internal] When the account was last changed.';
GRANT SELECT, INSERT, UPDATE ON app_user TO app_rw;

CREATE TABLE user_session (
  id             uuid PRIMARY KEY,
  token_hash     text NOT NULL UNIQUE,
  user_id        uuid NOT NULL REFERENCES app_user (id),
  csrf_token     text NOT NULL,
  is_mfa_passed  boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL,
  last_seen_at   timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  ended_at       timestamptz
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
COMMENT ON TABLE user_session IS '[sensitive] Browser sessions; the cookie holds a random token whose SHA-256 is stored here.';
COMMENT ON COLUMN user_session.id IS '[internal] UUIDv7 minted by the application.';
COMMENT ON COLUMN user_session.token_hash IS '[sensitive] SHA-256 of the session token; the token itself is never stored.';
COMMENT ON COLUMN user_session.user_id IS '[internal] Whose session it is.';
COMMENT ON COLUMN user_session.csrf_token IS '[sensitive] Per-session CSRF token the browser must echo in a header.';
COMMENT ON COLUMN user_session.is_mfa_passed IS '[internal] True once the second factor was verified (or is not required).';
COMMENT ON COLUMN user_session.created_at IS '[internal] Sign-in time.';
COMMENT ON COLUMN user_session.last_seen_at IS '[internal] Last request; idle expiry counts from here.';
COMMENT ON COLUMN user_session.expires_at IS '[internal] Absolute expiry regardless of activity.';
COMMENT ON COLUMN user_session.ended_at IS '[internal] Set at logout or when an administrator ends the session.';
GRANT SELECT, INSERT, UPDATE ON user_session TO app_rw;

CREATE TABLE api_token (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES app_user (id),
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  scopes        text[] NOT NULL CHECK (cardinality(scopes) >= 1),
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  last_used_at  timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
COMMENT ON TABLE api_token IS '[sensitive] Tokens for machine clients, acting for a user within listed scopes.';
COMMENT ON COLUMN api_token.id IS '[internal] UUIDv7; also the public prefix of the token.';
COMMENT ON COLUMN api_token.user_id IS '[internal] The user the token acts for; the token never exceeds that user''s rights.';
COMMENT ON COLUMN api_token.name IS '[internal] Label chosen by the owner.';
COMMENT ON COLUMN api_token.token_hash IS '[sensitive] SHA-256 of the token secret; the secret is shown once at creation.';
COMMENT ON COLUMN api_token.scopes IS '[internal] Actions the token may perform (e.g. tip.list).';
COMMENT ON COLUMN api_token.created_at IS '[internal] Creation time.';
COMMENT ON COLUMN api_token.expires_at IS '[internal] The token stops working at this instant.';
COMMENT ON COLUMN api_token.revoked_at IS '[internal] Set when the owner or an administrator revokes the token.';
COMMENT ON COLUMN api_token.last_used_at IS '[internal] Last successful use.';
GRANT SELECT, INSERT, UPDATE ON api_token TO app_rw;
