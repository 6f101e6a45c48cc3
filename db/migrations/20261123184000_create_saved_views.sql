-- Saved filters of a list (first: the case list), per user.
CREATE TABLE saved_view (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES app_user (id),
  scope       text NOT NULL CHECK (scope IN ('cases')),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  filters     jsonb NOT NULL,
  created_at  timestamptz NOT NULL,
  UNIQUE (user_id, scope, name)
);
COMMENT ON TABLE saved_view IS '[internal] A user''s named list filters.';
COMMENT ON COLUMN saved_view.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN saved_view.user_id IS '[internal] Owner; views are personal.';
COMMENT ON COLUMN saved_view.scope IS '[internal] Which list the view filters.';
COMMENT ON COLUMN saved_view.name IS '[internal] Name chosen by the user (staff are told not to put personal data in it).';
COMMENT ON COLUMN saved_view.filters IS '[internal] JSON object of the list filters (codes and reference prefixes only).';
COMMENT ON COLUMN saved_view.created_at IS '[internal] When it was saved.';
GRANT SELECT, INSERT, DELETE ON saved_view TO app_rw;
