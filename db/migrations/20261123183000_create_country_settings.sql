-- National settings that the law of each country fixes (first: the length of the reflection and
-- recovery period). One row per country; absent means "not configured".
CREATE TABLE country_setting (
  country_code       char(3) PRIMARY KEY CHECK (country_code ~ '^[A-Z]{3}$'),
  reflection_days    integer CHECK (reflection_days BETWEEN 0 AND 365),
  version            integer NOT NULL DEFAULT 1,
  updated_at         timestamptz NOT NULL,
  updated_by         uuid REFERENCES app_user (id)
);
COMMENT ON TABLE country_setting IS '[internal] Legal and procedural settings of a country node.';
COMMENT ON COLUMN country_setting.country_code IS '[internal] ISO 3166-1 alpha-3 of the country.';
COMMENT ON COLUMN country_setting.reflection_days IS '[internal] Legal length in days of the reflection and recovery period granted to presumed victims.';
COMMENT ON COLUMN country_setting.version IS '[internal] Optimistic-locking version.';
COMMENT ON COLUMN country_setting.updated_at IS '[internal] Last change.';
COMMENT ON COLUMN country_setting.updated_by IS '[internal] Who changed it last.';
GRANT SELECT, INSERT, UPDATE ON country_setting TO app_rw;
