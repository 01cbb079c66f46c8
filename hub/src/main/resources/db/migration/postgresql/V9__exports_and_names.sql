-- The rating export's outbox (one row per rating to send, in the order stored; the id is the record's
-- idempotency key), how far the export has read the event log, and the real-name citizens' names, sealed
-- with AES-GCM under a key kept beside the database (a purged name keeps only its row, no name).
-- Keep in step with the other database's V9.
CREATE TABLE export_outbox (
  seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  payload      TEXT NOT NULL,
  state        TEXT NOT NULL,
  queued_at    BIGINT NOT NULL,
  attempts     INTEGER NOT NULL,
  last_try_at  BIGINT,
  last_error   TEXT,
  delivered_at BIGINT
);
CREATE INDEX export_outbox_state ON export_outbox (state, seq);
CREATE TABLE export_cursor (
  name     TEXT PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
CREATE TABLE citizen_names (
  ticket_id TEXT PRIMARY KEY,
  sealed    TEXT,
  kept_at   BIGINT NOT NULL,
  purged_at BIGINT
);
