-- The hall office's records: configuration revisions (file imports and edits over HTTP), log-in accounts
-- (bcrypt hashes only) and the audit trail. Keep in step with the other database's V6.
CREATE TABLE hall_config (
  revision  BIGINT PRIMARY KEY,
  document  TEXT NOT NULL,
  source    TEXT NOT NULL,
  file_hash TEXT,
  saved_at  BIGINT NOT NULL,
  saved_by  TEXT NOT NULL
);
CREATE TABLE accounts (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL,
  staff_no      TEXT,
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL,
  changed_at    BIGINT NOT NULL
);
CREATE TABLE audit_log (
  seq    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at     BIGINT NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
);
