-- The devices the hall's office has registered (or revoked): a kiosk, printer, screen or pad whose requests the
-- hub takes. A revoked device's requests are refused until it is restored. Keep in step with the other
-- database's V10.
CREATE TABLE devices (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  window_number INTEGER,
  name          TEXT,
  registered_by TEXT NOT NULL,
  registered_at BIGINT NOT NULL,
  revoked_by    TEXT,
  revoked_at    BIGINT,
  reason        TEXT
);
