-- The rating export's outbox (one row per rating to send, in the order stored; the id is the record's
-- idempotency key), how far the export has read the event log, and the real-name citizens' names, sealed
-- with AES-GCM under a key kept beside the database (a purged name keeps only its row, no name).
-- Keep in step with the other database's V9.
CREATE TABLE export_outbox (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  payload      TEXT NOT NULL,
  state        TEXT NOT NULL,
  queued_at    INTEGER NOT NULL,
  attempts     INTEGER NOT NULL,
  last_try_at  INTEGER,
  last_error   TEXT,
  delivered_at INTEGER
);
CREATE INDEX export_outbox_state ON export_outbox (state, seq);
CREATE TABLE export_cursor (
  name     TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL
);
CREATE TABLE citizen_names (
  ticket_id TEXT PRIMARY KEY,
  sealed    TEXT,
  kept_at   INTEGER NOT NULL,
  purged_at INTEGER
);
