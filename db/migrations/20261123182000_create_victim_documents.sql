-- Documents about a victim (signed consent forms, medical reports, identity papers): encrypted at
-- rest, type and size checked on upload, every download audited.
CREATE TABLE victim_document (
  id               uuid PRIMARY KEY,
  victim_id        uuid NOT NULL REFERENCES victim (id),
  kind             text NOT NULL CHECK (kind IN ('consent_form', 'medical_report', 'identity_document',
                     'legal_document', 'other')),
  filename_sealed  bytea NOT NULL,
  content_type     text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes       integer NOT NULL CHECK (size_bytes > 0),
  sha256           text NOT NULL,
  content_sealed   bytea NOT NULL,
  uploaded_by      uuid NOT NULL REFERENCES app_user (id),
  uploaded_at      timestamptz NOT NULL
);
CREATE INDEX victim_document_victim_idx ON victim_document (victim_id, uploaded_at);
COMMENT ON TABLE victim_document IS '[PII] Files about a victim, encrypted at rest; assistance data behind the consent wall.';
COMMENT ON COLUMN victim_document.id IS '[internal] UUIDv7.';
COMMENT ON COLUMN victim_document.victim_id IS '[internal] Whose document.';
COMMENT ON COLUMN victim_document.kind IS '[internal] What the document is.';
COMMENT ON COLUMN victim_document.filename_sealed IS '[PII] Encrypted original file name.';
COMMENT ON COLUMN victim_document.content_type IS '[internal] Checked media type (magic bytes match).';
COMMENT ON COLUMN victim_document.size_bytes IS '[internal] Decoded size.';
COMMENT ON COLUMN victim_document.sha256 IS '[internal] SHA-256 of the plain content, for integrity.';
COMMENT ON COLUMN victim_document.content_sealed IS '[PII] Encrypted content.';
COMMENT ON COLUMN victim_document.uploaded_by IS '[internal] Who uploaded it.';
COMMENT ON COLUMN victim_document.uploaded_at IS '[internal] When.';
GRANT SELECT, INSERT ON victim_document TO app_rw;
